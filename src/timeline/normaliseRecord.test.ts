import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { HIDDEN_DETAILS, NOTES, normaliseRecord } from './normaliseRecord.ts'
import { UNKNOWN_TIME } from './clinicalTime.ts'
import { readBundle, resourcesOf } from './testBundles.ts'
import type { ClinicalTime, ConditionEvent, NormalisedRecord, RecordedDate } from './types.ts'

const AS_OF = '2024-06-01T00:00:00Z'

function load(file: string, patientId: string): NormalisedRecord {
  return normaliseRecord(resourcesOf(readBundle(`edge/${file}`)), { asOf: AS_OF, patientId })
}

function byId(record: NormalisedRecord, id: string): ConditionEvent {
  const found = record.conditions.find((c) => c.id === `Condition/${id}`)
  if (found === undefined) throw new Error(`missing Condition/${id}`)
  return found
}

function instant(value: string, precision: RecordedDate['precision'], source: ClinicalTime['source']): ClinicalTime {
  const date = { value, precision }
  return { kind: 'instant', precision, start: date, end: date, source, text: null, age: null, unusual: false }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

function counts(record: NormalisedRecord): Record<string, number> {
  return {
    conditions: record.conditions.length,
    procedures: record.procedures.length,
    observations: record.observations.length,
    medications: record.medications.length,
    allergies: record.allergies.length,
    immunizations: record.immunizations.length,
    familyHistory: record.familyHistory.length,
    encounters: record.encounters.length,
    reports: record.reports.length,
    carePlans: record.carePlans.length,
    hidden: record.hidden.length,
  }
}

const NONE = {
  conditions: 0,
  procedures: 0,
  observations: 0,
  medications: 0,
  allergies: 0,
  immunizations: 0,
  familyHistory: 0,
  encounters: 0,
  reports: 0,
  carePlans: 0,
  hidden: 0,
}

describe('edge-no-dates.json (C25)', () => {
  it('keeps events without dates as unknown time and never uses meta.lastUpdated', () => {
    // given / when
    const record = load('edge-no-dates.json', 'edge-nodates')
    // then
    expect(counts(record)).toEqual({ ...NONE, conditions: 2, procedures: 1, observations: 1 })
    expect(record.conditions.map((c) => [c.id, c.text, c.time, c.recorded])).toEqual([
      ['Condition/edge-nodates-cond-htn', 'Hypertension', UNKNOWN_TIME, null],
      ['Condition/edge-nodates-cond-textonly', 'Back pain', UNKNOWN_TIME, null],
    ])
    expect(record.procedures[0]?.time).toEqual(UNKNOWN_TIME)
    expect(record.procedures[0]?.status).toBe('completed')
    expect(record.observations[0]?.time).toEqual(UNKNOWN_TIME)
    expect(record.observations[0]?.value).toEqual({
      type: 'quantity',
      value: 170,
      unit: 'cm',
      system: 'http://unitsofmeasure.org',
      code: 'cm',
      comparator: null,
    })
    expect(record.patient).toEqual({
      id: 'edge-nodates',
      reference: 'Patient/edge-nodates',
      name: 'Edge Nodates',
      gender: 'female',
      birthDate: { value: '1970', precision: 'year' },
      deceased: null,
    })
    expect(record.asOf).toBe(AS_OF)
  })
})

describe('edge-onset-variants.json (C22, C23, C24)', () => {
  const record = load('edge-onset-variants.json', 'edge-onset')

  it('sorts by clinical start ascending, unknown last, then id', () => {
    // given / when / then
    expect(record.conditions.map((c) => c.id.replace('Condition/edge-', ''))).toEqual([
      'abatement-string',
      'onset-period-start',
      'onset-period-end',
      'onset-year',
      'onset-invalid',
      'onset-month',
      'onset-time',
      'abatement-boolean',
      'onset-age',
      'onset-range',
      'onset-string',
    ])
  })

  it('keeps every onset variant exactly as recorded', () => {
    // given / when / then
    expect(byId(record, 'edge-onset-period-start').time).toEqual({
      kind: 'period',
      precision: 'day',
      start: { value: '2018-03-01', precision: 'day' },
      end: null,
      source: 'onsetPeriod',
      text: null,
      age: null,
      unusual: false,
    })
    expect(byId(record, 'edge-onset-period-end').time).toEqual({
      kind: 'period',
      precision: 'month',
      start: null,
      end: { value: '2018-06', precision: 'month' },
      source: 'onsetPeriod',
      text: null,
      age: null,
      unusual: false,
    })
    expect(byId(record, 'edge-onset-age').time).toEqual({
      ...UNKNOWN_TIME,
      source: 'onsetAge',
      age: { value: 45, unit: 'a' },
    })
    expect(byId(record, 'edge-onset-range').time).toEqual({
      ...UNKNOWN_TIME,
      source: 'onsetRange',
      age: { value: 30, unit: 'a' },
    })
    expect(byId(record, 'edge-onset-string').time).toEqual({
      ...UNKNOWN_TIME,
      source: 'onsetString',
      text: 'childhood',
    })
    expect(byId(record, 'edge-onset-year').time).toEqual(instant('2019', 'year', 'onsetDateTime'))
    expect(byId(record, 'edge-onset-month').time).toEqual(instant('2019-05', 'month', 'onsetDateTime'))
    expect(byId(record, 'edge-onset-time').time).toEqual(instant('2019-05-03T10:00:00+02:00', 'time', 'onsetDateTime'))
    expect(byId(record, 'edge-onset-invalid').time).toEqual({
      ...instant('2019-02-30', 'day', 'onsetDateTime'),
      unusual: true,
    })
    expect(byId(record, 'edge-onset-invalid').notes).toEqual([NOTES.unusualDate])
  })

  it('keeps abatement variants and flags the STU3-only abatementBoolean', () => {
    // given / when
    const byString = byId(record, 'edge-abatement-string')
    const byBoolean = byId(record, 'edge-abatement-boolean')
    // then
    expect(byString.abatement).toEqual({ ...UNKNOWN_TIME, source: 'abatementString', text: 'after the summer' })
    expect(byString.time).toEqual(instant('2010', 'year', 'onsetDateTime'))
    expect(byString.notes).toEqual([])
    expect(byBoolean.abatement).toEqual({ ...UNKNOWN_TIME, source: 'abatementBoolean' })
    expect(byBoolean.notes).toEqual([NOTES.stu3])
  })
})

describe('edge-statuses.json (C16-C19)', () => {
  const record = load('edge-statuses.json', 'edge-statuses')

  it('hides entered-in-error in every form and counts it', () => {
    // given / when / then
    expect(record.hidden).toEqual([
      {
        reference: 'Condition/edge-st-eie-clinical',
        reason: 'entered-in-error',
        detail: HIDDEN_DETAILS['entered-in-error'],
      },
      {
        reference: 'Condition/edge-st-eie-verification',
        reason: 'entered-in-error',
        detail: HIDDEN_DETAILS['entered-in-error'],
      },
      {
        reference: 'Condition/edge-st-eie-with-clinical',
        reason: 'entered-in-error',
        detail: HIDDEN_DETAILS['entered-in-error'],
      },
    ])
  })

  it('keeps the other statuses exactly as recorded, never assuming active', () => {
    // given / when / then
    expect(record.conditions.map((c) => [c.id, c.clinicalStatus, c.verificationStatus, c.notes])).toEqual([
      ['Condition/edge-st-resolved', 'resolved', 'confirmed', []],
      ['Condition/edge-st-confirmed-active', 'active', 'confirmed', []],
      ['Condition/edge-st-active-abated', 'active', 'confirmed', [NOTES.abatedButActive]],
      ['Condition/edge-st-differential', 'active', 'differential', []],
      ['Condition/edge-st-none', null, null, []],
      ['Condition/edge-st-provisional', 'active', 'provisional', []],
      ['Condition/edge-st-refuted', 'inactive', 'refuted', []],
      ['Condition/edge-st-unconfirmed', 'active', 'unconfirmed', []],
    ])
    expect(byId(record, 'edge-st-resolved').abatement).toEqual(instant('2013-04', 'month', 'abatementDateTime'))
    expect(byId(record, 'edge-st-active-abated').abatement).toEqual(instant('2020-01-15', 'day', 'abatementDateTime'))
  })
})

describe('edge-codes.json (C12, C13, C31)', () => {
  const record = load('edge-codes.json', 'edge-codes')

  it('keys codes system|code with aliases normalised and numbers as strings', () => {
    // given / when / then
    expect(
      record.conditions.map((c) => [
        c.id.replace('Condition/edge-code-', ''),
        c.text,
        c.concept.codes.map((k) => k.key),
      ]),
    ).toEqual([
      ['icd10cm', 'Type 2 diabetes mellitus without complications', ['http://hl7.org/fhir/sid/icd-10-cm|E11.9']],
      ['left-arm', 'Bruise on the arm', []],
      ['messy-system', 'Hypertension', ['http://snomed.info/sct|38341003']],
      ['modifier', 'Migraine', ['http://snomed.info/sct|37796009']],
      ['no-system', 'High blood pressure (local code)', ['|HTN-LOCAL']],
      ['number', 'Diabetes mellitus type 2', ['http://snomed.info/sct|44054006']],
      ['right-kidney', 'Kidney stone', ['http://snomed.info/sct|95570007']],
      ['snomed-oid', 'Asthma', ['http://snomed.info/sct|195967001']],
      ['text-only', 'Knee pain after a fall', []],
      ['unknown-system', 'Local problem 42', ['http://example.org/fhir/CodeSystem/local-problems|LP-42']],
    ])
    expect(byId(record, 'edge-code-no-system').concept.codes).toEqual([
      { system: null, code: 'HTN-LOCAL', display: 'High blood pressure (local code)', key: '|HTN-LOCAL' },
    ])
    expect(byId(record, 'edge-code-number').concept.codes[0]?.code).toBe('44054006')
  })

  it('keeps body sites as concepts and notes a modifierExtension', () => {
    // given / when / then
    expect(byId(record, 'edge-code-left-arm').bodySites).toEqual([
      {
        codes: [
          {
            system: 'http://snomed.info/sct',
            code: '368208006',
            display: 'Left upper arm structure',
            key: 'http://snomed.info/sct|368208006',
          },
        ],
        text: 'Left upper arm structure',
      },
      {
        codes: [
          { system: 'http://snomed.info/sct', code: '7771000', display: 'Left', key: 'http://snomed.info/sct|7771000' },
        ],
        text: 'Left',
      },
    ])
    expect(byId(record, 'edge-code-right-kidney').bodySites.map((s) => s.codes.map((c) => c.key))).toEqual([
      ['http://snomed.info/sct|9846003'],
    ])
    expect(byId(record, 'edge-code-modifier').notes).toEqual([NOTES.modifierExtension])
    expect(record.conditions.filter((c) => c.notes.length > 0).map((c) => c.id)).toEqual([
      'Condition/edge-code-modifier',
    ])
  })
})

describe('edge-family-history.json', () => {
  it('reads relationship, conditions, onsetAge and outcome', () => {
    // given / when
    const record = load('edge-family-history.json', 'edge-family')
    // then
    expect(counts(record)).toEqual({ ...NONE, familyHistory: 3 })
    expect(record.familyHistory.map((f) => [f.id, f.text])).toEqual([
      ['FamilyMemberHistory/edge-fmh-father', 'father: Heart attack'],
      ['FamilyMemberHistory/edge-fmh-mother', 'mother: Breast cancer'],
      ['FamilyMemberHistory/edge-fmh-sibling', 'sibling: Asthma'],
    ])
    const mother = record.familyHistory[1]
    expect(mother?.relationship.codes.map((c) => c.key)).toEqual([
      'http://terminology.hl7.org/CodeSystem/v3-RoleCode|MTH',
    ])
    expect(mother?.time).toEqual(instant('2021-03-04', 'day', 'date'))
    expect(mother?.conditions).toEqual([
      {
        concept: {
          codes: [
            {
              system: 'http://snomed.info/sct',
              code: '254837009',
              display: 'Malignant neoplasm of breast',
              key: 'http://snomed.info/sct|254837009',
            },
          ],
          text: 'Breast cancer',
        },
        text: 'Breast cancer',
        onset: { ...UNKNOWN_TIME, source: 'onsetAge', age: { value: 50, unit: 'years' } },
        outcome: null,
      },
    ])
    expect(record.familyHistory[0]?.conditions[0]?.outcome?.text).toBe('Dead')
    expect(record.familyHistory[2]?.conditions[0]?.onset).toEqual({
      ...UNKNOWN_TIME,
      source: 'onsetString',
      text: 'childhood',
    })
  })
})

describe('edge-stu3.json (C20)', () => {
  it('adapts string statuses, old system URIs, abatementBoolean, assertedDate and context', () => {
    // given / when
    const record = load('edge-stu3.json', 'edge-stu3')
    // then
    expect(counts(record)).toEqual({ ...NONE, conditions: 2, encounters: 1, hidden: 1 })
    const resolved = byId(record, 'edge-stu3-resolved')
    expect([resolved.clinicalStatus, resolved.verificationStatus, resolved.notes]).toEqual([
      'resolved',
      'confirmed',
      [NOTES.stu3],
    ])
    expect(resolved.abatement).toEqual({ ...UNKNOWN_TIME, source: 'abatementBoolean' })
    expect(resolved.time).toEqual(instant('2001-06', 'month', 'onsetDateTime'))
    expect(resolved.recorded).toEqual({ value: '2001-07-01', precision: 'day' })
    expect(resolved.encounter).toBe('Encounter/edge-stu3-enc')
    expect(resolved.categories).toEqual(['problem-list-item'])
    const oldSystem = byId(record, 'edge-stu3-old-system')
    expect([oldSystem.clinicalStatus, oldSystem.notes]).toEqual(['active', [NOTES.stu3]])
    expect(record.hidden).toEqual([
      { reference: 'Condition/edge-stu3-eie', reason: 'entered-in-error', detail: HIDDEN_DETAILS['entered-in-error'] },
    ])
    expect(record.encounters[0]?.encounterClass).toBe('AMB')
  })
})

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
