import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from './normaliseRecord.ts'
import { isRestricted } from './sensitivity.ts'

const CONF = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality'
const labelled = (code: string, system = CONF) => ({ meta: { security: [{ system, code }] } })

describe('the sensitivity-label policy (C32)', () => {
  it('C32 records labelled restricted (R) or very restricted (V) are hidden, counted and never resolved as context', () => {
    const resources: unknown[] = [
      { resourceType: 'Patient', id: 'p1', ...labelled('R') },
      { resourceType: 'Encounter', id: 'e1', status: 'finished', type: [{ text: 'Private visit' }], ...labelled('V') },
      {
        resourceType: 'Condition',
        id: 'c1',
        subject: { reference: 'Patient/p1' },
        code: { text: 'Depression' },
        ...labelled('R'),
      },
      {
        resourceType: 'Condition',
        id: 'c2',
        subject: { reference: 'Patient/p1' },
        code: { text: 'Asthma' },
        encounter: { reference: 'Encounter/e1' },
        ...labelled('N'),
      },
      {
        resourceType: 'Observation',
        id: 'o1',
        status: 'final',
        code: { text: 'Note' },
        ...labelled(' v ', 'urn:oid:2.16.840.1.113883.5.25'),
      },
    ]
    const record = normaliseRecord(resources as Resource[], { asOf: '2026-01-01T00:00:00Z', patientId: 'p1' })
    // the Patient stays: the banner names whose record this is
    expect(record.patient?.id).toBe('p1')
    expect(record.conditions.map((c) => c.text)).toEqual(['Asthma'])
    expect(record.encounters).toEqual([])
    expect(record.observations).toEqual([])
    expect(record.hidden.filter((h) => h.reason === 'sensitive').map((h) => h.reference)).toEqual([
      'Condition/c1',
      'Encounter/e1',
      'Observation/o1',
    ])
    // the shown condition's encounter is not resolved to the hidden one's words
    expect(JSON.stringify(record)).not.toContain('Private visit')
    expect(JSON.stringify(record)).not.toContain('Depression')
  })

  it('C32 normal, low or moderate labels, other systems and malformed labels do not hide', () => {
    for (const code of ['N', 'L', 'M', 'U']) expect(isRestricted(labelled(code))).toBe(false)
    expect(isRestricted(labelled('R', 'http://example.org/other'))).toBe(false)
    expect(isRestricted({ meta: { security: [{ code: 'R' }, null, 'R', { system: CONF }] } })).toBe(false)
    expect(isRestricted({ meta: { security: 'R' } })).toBe(false)
    expect(isRestricted(labelled('r', 'http://hl7.org/fhir/v3/Confidentiality'))).toBe(true)
  })
})
