import { describe, expect, it } from 'vitest'
import { concept, cond, proc, TIME } from '../../tests/fixtures/mappingInputs.ts'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import type { ObservationEvent } from '../timeline/types.ts'
import { mapRecord } from './mapRecord.ts'
import {
  conditionHeadline,
  mergeMeasurements,
  mergeProcedures,
  placementShares,
  procedureHeadline,
  summariseConditions,
  summariseMeasurements,
  summariseProcedures,
} from './summary.ts'
import type { PlaceId, TwinMap } from './types.ts'

const SCT = SYSTEMS.snomed
const LOINC = SYSTEMS.loinc

/** Asthma, a job, a local code, a refuted asthma and four more asthmas, mapped; the four are then moved by hand. */
function conditionsCase(): { record: ReturnType<typeof emptyRecord>; map: TwinMap } {
  const asthma = concept(SCT, '195967001', 'Asthma')
  const record = emptyRecord({
    conditions: [
      cond('lung', asthma),
      cond('job', concept(SCT, '160903007', 'Full-time employment')),
      cond('local', concept(null, null, 'Local problem')),
      cond('refuted', asthma, { verificationStatus: 'refuted' }),
      ...['mind', 'blood', 'nerves', 'body'].map((id) => cond(id, asthma)),
    ],
  })
  const mapped = mapRecord(record)
  // The parts are set by hand so the counting is tested whatever the tables say about a code.
  const moved: Record<string, readonly PlaceId[]> = {
    'Condition/mind': ['mind'],
    'Condition/blood': ['blood', 'whole_body'],
    'Condition/nerves': ['nerves'],
    'Condition/body': ['whole_body'],
  }
  const placements = mapped.placements.map((p) => ({ ...p, places: moved[p.id] ?? p.places }))
  return { record, map: { ...mapped, placements } }
}

describe('condition summary and the conditions headline', () => {
  it('counts each part apart: organ, mind, blood, nerves, whole body, context, ruled out, not placed', () => {
    // given a record of 8 conditions (1 life and context, 1 ruled out, 1 not placed)
    const { record, map } = conditionsCase()
    // when
    const s = summariseConditions(record, map)
    // then
    expect([s.total, s.organ, s.mind, s.blood, s.nerves, s.wholeBody, s.wholeBodyNoNote]).toEqual([8, 1, 1, 1, 1, 1, 0])
    expect([s.context, s.ruledOut, s.unplaced, s.unplacedCodes]).toEqual([1, 1, 1, ['(no code) Local problem']])
  })
  it('gives 5 of 6 clinical conditions on the body, below the 97% target, over two records adding up', () => {
    // given the same record twice
    const { record, map } = conditionsCase()
    const s = summariseConditions(record, map)
    // when
    const h = conditionHeadline([s, s])
    // then: 16 conditions less 2 life and context and 2 ruled out = 12 clinical; 10 on the body
    expect(h).toEqual({
      part: 10,
      whole: 12,
      share: 10 / 12,
      target: 0.97,
      met: false,
      organ: 2,
      mind: 2,
      blood: 2,
      nerves: 2,
      wholeBody: 2,
    })
    // the earlier shares keep counting blood and nerves with the regions
    expect(placementShares([s])).toMatchObject({ clinical: 6, organOrMind: 2, organMindOrWholeBody: 5 })
  })
  it('meets the target when every clinical condition is on the body, and not when there is none', () => {
    const record = emptyRecord({ conditions: [cond('lung', concept(SCT, '195967001', 'Asthma'))] })
    const s = summariseConditions(record, mapRecord(record))
    expect([conditionHeadline([s]).share, conditionHeadline([s]).met]).toEqual([1, true])
    expect(conditionHeadline([]).met).toBe(false)
  })
})

const MI = concept(SCT, '22298006', 'Myocardial infarction (disorder)')
const INJECTION = concept(SCT, '76601001', 'Intramuscular injection')
const ECG = concept(SCT, '268400002', '12 lead electrocardiogram')

function proceduresCase(): ReturnType<typeof emptyRecord> {
  return emptyRecord({
    conditions: [cond('mi', MI)],
    procedures: [
      proc('ecg', ECG, { reasonReferences: ['Condition/mi'] }),
      proc('inj-mi', INJECTION, { reasonReferences: ['Condition/mi'] }),
      proc('inj-1', INJECTION),
      proc('inj-2', INJECTION),
      proc('referral', concept(SCT, '390791001', 'Referral for echocardiography')),
      proc('local', concept(null, null, 'Zqx local step')),
    ],
  })
}

describe('procedure summary and the procedures headline', () => {
  it('counts placed by layer, context, not placed by why (deduplicated with counts), and no reason over own code', () => {
    // given an ECG for an infarction (own code first), an injection for it (reason), two lone injections, a
    // referral (life and context) and an unknown local step
    const record = proceduresCase()
    // when
    const s = summariseProcedures(record, mapRecord(record))
    // then
    expect([s.total, s.placed, s.byLayer, s.context, s.unplaced]).toEqual([6, 2, { codeTable: 1, reason: 1 }, 1, 3])
    expect(s.unplacedByWhy).toEqual({ 'generic-procedure': 2, 'no-rule': 1 })
    expect(s.unplacedCodes).toEqual([
      {
        key: 'generic-procedure|http://snomed.info/sct|76601001 Intramuscular injection',
        label: 'http://snomed.info/sct|76601001 Intramuscular injection',
        count: 2,
      },
      { key: 'no-rule|(no code) Zqx local step', label: '(no code) Zqx local step', count: 1 },
    ])
    expect(s.reasonOverOwnCode).toEqual([])
  })
  it('gives 5 of 6 placed or deliberately unplaced (the unknown step is a gap), merged over two records', () => {
    const record = proceduresCase()
    const s = summariseProcedures(record, mapRecord(record))
    const total = mergeProcedures([s, s])
    expect(total.unplacedCodes.map((item) => item.count)).toEqual([4, 2])
    expect(procedureHeadline(total)).toEqual({
      part: 10,
      whole: 12,
      share: 10 / 12,
      target: 0.95,
      met: false,
      placed: 4,
      context: 2,
      deliberate: 4,
      reasonOverOwnCode: 0,
    })
  })
  it('counts a procedure placed through a reason while its own code names a place, checked against its own code', () => {
    // given a map in which the ECG is marked as placed through its reason (as a wrong order would do)
    const record = proceduresCase()
    const mapped = mapRecord(record)
    const placements = mapped.placements.map((p) =>
      p.id === 'Procedure/ecg' ? { ...p, rule: { ...p.rule, layer: 'reason' as const } } : p,
    )
    // when
    const s = summariseProcedures(record, { ...mapped, placements })
    // then: the injection placed through its reason is not counted (its own code names no place)
    expect(s.reasonOverOwnCode).toEqual([
      { key: 'procedure:268400002', label: 'procedure:268400002 12 lead electrocardiogram', count: 1 },
    ])
    expect(procedureHeadline(mergeProcedures([s])).reasonOverOwnCode).toBe(1)
  })
})

function obs(id: string, code: string, text: string, extra: Partial<ObservationEvent> = {}): ObservationEvent {
  return {
    id: `Observation/${id}`,
    kind: 'observation',
    source: { resourceType: 'Observation', id, reference: `Observation/${id}`, versionId: null },
    concept: concept(LOINC, code, text),
    text,
    time: TIME,
    recorded: null,
    encounter: null,
    status: 'final',
    notes: [],
    categories: [],
    value: { type: 'quantity', value: 30, unit: 'kg/m2', system: null, code: null, comparator: null },
    components: [],
    referenceRanges: [],
    interpretation: [],
    bodySite: null,
    ...extra,
  }
}

describe('measurement summary', () => {
  it('counts risk-factor values by factor (a blood-pressure panel once) and the codes not shown, most first', () => {
    // given 2 BMI values, a blood-pressure panel with both parts, 2 heights and 1 pain score
    const part = (code: string, value: number): ObservationEvent['components'][number] => ({
      concept: concept(LOINC, code, code),
      value: { type: 'quantity', value, unit: 'mm[Hg]', system: null, code: null, comparator: null },
      referenceRanges: [],
      interpretation: [],
    })
    const record = emptyRecord({
      observations: [
        obs('b1', '39156-5', 'BMI'),
        obs('b2', '39156-5', 'BMI'),
        obs('bp', '85354-9', 'Blood pressure panel', {
          value: null,
          components: [part('8480-6', 120), part('8462-4', 80)],
        }),
        obs('p', '72514-3', 'Pain severity'),
        obs('h1', '8302-2', 'Body height'),
        obs('h2', '8302-2', 'Body height'),
      ],
    })
    // when
    const s = summariseMeasurements(record, mapRecord(record))
    // then
    expect(s).toEqual({
      observations: 6,
      shown: 3,
      valuesByFactor: { bmi: 2, systolic_bp: 1, diastolic_bp: 1 },
      notShownByCode: [
        { key: 'LOINC 8302-2', label: 'LOINC 8302-2 Body height', count: 2 },
        { key: 'LOINC 72514-3', label: 'LOINC 72514-3 Pain severity', count: 1 },
      ],
    })
    // and two records add up
    expect(mergeMeasurements([s, s])).toMatchObject({ observations: 12, shown: 6, valuesByFactor: { bmi: 4 } })
    expect(mergeMeasurements([s, s]).notShownByCode.map((item) => item.count)).toEqual([4, 2])
  })
})
