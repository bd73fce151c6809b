/**
 * The hand-written EHR-like patients in fhir-fixtures/ehr/ (issue 11, build point 4): where every condition and
 * procedure belongs, asserted as a careful reader of the code and text would place it, not as the tables happen to
 * place it today. Each expectation names its reason:
 * - ehr-us-icd10 (ICD-10-CM only, no SNOMED CT): E11.65 diabetes at the pancreas (the project's diabetes row), I10
 *   at the aorta (the hypertension rows), N18.3 both kidneys, M17.11 the right knee (the code names the side), J44.9
 *   both lungs, F41.1 recorded unconfirmed in the mind region and marked suspected, Z87.891 (history of nicotine
 *   dependence) under life and context, I82.402 (DVT, deep veins of the left lower extremity) on the left thigh and
 *   lower leg (the leg veins, not the great veins), D64.9 anaemia in the blood and bone marrow region, G62.9
 *   polyneuropathy in the nerves region, Z89.512 (acquired absence of the left leg below the knee) on the left lower
 *   leg and foot marked removed; CPT 27880 (amputation through tibia and fibula, "left leg") on the left lower leg
 *   and foot marked removed; CPT 93306 (transthoracic echocardiography) at the heart by its own code although its reason is
 *   the hypertension (issue 11: the procedure's own evidence first); CPT 36556 (central venous catheter) at the
 *   great veins.
 * - ehr-free-text (code.text only): "Left knee osteoarthritis" the left knee, "Chronic low back pain" the spine (a
 *   site is named, so not the whole body), "Anaemia" blood, "Peripheral neuropathy" nerves, "Laceration of right
 *   hand" the right hand (the injured part, not the skin only), "Hemodialysis" both kidneys by its own word (inside
 *   the compound word), a Condition and a Procedure with no code and no text listed as such.
 * - ehr-bodysite-laterality: SNOMED CT bodySite with the laterality qualifier 7771000 (left), 24028007 (right),
 *   51440002 (both), lateralised structures (78791008 Structure of right hand, 8966001 Left eye structure) and a
 *   text-only bodySite "left forearm": every placement keeps the recorded side, from the bodySite.
 * - ehr-uk-gp (UK GP problem list, SNOMED CT with UK terms): entered-in-error 22298006 absent, refuted 59282003 ruled
 *   out, provisional 396331005 coeliac disease suspected at the small intestine, unconfirmed "Heart attack" suspected
 *   at the heart, 404223003 "Deep vein thrombosis of left leg" on the left thigh and lower leg, 87522002 blood.
 * - ehr-es-hospital (Spanish displays and text): "Fractura de cadera izquierda" (S72.002A, neck of the left femur)
 *   on the left femur with the side recorded (the code and the Spanish word name it), "Artroplastia total de cadera izquierda" at the left hip (the side from the Spanish word), "Anemia
 *   ferropénica" blood, "Dolor lumbar crónico" the spine, 13645005 "EPOC" both lungs (provisional: suspected), a
 *   blood transfusion (116859006) in the blood region by its own code.
 */
import { describe, expect, it } from 'vitest'
import {
  ABSENT,
  CONTEXT,
  RULED_OUT,
  findingIds,
  listingsOf,
  mapFixture,
  outcomeOf,
  placed,
  unplaced,
  type Outcome,
} from '../../tests/fixtures/placementOutcome.ts'

const KIDNEYS = ['kidney_left', 'kidney_right'] as const
const LUNGS = ['lung_left', 'lung_right'] as const
const LEFT_LEG_VEINS = ['femur_left', 'leg_left'] as const

// prettier-ignore
const EXPECTED: Readonly<Record<string, Readonly<Record<string, Outcome>>>> = {
  'ehr-us-icd10.json': {
    'Condition/us-prob-1001': placed(['pancreas']),
    'Condition/us-prob-1002': placed(['aorta']),
    'Condition/us-prob-1003': placed(KIDNEYS),
    'Condition/us-prob-1004': placed(['knee_right'], { side: 'right' }),
    'Condition/us-prob-1005': placed(LUNGS),
    'Condition/us-prob-1006': placed(['mind'], { suspected: true }),
    'Condition/us-prob-1007': CONTEXT,
    'Condition/us-dx-2001': placed(LEFT_LEG_VEINS, { side: 'left' }),
    'Condition/us-dx-2002': placed(['blood']),
    'Condition/us-prob-1008': placed(['nerves']),
    'Condition/us-prob-1009': placed(['leg_left', 'foot_left'], { side: 'left', removed: true }),
    'Procedure/us-px-3001': placed(['leg_left', 'foot_left'], { side: 'left', removed: true }),
    'Procedure/us-px-3002': placed(['heart']),
    'Procedure/us-px-3003': placed(['great_veins']),
  },
  'ehr-free-text.json': {
    'Condition/NFC-P-1': placed(['knee_left'], { side: 'left' }),
    'Condition/NFC-P-2': placed(['spine']),
    'Condition/NFC-P-3': placed(['blood']),
    'Condition/NFC-P-4': placed(['nerves']),
    'Condition/NFC-P-5': placed(['hand_right'], { side: 'right' }),
    'Condition/NFC-P-6': placed(KIDNEYS),
    'Condition/NFC-P-7': unplaced('no-code-or-text'),
    'Procedure/NFC-X-1': placed(KIDNEYS),
    'Procedure/NFC-X-2': placed(['hand_right'], { side: 'right' }),
    'Procedure/NFC-X-3': unplaced('no-code-or-text'),
    'Procedure/NFC-X-4': placed(['large_intestine']),
  },
  'ehr-bodysite-laterality.json': {
    'Condition/LSO-C-1': placed(['knee_left'], { side: 'left' }),
    'Condition/LSO-C-2': placed(['knee_left', 'knee_right'], { side: 'both', suspected: true }),
    'Condition/LSO-C-3': placed(['hand_right'], { side: 'right' }),
    'Condition/LSO-C-4': placed(['arm_left'], { side: 'left' }),
    'Condition/LSO-C-5': placed(['eye_left'], { side: 'left' }),
    'Condition/LSO-C-6': placed(['arm_left'], { side: 'left' }),
    'Procedure/LSO-P-1': placed(['knee_right'], { side: 'right' }),
    'Procedure/LSO-P-2': placed(['eye_left'], { side: 'left' }),
    'Procedure/LSO-P-3': placed(['hand_right'], { side: 'right' }),
  },
  'ehr-uk-gp.json': {
    'Condition/gp-c-01': placed(LUNGS),
    'Condition/gp-c-02': placed(['pancreas']),
    'Condition/gp-c-03': placed(['aorta']),
    'Condition/gp-c-04': placed(['mind']),
    'Condition/gp-c-05': ABSENT,
    'Condition/gp-c-06': placed(LEFT_LEG_VEINS, { side: 'left' }),
    'Condition/gp-c-07': placed(['blood']),
    'Condition/gp-c-08': placed(['small_intestine'], { suspected: true }),
    'Condition/gp-c-09': RULED_OUT,
    'Condition/gp-c-10': placed(['heart'], { suspected: true }),
    'Procedure/gp-p-01': placed(LUNGS),
    'Procedure/gp-p-02': placed(['heart']),
    'Procedure/gp-p-03': ABSENT,
  },
  'ehr-es-hospital.json': {
    'Condition/HSR-D-1': placed(['pancreas']),
    'Condition/HSR-D-2': placed(['aorta']),
    'Condition/HSR-D-3': placed(['femur_left'], { side: 'left' }),
    'Condition/HSR-D-4': placed(['blood']),
    'Condition/HSR-D-5': placed(['spine']),
    'Condition/HSR-D-6': placed(LUNGS, { suspected: true }),
    'Procedure/HSR-Q-1': placed(['hip_left'], { side: 'left' }),
    'Procedure/HSR-Q-2': placed(['blood']),
  },
}

/** The findings recorded as entered in error: in the hidden counts only, nowhere in the map. */
const ENTERED_IN_ERROR = new Set(['Condition/gp-c-05', 'Procedure/gp-p-03'])

/** Findings recorded by text alone (no coding): placed, when placed, by the keyword layer on that text. */
const TEXT_ONLY = [
  'Condition/NFC-P-1',
  'Condition/NFC-P-2',
  'Condition/NFC-P-3',
  'Condition/NFC-P-4',
  'Condition/NFC-P-5',
  'Condition/NFC-P-6',
  'Procedure/NFC-X-1',
  'Procedure/NFC-X-2',
  'Procedure/NFC-X-4',
  'Condition/HSR-D-5',
]

const mapped = Object.fromEntries(Object.keys(EXPECTED).map((file) => [file, mapFixture(`ehr/${file}`)]))

describe('hand-written EHR-like patients (fhir-fixtures/ehr)', () => {
  it('has an expectation for every Condition and Procedure in each file, and no other', () => {
    for (const [file, expected] of Object.entries(EXPECTED)) {
      expect([file, findingIds(mapped[file]?.resources ?? []).sort()]).toEqual([file, Object.keys(expected).sort()])
    }
  })

  for (const [file, expected] of Object.entries(EXPECTED)) {
    describe(file, () => {
      for (const [id, outcome] of Object.entries(expected)) {
        it(`${id} is listed where the record puts it`, () => {
          const map = mapped[file]?.map
          expect(map).toBeDefined()
          if (map !== undefined) expect(outcomeOf(map, id)).toEqual(outcome)
        })
      }

      it('drops nothing: every finding is listed once (placed, context, not placed or ruled out), except entered in error', () => {
        const { map, resources } = mapped[file] ?? { map: undefined, resources: [] }
        expect(map).toBeDefined()
        if (map === undefined) return
        for (const id of findingIds(resources)) {
          expect([id, listingsOf(map, id)]).toEqual([id, ENTERED_IN_ERROR.has(id) ? 0 : 1])
        }
      })
    })
  }

  it('counts the entered-in-error findings as hidden, and the refuted one as ruled out, in the UK record', () => {
    const map = mapped['ehr-uk-gp.json']?.map
    expect(map?.hidden).toEqual({ refuted: 1, enteredInError: 2 })
    expect(map?.ruledOut.map((item) => item.id)).toEqual(['Condition/gp-c-09'])
  })

  it('places the text-only findings by the keyword layer on their own text', () => {
    const layers = TEXT_ONLY.map((id) => {
      const file = Object.keys(EXPECTED).find((f) => EXPECTED[f]?.[id] !== undefined) ?? ''
      const placement = mapped[file]?.map.placements.find((p) => p.id === id)
      return [id, placement?.rule.layer ?? 'not placed']
    })
    expect(layers).toEqual(TEXT_ONLY.map((id) => [id, 'keyword']))
  })

  it('takes the side from the recorded bodySite in the laterality record (qualifiers, lateralised structures, text)', () => {
    const map = mapped['ehr-bodysite-laterality.json']?.map
    const sources = (map?.placements ?? []).map((p) => [p.id, p.lateralitySource]).sort()
    expect(sources).toEqual(
      Object.keys(EXPECTED['ehr-bodysite-laterality.json'] ?? {})
        .sort()
        .map((id) => [id, 'bodySite']),
    )
  })

  it('places a procedure by its own code before its reason (echocardiogram for hypertension, transfusion for anaemia)', () => {
    const us = mapped['ehr-us-icd10.json']?.map.placements.find((p) => p.id === 'Procedure/us-px-3002')
    const es = mapped['ehr-es-hospital.json']?.map.placements.find((p) => p.id === 'Procedure/HSR-Q-2')
    const evidence = (kind: string | undefined): string =>
      kind === undefined ? 'not placed' : kind.startsWith('reason') ? 'its reason' : 'its own code or text'
    expect([evidence(us?.rule.reason.basis.kind), evidence(es?.rule.reason.basis.kind)]).toEqual([
      'its own code or text',
      'its own code or text',
    ])
  })
})
