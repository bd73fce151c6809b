/** Table tests for the ordered resolver: each layer, first-match order, laterality, statuses, ICD, aliases. */
import { describe, expect, it } from 'vitest'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { TIME, concept, cond, fatherWithInfarction, med, one, proc } from '../../tests/fixtures/mappingInputs.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import type { Concept, NormalisedRecord, ObservationEvent } from '../timeline/types.ts'
import { mapRecord } from './mapRecord.ts'
import { icdBlockOf, SNOMED_MAP } from './lookup.ts'
import { parseIcdCode } from './resolve.ts'
import { SNOMED_CONDITIONS } from './tables/snomedConditions.ts'
import { summariseConditions } from './summary.ts'
import { GUIDELINES, RISK_FACTORS } from './tables/riskFactors.ts'

// The sentences these reasons read as (English, character for character, and Spanish) are asserted in
// src/i18n/reasonText.test.ts: this layer returns the reason as data.

const SCT = SYSTEMS.snomed
const ICD = SYSTEMS.icd10cm

function record(parts: Partial<NormalisedRecord>): NormalisedRecord {
  return emptyRecord(parts)
}

describe('layer c: SNOMED CT code table', () => {
  it('places type 2 diabetes at the pancreas with the whole body secondary and explains why', () => {
    const map = one(cond('dm', concept(SCT, '44054006', 'Diabetes mellitus type 2')))
    const p = map.placements[0]
    expect(p?.places).toEqual(['pancreas'])
    expect(p?.secondary).toEqual(['whole_body'])
    expect(p?.rule.ruleId).toBe('snomed:44054006')
    expect(p?.rule.layer).toBe('codeTable')
    expect(p?.rule.confidence).toBe('table')
    expect(p?.rule.reason).toEqual({
      kind: 'shown-at',
      places: ['pancreas'],
      basis: { kind: 'code', system: SCT, code: '44054006', alias: null },
      note: { kind: 'table', keys: ['diabetes'] },
      sideNotRecorded: false,
      suspected: null,
    })
    expect(map.byOrgan.pancreas).toEqual(['Condition/dm'])
  })
  it('puts depression in the mind region, never on the brain', () => {
    const map = one(cond('mdd', concept(SCT, '370143000', 'Major depressive disorder')))
    expect(map.placements[0]?.places).toEqual(['mind'])
    expect(map.mind).toEqual(['Condition/mdd'])
    expect(map.byOrgan.brain).toBeUndefined()
  })
  it('lists social findings under life and context, not on an organ', () => {
    for (const [code, text] of [
      ['160903007', 'Full-time employment'],
      ['73595000', 'Stress'],
      ['314529007', 'Medication review due'],
      ['224299000', 'Received higher education'],
      ['105531004', 'Housing unsatisfactory'],
    ] as const) {
      const map = one(cond(code, concept(SCT, code, text)))
      expect(map.placements).toEqual([])
      expect(map.lifeAndContext.map((item) => item.rule.ruleId)).toEqual([`snomed:${code}`])
    }
  })
  it('reads the mis-typed Synthea code through its alias', () => {
    const map = one(cond('alc', concept(SCT, '10939881000119104', 'Unhealthy alcohol drinking behavior')))
    expect(map.lifeAndContext[0]?.rule.ruleId).toBe('snomed:10939881000119105')
    expect(map.lifeAndContext[0]?.rule.matchedKey).toBe(`${SCT}|10939881000119104`)
  })
  it('marks codes that themselves record a suspicion as suspected', () => {
    const map = one(cond('s', concept(SCT, '162573006', 'Suspected lung cancer')))
    expect(map.placements[0]?.suspected).toBe(true)
    expect(map.placements[0]?.places).toEqual(['lung_left', 'lung_right'])
  })
  it('keeps a deliberately unplaced row in the unplaced list with its reason', () => {
    const map = one(cond('f', concept(SCT, '120991000119102', 'History of in utero procedure')))
    expect(map.unplaced[0]?.why).toBe('no-body-site-in-code')
  })
})

describe('layer a: status', () => {
  it('never places refuted conditions; lists them as ruled out', () => {
    const map = one(cond('r', concept(SCT, '195967001', 'Asthma'), { verificationStatus: 'refuted' }))
    expect(map.placements).toEqual([])
    expect(map.ruledOut.map((item) => item.id)).toEqual(['Condition/r'])
    expect(map.hidden.refuted).toBe(1)
  })
  it('labels provisional, differential and unconfirmed as suspected, confirmed and unrecorded not', () => {
    const statuses = ['provisional', 'differential', 'unconfirmed', 'confirmed', null] as const
    const got = statuses.map((status) => {
      const p = one(cond('a', concept(SCT, '195967001', 'Asthma'), { verificationStatus: status })).placements[0]
      return [p?.suspected, p?.rule.reason.suspected !== null]
    })
    expect(got).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [false, false],
      [false, false],
    ])
  })
  it('keeps the clinical status as recorded', () => {
    const p = one(cond('a', concept(SCT, '195967001', 'Asthma'), { clinicalStatus: 'resolved' })).placements[0]
    expect(p?.clinicalStatus).toBe('resolved')
  })
  it('counts entered-in-error items the normaliser hid', () => {
    const map = mapRecord(
      record({ hidden: [{ reference: 'Condition/x', reason: 'entered-in-error', detail: 'entered in error' }] }),
    )
    expect(map.hidden.enteredInError).toBe(1)
  })
})

describe('layer b: bodySite and laterality', () => {
  it('uses a recorded bodySite before the code table and keeps the recorded side', () => {
    const c = cond('bs', concept(SCT, '195967001', 'Asthma'), {
      bodySites: [
        {
          codes: [
            { system: SCT, code: '39607008', display: 'Lung', key: `${SCT}|39607008` },
            { system: SCT, code: '7771000', display: 'Left', key: `${SCT}|7771000` },
          ],
          text: null,
        },
      ],
    })
    const p = one(c).placements[0]
    expect(p?.places).toEqual(['lung_left'])
    expect(p?.laterality).toBe('left')
    expect(p?.lateralitySource).toBe('bodySite')
    expect(p?.rule.layer).toBe('bodySite')
    expect(p?.rule.confidence).toBe('recorded')
  })
  it('reads the side from the condition text when no bodySite gives it', () => {
    const p = one(cond('t', concept(SCT, '58150001', 'Fracture of right clavicle'))).placements[0]
    expect(p?.places).toEqual(['clavicle_right'])
    expect(p?.lateralitySource).toBe('text')
  })
  it('keeps both sides and says so when no side is recorded', () => {
    const p = one(cond('n', concept(SCT, '65363002', 'Otitis media'))).placements[0]
    expect(p?.places).toEqual(['ear_left', 'ear_right'])
    expect(p?.laterality).toBeNull()
    expect(p?.rule.reason.sideNotRecorded).toBe(true)
  })
  it('takes a laterality qualifier alone and applies it to the code-table places', () => {
    const c = cond('q', concept(SCT, '239873007', 'Osteoarthritis of knee'), {
      bodySites: [{ codes: [{ system: SCT, code: '24028007', display: 'Right', key: `${SCT}|24028007` }], text: null }],
    })
    const p = one(c).placements[0]
    expect(p?.places).toEqual(['knee_right'])
    expect(p?.rule.layer).toBe('codeTable')
  })
})

describe('layer c: ICD-10-CM', () => {
  it('parses codes with and without dots', () => {
    expect(parseIcdCode('e11.9')).toEqual({ category: 'E11', full: 'E11.9' })
    expect(parseIcdCode('C7A00')).toEqual({ category: 'C7A', full: 'C7A.00' })
    expect(parseIcdCode('not a code')).toBeNull()
  })
  it('finds blocks for alphanumeric categories by the explicit table, not by character order', () => {
    expect(icdBlockOf('C7A')?.start).toBe('C7A')
    expect(icdBlockOf('D3A')?.start).toBe('D3A')
    expect(icdBlockOf('M1A')?.start).toBe('M05')
    expect(icdBlockOf('I1A')?.start).toBe('I10')
    expect(icdBlockOf('I5A')?.start).toBe('I30')
    expect(icdBlockOf('O9A')?.start).toBe('O94')
    expect(icdBlockOf('Z3A')?.start).toBe('Z00')
    expect(icdBlockOf('C79')?.start).toBe('C76')
    expect(icdBlockOf('I16')?.start).toBe('I10')
    expect(icdBlockOf('Q9Z')).toBeNull()
  })
  it('tries the longest override before the block', () => {
    const hyp = one(cond('i', concept(ICD, 'I12.9', 'Hypertensive CKD'))).placements[0]
    expect(hyp?.rule.ruleId).toBe('icd10:I12')
    expect(hyp?.places).toEqual(['kidney_left', 'kidney_right'])
    const met = one(cond('m', concept(ICD, 'C78.01', 'Secondary neoplasm of right lung'))).placements[0]
    expect(met?.rule.ruleId).toBe('icd10:C78.0')
    expect(met?.places).toEqual(['lung_right'])
    const dm = one(cond('d', concept(ICD, 'E11.9', 'Type 2 diabetes'))).placements[0]
    expect(dm?.rule.ruleId).toBe('icd10-block:E08-E13')
    expect(dm?.places).toEqual(['pancreas'])
    const gout = one(cond('g', concept(ICD, 'M1A.071', 'Chronic gout, right ankle'))).placements[0]
    expect(gout?.rule.ruleId).toBe('icd10-block:M05-M14')
  })
  it('accepts the non-URI system "ICD10" and sends Z codes to life and context', () => {
    const map = one(cond('z', concept('ICD10', 'Z59.0', 'Homelessness')))
    expect(map.lifeAndContext[0]?.rule.ruleId).toBe('icd10-block:Z00-Z99')
  })
  it('chooses genital organs by the recorded sex and leaves them unplaced when no sex is recorded', () => {
    const c = cond('sti', concept(ICD, 'A54.9', 'Gonococcal infection'))
    expect(one(c, 'female').placements[0]?.places).toEqual(['uterus', 'vagina'])
    expect(one(c, 'male').placements[0]?.places).toEqual(['penis', 'testes'])
    expect(one(c, 'unknown').unplaced[0]?.why).toBe('sex-not-recorded')
  })
  it('tries SNOMED CT for every coding before ICD-10-CM (first match wins by layer)', () => {
    const both: Concept = {
      codes: [
        { system: ICD, code: 'J45.909', display: 'Asthma', key: `${ICD}|J45.909` },
        { system: SCT, code: '195967001', display: 'Asthma', key: `${SCT}|195967001` },
      ],
      text: 'Asthma',
    }
    expect(one(cond('a', both)).placements[0]?.rule.ruleId).toBe('snomed:195967001')
  })
})

describe('layers d and e: keywords and unplaced', () => {
  it('places text-only conditions by keyword, labelled as a keyword match', () => {
    const p = one(cond('k', concept(null, null, 'Kidney stone'))).placements[0]
    expect(p?.places).toEqual(['kidney_left', 'kidney_right'])
    expect(p?.rule.confidence).toBe('keyword')
    expect(p?.rule.ruleId).toBe('keyword:x.kidney')
  })
  it('runs keywords on unknown code systems too, and keeps unknown text unplaced', () => {
    const known = one(cond('u', concept('http://example.org/local', 'X1', 'Chronic sinusitis')))
    expect(known.placements[0]?.rule.ruleId).toBe('keyword:site.sinus')
    const unknown = one(cond('v', concept('http://example.org/local', 'X2', 'Local problem 42')))
    expect(unknown.unplaced.map((item) => [item.why, item.codes])).toEqual([
      ['no-rule', ['http://example.org/local|X2']],
    ])
  })
  it('sends mental-health words to the mind before any organ keyword', () => {
    expect(one(cond('w', concept(null, null, 'Alcoholism with liver damage'))).placements[0]?.places).toEqual(['mind'])
  })
})

describe('procedures and medications', () => {
  const asthma = cond('asthma', concept(SCT, '195967001', 'Asthma'))
  it('places a procedure by its own code before its reason condition, and by the reason when the code is generic', () => {
    const p = proc('ct', concept(SCT, '23426006', 'Measurement of respiratory function'), {
      reasonReferences: ['Condition/asthma'],
    })
    const inj = proc('inj', concept(SCT, '76601001', 'Intramuscular injection'), {
      reasonReferences: ['Condition/asthma'],
    })
    const map = mapRecord(record({ conditions: [asthma], procedures: [p, inj] }))
    const placed = map.placements.find((item) => item.id === 'Procedure/ct')
    expect(placed?.rule.layer).toBe('codeTable')
    expect(placed?.rule.ruleId).toBe('procedure:23426006')
    expect(placed?.linkedConditions).toEqual([])
    expect(placed?.places).toEqual(['lung_left', 'lung_right'])
    const linked = map.placements.find((item) => item.id === 'Procedure/inj')
    expect(linked?.rule.layer).toBe('reason')
    expect(linked?.linkedConditions).toEqual(['Condition/asthma'])
    expect(linked?.places).toEqual(['lung_left', 'lung_right'])
  })
  it('falls back to the procedure code table, then keywords, then unplaced', () => {
    const map = mapRecord(
      record({
        procedures: [
          proc('c', concept(SCT, '73761001', 'Colonoscopy')),
          proc('k', concept(SCT, '999', 'Knee arthroscopy')),
          proc('n', concept(SCT, '998', 'Something else')),
        ],
      }),
    )
    expect(map.placements.map((item) => [item.id, item.rule.ruleId])).toEqual([
      ['Procedure/c', 'procedure:73761001'],
      ['Procedure/k', 'keyword:site.knee'],
    ])
    expect(map.unplaced.map((item) => item.id)).toEqual(['Procedure/n'])
  })
  it('links medications only through their reason conditions', () => {
    const map = mapRecord(
      record({ conditions: [asthma], medications: [med('m1', { reasonReferences: ['Condition/asthma'] }), med('m2')] }),
    )
    expect(map.placements.find((item) => item.id === 'MedicationRequest/m1')?.places).toEqual([
      'lung_left',
      'lung_right',
    ])
    expect(map.unplaced.find((item) => item.id === 'MedicationRequest/m2')?.why).toBe('no-reason-recorded')
  })
})

describe('risk factors and family history', () => {
  const obs = (id: string, code: string, value: number, date: string, unit = 'kg/m2'): ObservationEvent => ({
    id: `Observation/${id}`,
    kind: 'observation',
    source: { resourceType: 'Observation', id, reference: `Observation/${id}`, versionId: null },
    concept: concept(SYSTEMS.loinc, code, code),
    text: code,
    time: { ...TIME, start: { value: date, precision: 'day' } },
    recorded: null,
    encounter: null,
    status: 'final',
    notes: [],
    categories: [],
    value: { type: 'quantity', value, unit, system: null, code: null, comparator: null },
    components: [],
    referenceRanges: [{ low: { value: 18.5, unit }, high: { value: 25, unit }, text: null }],
    interpretation: [],
    bodySite: null,
  })
  it('keeps the recorded series, oldest first, with the source reference range, and places no condition', () => {
    const map = mapRecord(
      record({ observations: [obs('b2', '39156-5', 35, '2021-01-01'), obs('b1', '39156-5', 31, '2019-05-01')] }),
    )
    expect(map.placements).toEqual([])
    const bmi = map.riskFactors.find((factor) => factor.factor === 'bmi')
    expect(bmi?.series.map((value) => [value.date, value.value, value.unit])).toEqual([
      ['2019-05-01', 31, 'kg/m2'],
      ['2021-01-01', 35, 'kg/m2'],
    ])
    expect(bmi?.series[0]?.referenceRanges[0]?.high?.value).toBe(25)
    expect(bmi?.guideline).toBe('who-bmi-adult')
  })
  it('every risk factor guideline id names a guideline table', () => {
    const ids = new Set(GUIDELINES.map((guideline) => guideline.id))
    expect(RISK_FACTORS.filter((def) => def.guideline !== null && !ids.has(def.guideline))).toEqual([])
  })
  it('lists family history apart from the patient findings', () => {
    const map = mapRecord(
      record({
        familyHistory: [
          fatherWithInfarction(concept('http://terminology.hl7.org/CodeSystem/v3-RoleCode', 'FTH', 'Father'), {
            value: 50,
            unit: 'a',
          }),
        ],
      }),
    )
    expect(map.placements).toEqual([])
    expect(map.familyHistory.map((item) => [item.relationship, item.condition, item.onsetAge, item.places])).toEqual([
      ['Father', 'Myocardial infarction', '50 a', ['heart']],
    ])
    expect(map.familyByOrgan.heart).toEqual(['FamilyMemberHistory/f#0'])
    expect(map.byOrgan.heart).toBeUndefined()
  })
})

describe('the SNOMED CT table', () => {
  it('has one decision for every one of its 404 codes (385 from Synthea, 10 from the official examples and EHR-like patients, 9 common codes)', () => {
    expect(SNOMED_CONDITIONS).toHaveLength(404)
    expect(SNOMED_MAP.size).toBe(404)
    const outcomes = { body: 0, context: 0, unplaced: 0 }
    for (const [code, , , , , term] of SNOMED_CONDITIONS) {
      const map = one(cond(code, concept(SCT, code, term)), 'female')
      const total = map.placements.length + map.lifeAndContext.length + map.unplaced.length
      expect(total).toBe(1)
      if (map.placements.length === 1) outcomes.body++
      if (map.lifeAndContext.length === 1) outcomes.context++
      if (map.unplaced.length === 1) {
        outcomes.unplaced++
        expect(map.unplaced[0]?.why).toBe('no-body-site-in-code')
      }
    }
    expect(outcomes).toEqual({ body: 369, context: 34, unplaced: 1 })
  })
})

describe('conservation (D2)', () => {
  it('counts every condition exactly once', () => {
    const conditions = [
      cond('a', concept(SCT, '195967001', 'Asthma')),
      cond('b', concept(SCT, '160903007', 'Full-time employment')),
      cond('c', concept(null, null, 'Local problem')),
      cond('d', concept(SCT, '195967001', 'Asthma'), { verificationStatus: 'refuted' }),
    ]
    const rec = record({ conditions })
    const s = summariseConditions(rec, mapRecord(rec))
    expect([s.total, s.organ + s.mind + s.wholeBody, s.context, s.unplaced, s.ruledOut]).toEqual([4, 1, 1, 1, 1])
  })
})

describe('whole-body review: anaemia, gout and rheumatoid arthritis', () => {
  it('shows anaemia in the blood and bone marrow region, with the note shown in the UI', () => {
    const p = one(cond('a', concept(SCT, '271737000', 'Anemia (disorder)'))).placements[0]
    expect(p?.places).toEqual(['blood'])
    expect(p?.rule.ruleId).toBe('snomed:271737000')
    expect(p?.rule.reason.note).toEqual({ kind: 'table', keys: ['anaemia'] })
  })
  it('shows gout at both feet and says the record names neither joints nor side', () => {
    const p = one(cond('g', concept(SCT, '90560007', 'Gout'))).placements[0]
    expect(p?.places).toEqual(['foot_left', 'foot_right'])
    expect([p?.rule.reason.note, p?.rule.reason.sideNotRecorded]).toEqual([{ kind: 'table', keys: ['gout'] }, true])
  })
  it('shows rheumatoid arthritis at both hands and says the record does not name the joints', () => {
    const p = one(cond('r', concept(SCT, '69896004', 'Rheumatoid arthritis'))).placements[0]
    expect(p?.places).toEqual(['hand_left', 'hand_right'])
    expect([p?.rule.reason.note, p?.rule.reason.sideNotRecorded]).toEqual([
      { kind: 'table', keys: ['rheumatoid'] },
      true,
    ])
  })
  it('applies the same conventions to uncoded text through keyword rules, after the rules that name a site', () => {
    const gout = one(cond('kg', concept(null, null, 'Possible gout'))).placements[0]
    expect(gout?.rule.ruleId).toBe('keyword:site.gout')
    expect(gout?.places).toEqual(['foot_left', 'foot_right'])
    expect([gout?.rule.reason.basis, gout?.rule.reason.note]).toEqual([
      { kind: 'keyword', ruleId: 'site.gout' },
      { kind: 'table', keys: ['keyword', 'gout'] },
    ])
    expect(one(cond('kk', concept(null, null, 'Gout of knee'))).placements[0]?.places).toEqual([
      'knee_left',
      'knee_right',
    ])
    const ra = one(cond('kr', concept(null, null, 'Rheumatoid arthritis, unspecified'))).placements[0]
    expect(ra?.rule.ruleId).toBe('keyword:site.rheumatoid')
    expect(ra?.places).toEqual(['hand_left', 'hand_right'])
    const anaemia = one(cond('ka', concept(null, null, 'Iron deficiency anaemia'))).placements[0]
    expect(anaemia?.rule.ruleId).toBe('keyword:site.anaemia')
    expect(anaemia?.places).toEqual(['blood'])
    const arthritis = one(cond('kx', concept(null, null, 'Arthritis'))).placements[0]
    expect(arthritis?.rule.ruleId).toBe('keyword:site.joints')
    expect(arthritis?.places).toEqual(['joints'])
    expect(arthritis?.rule.reason.note).toEqual({ kind: 'table', keys: ['keyword', 'joints'] })
    expect(one(cond('kh', concept(null, null, 'Arthritis of hip'))).placements[0]?.places).toEqual([
      'hip_left',
      'hip_right',
    ])
    const leukaemia = one(cond('kl', concept(null, null, 'Leukemia'))).placements[0]
    expect(leukaemia?.rule.ruleId).toBe('keyword:site.blood')
    expect(leukaemia?.places).toEqual(['blood'])
  })
  it('shows body-mass-index findings at the body fat, citing the definition of overweight and obesity', () => {
    for (const code of ['162864005', '408512008']) {
      const p = one(cond(code, concept(SCT, code, 'finding'))).placements[0]
      expect(p?.places).toEqual(['adipose_tissue'])
      expect(p?.rule.reason.note).toEqual({ kind: 'table', keys: ['bodyMass'] })
    }
    expect(one(cond('ko', concept(null, null, 'Severe obesity'))).placements[0]?.places).toEqual(['adipose_tissue'])
  })
  it('shows chronic pain without a site for the whole body, not at the brain (issue 11)', () => {
    const p = one(cond('cp', concept(SCT, '82423001', 'Chronic pain'))).placements[0]
    expect(p?.places).toEqual(['whole_body'])
    expect(p?.rule.reason.note).toEqual({ kind: 'table', keys: ['chronicPain'] })
    const icd = one(cond('g89', concept(ICD, 'G89.29', 'Other chronic pain'))).placements[0]
    expect([icd?.rule.ruleId, icd?.places]).toEqual(['icd10:G89.2', ['whole_body']])
    expect(icd?.rule.reason.note).toEqual({ kind: 'table', keys: ['chronicPain'] })
    // acute and neoplasm-related pain (G89.1, G89.3) name no site either: the whole body, same note
    for (const code of ['G89.18', 'G89.3']) {
      const pain = one(cond(code, concept(ICD, code, 'Pain'))).placements[0]
      expect([pain?.places, pain?.rule.reason.note]).toEqual([['whole_body'], { kind: 'table', keys: ['chronicPain'] }])
    }
    // central pain syndrome (G89.0) names the central nervous system
    expect(one(cond('g890', concept(ICD, 'G89.0', 'Central pain syndrome'))).placements[0]?.places).toEqual([
      'brain',
      'spinal_cord',
    ])
  })
  it('keeps ICD-10-CM knee disorders at the knees and limb deformities off the joints marker', () => {
    expect(one(cond('m23', concept(ICD, 'M23.201', 'Derangement of meniscus'))).placements[0]?.places).toEqual([
      'knee_left',
      'knee_right',
    ])
    expect(one(cond('m21', concept(ICD, 'M21.70', 'Unequal limb length'))).placements[0]?.places).toEqual([
      'whole_body',
    ])
    expect(one(cond('m19', concept(ICD, 'M19.90', 'Unspecified osteoarthritis'))).placements[0]?.places).toEqual([
      'joints',
    ])
  })
  it('keeps pain without a named site, drug overdose and fever in the whole-body region', () => {
    for (const code of ['22253000', '55680006', '386661006']) {
      expect(one(cond(code, concept(SCT, code, 'finding'))).placements[0]?.places).toEqual(['whole_body'])
    }
  })
  it('shows spinal-cord codes at the spinal cord, and codes naming spine and cord at both', () => {
    expect(
      one(cond('sc', concept(SCT, '698754002', 'Chronic paralysis due to lesion of spinal cord'))).placements[0]
        ?.places,
    ).toEqual(['spinal_cord'])
    expect(
      one(cond('sf', concept(SCT, '1734006', 'Fracture of vertebral column with spinal cord injury'))).placements[0]
        ?.places,
    ).toEqual(['spine', 'spinal_cord'])
    expect(one(cond('s14', concept(ICD, 'S14.109A', 'Injury of cervical spinal cord'))).placements[0]?.places).toEqual([
      'spinal_cord',
    ])
    expect(one(cond('ks', concept(null, null, 'Spinal cord compression'))).placements[0]?.places).toEqual([
      'spinal_cord',
    ])
    expect(one(cond('kv', concept(null, null, 'Spinal stenosis'))).placements[0]?.places).toEqual(['spine'])
  })
})
