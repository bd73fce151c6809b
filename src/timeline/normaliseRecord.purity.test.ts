import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from './normaliseRecord.ts'
import { NOTES } from './notes.ts'
import { UNKNOWN_TIME } from './clinicalTime.ts'
import { readBundle, resourcesOf } from '../../tests/fixtures/testBundles.ts'
import { AS_OF, deepFreeze } from '../../tests/fixtures/normaliseFixtures.ts'

describe('normaliseRecord: purity and robustness', () => {
  const files: [string, string][] = [
    ['edge-no-dates.json', 'edge-nodates'],
    ['edge-onset-variants.json', 'edge-onset'],
    ['edge-statuses.json', 'edge-statuses'],
    ['edge-codes.json', 'edge-codes'],
    ['edge-family-history.json', 'edge-family'],
    ['edge-stu3.json', 'edge-stu3'],
    ['edge-patient-only.json', 'edge-patientonly'],
    ['edge-risk-factors.json', 'edge-risk'],
    ['edge-hidden-and-refs.json', 'edge-hidden'],
  ]

  it.each(files)(
    '%s: deep-frozen input is not mutated and shuffled input gives identical output',
    (file, patientId) => {
      // given a frozen input and a copy in a scrambled order (deterministic rotation + reversal; the one resource with
      // two copies keeps its versionId tie-break, so the order cannot change the result)
      const resources = resourcesOf(readBundle(`edge/${file}`))
      const snapshot = JSON.stringify(resources)
      const frozen = deepFreeze(structuredClone(resources))
      const shuffled = [...resources.slice(3), ...resources.slice(0, 3)].reverse()
      // when
      const a = normaliseRecord(frozen, { asOf: AS_OF, patientId })
      const b = normaliseRecord(shuffled, { asOf: AS_OF, patientId })
      // then
      expect(JSON.stringify(frozen)).toBe(snapshot)
      expect(b).toEqual(a)
      expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    },
  )

  it('survives hostile shapes: nulls, wrong types, __proto__ keys, missing ids', () => {
    // given
    const hostile = JSON.parse(
      '[null, 7, {"resourceType":"Condition"}, {"id":"x"},' +
        '{"resourceType":"Condition","id":"h1","__proto__":{"polluted":true},"clinicalStatus":{"coding":"active"},' +
        '"verificationStatus":7,"code":{"coding":[{"system":null,"code":"  "}],"text":"   "},"onsetDateTime":null,' +
        '"category":"problem-list-item","bodySite":{"text":"not an array"}},' +
        '{"resourceType":"Observation","id":"h2","valueQuantity":{"value":"12"},"component":null,"effectivePeriod":[]}]',
    ) as Resource[]
    // when
    const record = normaliseRecord(hostile, { asOf: AS_OF })
    // then
    expect(record.hidden.map((h) => [h.reference, h.reason])).toEqual([
      ['(not a resource)', 'invalid'],
      ['(not a resource)', 'invalid'],
      ['(not a resource)', 'invalid'],
      ['Condition/(no id)', 'invalid'],
    ])
    const condition = record.conditions[0]
    expect(condition).toMatchObject({
      text: 'Condition (no code or text recorded)',
      clinicalStatus: null,
      verificationStatus: null,
      notes: [NOTES.statusUnreadable],
      categories: [],
      bodySites: [],
      time: UNKNOWN_TIME,
    })
    expect(record.observations[0]).toMatchObject({ value: null, components: [], time: UNKNOWN_TIME })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('hides entered-in-error recorded in an R4 clinicalStatus coding and in an allergy', () => {
    // given
    const resources = [
      { resourceType: 'Condition', id: 'c1', clinicalStatus: { coding: [{ code: 'entered-in-error' }] } },
      { resourceType: 'AllergyIntolerance', id: 'a1', verificationStatus: { coding: [{ code: 'entered-in-error' }] } },
      { resourceType: 'Observation', id: 'o1', status: 'entered-in-error' },
    ] as Resource[]
    // when
    const record = normaliseRecord(resources, { asOf: AS_OF })
    // then
    expect(record.hidden.map((h) => [h.reference, h.reason])).toEqual([
      ['AllergyIntolerance/a1', 'entered-in-error'],
      ['Condition/c1', 'entered-in-error'],
      ['Observation/o1', 'entered-in-error'],
    ])
  })

  it('matches the patient through urn:uuid, absolute and versioned references, and never by regex', () => {
    // given
    const resources = [
      { resourceType: 'Patient', id: 'p1' },
      { resourceType: 'Condition', id: 'c1', subject: { reference: 'urn:uuid:p1' } },
      { resourceType: 'Condition', id: 'c2', subject: { reference: 'https://srv/fhir/Patient/p1/_history/4' } },
      { resourceType: 'Condition', id: 'c3', subject: { reference: 'Patient/p1.*' } },
      { resourceType: 'Condition', id: 'c4', subject: { reference: '((((' } },
      { resourceType: 'Condition', id: 'c5', subject: { display: 'someone' } },
    ] as Resource[]
    // when
    const record = normaliseRecord(resources, { asOf: AS_OF, patientId: 'p1' })
    // then
    expect(record.conditions.map((c) => c.id)).toEqual(['Condition/c1', 'Condition/c2', 'Condition/c5'])
    expect(record.hidden.map((h) => [h.reference, h.reason])).toEqual([
      ['Condition/c3', 'other-patient'],
      ['Condition/c4', 'other-patient'],
    ])
  })

  it('prefers the later lastUpdated copy when no versionId decides', () => {
    // given
    const older = {
      resourceType: 'Condition',
      id: 'd',
      code: { text: 'Old' },
      meta: { lastUpdated: '2020-01-01T00:00:00Z' },
    }
    const newer = {
      resourceType: 'Condition',
      id: 'd',
      code: { text: 'New' },
      meta: { lastUpdated: '2021-01-01T00:00:00Z' },
    }
    // when
    const a = normaliseRecord([older, newer] as Resource[], { asOf: AS_OF })
    const b = normaliseRecord([newer, older] as Resource[], { asOf: AS_OF })
    // then
    expect(a.conditions.map((c) => c.text)).toEqual(['New'])
    expect(b).toEqual(a)
  })
})
