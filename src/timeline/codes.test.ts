import { describe, expect, it } from 'vitest'
import { normaliseSystem, readCodeValue, readConcept } from './codes.ts'

describe('normaliseSystem (C13)', () => {
  it.each([
    ['urn:oid:2.16.840.1.113883.6.96', 'http://snomed.info/sct'],
    ['URN:OID:2.16.840.1.113883.6.96', 'http://snomed.info/sct'],
    [' HTTP://SNOMED.INFO/sct ', 'http://snomed.info/sct'],
    ['urn:oid:2.16.840.1.113883.6.1', 'http://loinc.org'],
    ['urn:oid:2.16.840.1.113883.6.90', 'http://hl7.org/fhir/sid/icd-10-cm'],
    ['http://hl7.org/fhir/sid/icd-10-cm/', 'http://hl7.org/fhir/sid/icd-10-cm'],
    ['https://hl7.org/fhir/sid/icd-10-cm', 'http://hl7.org/fhir/sid/icd-10-cm'],
    ['HTTP://Example.ORG/CodeSystem/Local', 'http://example.org/CodeSystem/Local'],
  ])('%s -> %s', (input, expected) => {
    // given / when / then
    expect(normaliseSystem(input)).toBe(expected)
  })

  it('reads blank systems as null', () => {
    // given / when / then
    expect(normaliseSystem('  ')).toBeNull()
    expect(normaliseSystem(null)).toBeNull()
  })
})

describe('readConcept', () => {
  it('keeps codes as strings, keys them system|code and never reads .coding of a string', () => {
    // given / when / then
    expect(readCodeValue(44054006)).toBe('44054006')
    expect(readCodeValue('  E11.9 ')).toBe('E11.9')
    expect(readConcept('active')).toBeNull()
    expect(readConcept({ coding: 'nope', text: ' ' })).toBeNull()
    expect(readConcept({ coding: [{ code: 'X1', display: 'Local' }, { system: 'http://loinc.org' }] })).toEqual({
      codes: [{ system: null, code: 'X1', display: 'Local', key: '|X1' }],
      text: 'Local',
    })
  })
})
