import { describe, expect, it } from 'vitest'
import { UNKNOWN_TIME } from './clinicalTime.ts'
import { load, byId, instant, counts, NONE } from '../../tests/fixtures/normaliseFixtures.ts'

describe('edge-patient-only.json (C34)', () => {
  it('gives a patient summary and an empty record', () => {
    // given / when
    const record = load('edge-patient-only.json', 'edge-patientonly')
    // then
    expect(counts(record)).toEqual(NONE)
    expect(record.patient).toEqual({
      id: 'edge-patientonly',
      reference: 'Patient/edge-patientonly',
      name: 'Edge Patientonly',
      gender: 'other',
      birthDate: null,
      deceased: null,
    })
  })
})

describe('edge-risk-factors.json (D7)', () => {
  it('reads observations with values, components, ranges and interpretation, and invents no conditions', () => {
    // given / when
    const record = load('edge-risk-factors.json', 'edge-risk')
    // then
    expect(counts(record)).toEqual({ ...NONE, observations: 4 })
    expect(record.observations.map((o) => [o.id, o.concept.codes[0]?.key, o.categories])).toEqual([
      ['Observation/edge-risk-smoking', 'http://loinc.org|72166-2', ['social-history']],
      ['Observation/edge-risk-bmi', 'http://loinc.org|39156-5', ['vital-signs']],
      ['Observation/edge-risk-bp', 'http://loinc.org|85354-9', ['vital-signs']],
      ['Observation/edge-risk-hba1c', 'http://loinc.org|4548-4', ['laboratory']],
    ])
    const [smoking, bmi, bp, hba1c] = record.observations
    expect(smoking?.value).toEqual({
      type: 'concept',
      concept: {
        codes: [
          {
            system: 'http://snomed.info/sct',
            code: '8517006',
            display: 'Ex-smoker',
            key: 'http://snomed.info/sct|8517006',
          },
        ],
        text: 'Former smoker',
      },
    })
    expect(bmi?.referenceRanges).toEqual([
      { low: { value: 18.5, unit: 'kg/m2' }, high: { value: 24.9, unit: 'kg/m2' }, text: '18.5 to 24.9' },
    ])
    expect(bp?.value).toBeNull()
    expect(
      bp?.components.map((c) => [
        c.concept.codes[0]?.key,
        c.value?.type === 'quantity' ? c.value.value : null,
        c.interpretation.map((i) => i.codes[0]?.code),
      ]),
    ).toEqual([
      ['http://loinc.org|8480-6', 148, ['H']],
      ['http://loinc.org|8462-4', 92, ['H']],
    ])
    expect(hba1c?.time).toEqual(instant('2022-01-12', 'day', 'effectiveDateTime'))
    expect(hba1c?.recorded).toEqual({ value: '2022-01-13T08:00:00Z', precision: 'time' })
  })
})

describe('edge-hidden-and-refs.json (C6, C7, C8, C10)', () => {
  const record = load('edge-hidden-and-refs.json', 'edge-hidden')

  it('hides duplicates, other patients, unsupported and entered-in-error resources, and ignores supporting types', () => {
    // given / when / then
    expect(counts(record)).toEqual({
      ...NONE,
      conditions: 1,
      observations: 1,
      medications: 3,
      allergies: 1,
      immunizations: 1,
      encounters: 1,
      reports: 1,
      carePlans: 1,
      hidden: 5,
    })
    expect(record.hidden.map((h) => [h.reference, h.reason])).toEqual([
      ['Condition/edge-hid-dup', 'duplicate'],
      ['Flag/edge-hid-flag', 'unsupported-type'],
      ['Observation/edge-hid-other-obs', 'other-patient'],
      ['Patient/edge-hidden-other', 'other-patient'],
      ['Procedure/edge-hid-eie-proc', 'entered-in-error'],
    ])
    const gout = byId(record, 'edge-hid-dup')
    expect([gout.source.versionId, gout.clinicalStatus]).toEqual(['2', 'resolved'])
  })

  it('resolves medication codes from the bundle, contained resources and the display', () => {
    // given / when / then
    expect(record.medications.map((m) => [m.id, m.resourceType, m.text, m.concept.codes.map((c) => c.key)])).toEqual([
      [
        'MedicationStatement/edge-hid-ms',
        'MedicationStatement',
        'lisinopril 10 MG Oral Tablet',
        ['http://www.nlm.nih.gov/research/umls/rxnorm|314076'],
      ],
      [
        'MedicationRequest/edge-hid-mr',
        'MedicationRequest',
        'Amlodipine 5 MG Oral Tablet',
        ['http://www.nlm.nih.gov/research/umls/rxnorm|197361'],
      ],
      ['MedicationStatement/edge-hid-ms-display', 'MedicationStatement', 'Metformin as written by the clinician', []],
    ])
    const request = record.medications[1]
    expect(request?.time).toEqual(instant('2020-02-01', 'day', 'authoredOn'))
    expect(request?.recorded).toEqual({ value: '2020-02-01', precision: 'day' })
    expect(request?.encounter).toBe('Encounter/edge-hid-enc')
    expect(request?.reasonReferences).toEqual(['Condition/edge-hid-dup'])
    expect(record.medications[0]?.recorded).toEqual({ value: '2020-02-01', precision: 'day' })
  })

  it('reads the other supported kinds', () => {
    // given / when / then
    expect(record.observations[0]?.id).toBe('Observation/edge-hid-chol')
    expect(record.reports[0]?.results).toEqual(['Observation/edge-hid-chol'])
    expect(record.reports[0]?.recorded).toEqual({ value: '2020-02-02T10:00:00Z', precision: 'time' })
    expect(record.carePlans[0]?.text).toBe('Diet plan')
    expect(record.carePlans[0]?.addresses).toEqual(['Condition/edge-hid-dup'])
    expect(record.encounters[0]?.text).toBe('General check-up')
    expect(record.encounters[0]?.encounterClass).toBe('AMB')
    expect(record.allergies[0]).toMatchObject({
      text: 'Peanut allergy',
      clinicalStatus: 'active',
      verificationStatus: 'confirmed',
      categories: ['food'],
      criticality: 'high',
      time: { ...UNKNOWN_TIME, source: 'onsetString', text: 'early childhood' },
    })
    expect(record.immunizations[0]?.time).toEqual(instant('2020-10-01', 'day', 'occurrenceDateTime'))
  })
})
