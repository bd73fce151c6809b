import { describe, expect, it } from 'vitest'
import { HIDDEN_DETAILS } from './hiddenDetails.ts'
import { NOTES } from './notes.ts'
import { UNKNOWN_TIME } from './clinicalTime.ts'
import { AS_OF, load, byId, instant, counts, NONE } from '../../tests/fixtures/normaliseFixtures.ts'

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
