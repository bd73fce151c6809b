import { describe, expect, it } from 'vitest'
import { normaliseReference, parseReference, sameReference } from './references.ts'

describe('normaliseReference (C8)', () => {
  it.each([
    ['Patient/123', 'Patient/123'],
    ['https://srv/fhir/Patient/123', 'Patient/123'],
    ['Patient/123/_history/2', 'Patient/123'],
    ['https://srv.example.org/base/r4/Patient/123/_history/7', 'Patient/123'],
    ['  Patient/123  ', 'Patient/123'],
    ['urn:uuid:F8CB2D52-C53D-4585-8417-7A1CC1A74377', 'urn:uuid:f8cb2d52-c53d-4585-8417-7a1cc1a74377'],
    ['#med1', '#med1'],
    ['Patient/1.*', 'Patient/1.*'],
    ['((((', '(((('],
  ])('%s -> %s', (input, expected) => {
    // given / when / then
    expect(normaliseReference(input)).toBe(expected)
  })

  it('reads blanks and non-strings as null', () => {
    // given / when / then
    expect(normaliseReference('  ')).toBeNull()
    expect(normaliseReference(null)).toBeNull()
    expect(normaliseReference(123)).toBeNull()
  })

  it('parses the version of a version-specific reference', () => {
    // given / when / then
    expect(parseReference('Patient/123/_history/2')).toEqual({ resourceType: 'Patient', id: '123', versionId: '2' })
    expect(parseReference('a/b/c')).toBeNull()
  })
})

describe('sameReference (C8, C9)', () => {
  it('matches the same resource written three ways', () => {
    // given / when / then
    expect(sameReference('Patient/123', 'https://srv/fhir/Patient/123')).toBe(true)
    expect(sameReference('Patient/123', 'Patient/123/_history/2')).toBe(true)
    expect(sameReference('Patient/123', 'Patient/1234')).toBe(false)
  })

  it('treats regex metacharacters literally: no false match, no exception', () => {
    // given / when / then
    expect(sameReference('Patient/1.*', 'Patient/123')).toBe(false)
    expect(sameReference('Patient/1.*', 'Patient/1.*')).toBe(true)
    expect(sameReference('((((', 'Patient/1')).toBe(false)
    expect(sameReference('((((', '((((')).toBe(true)
    expect(sameReference(null, null)).toBe(false)
  })

  it('handles a 100 KB reference quickly', () => {
    // given a pathological reference
    const long = `Patient/${'a'.repeat(100_000)}`
    const start = performance.now()
    // when
    const same = sameReference(long, `${long}b`)
    // then no match and no catastrophic backtracking
    expect(same).toBe(false)
    expect(performance.now() - start).toBeLessThan(200)
  })
})
