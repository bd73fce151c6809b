/**
 * Issue 11: where blood, immune, nerve, pain, leg-vein, injury and amputation findings are shown, and the side read
 * from each source (bodySite qualifier, lateralised body structure, left/right words, the ICD-10-CM code itself).
 */
import { describe, expect, it } from 'vitest'
import { concept, cond, one } from '../../tests/fixtures/mappingInputs.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import type { Concept } from '../timeline/types.ts'
import type { Placement } from './types.ts'

const SCT = SYSTEMS.snomed
const ICD = SYSTEMS.icd10cm

/** The single placement of a one-condition record. */
function placed(system: string | null, code: string | null, text: string, sites: Concept[] = []): Placement {
  const p = one(cond('c', concept(system, code, text), { bodySites: sites })).placements[0]
  if (p === undefined) throw new Error(`${code ?? text} was not placed`)
  return p
}

/** Places, secondary places and note keys of a placement. */
function where(p: Placement): [readonly string[], readonly string[], readonly string[]] {
  const note = p.rule.reason.note
  return [p.places, p.secondary, note.kind === 'table' ? note.keys : []]
}

const LEGS = ['femur_left', 'femur_right', 'leg_left', 'leg_right']

describe('blood and bone marrow, immune conditions', () => {
  it('shows anaemias, coagulation disorders, neutropenia, leukaemia, myeloma, marrow transplant and bacteraemia in the blood region', () => {
    const rows: [string, string][] = [
      ['271737000', 'anaemia'],
      ['234466008', 'blood'],
      ['278365007', 'blood'],
      ['47318007', 'blood'],
      ['409089005', 'blood'],
      ['91861009', 'blood'],
      ['93143009', 'blood'],
      ['109989006', 'blood'],
      ['152621000119105', 'blood'],
      ['698303004', 'blood'],
      ['5758002', 'blood'],
    ]
    for (const [code, note] of rows)
      expect([code, ...where(placed(SCT, code, 'x'))]).toEqual([code, ['blood'], [], [note]])
  })
  it('shows HIV, AIDS, latex allergy and acute allergic reaction for the whole body (systemic), not as blood findings', () => {
    for (const code of ['86406008', '62479008', '300916003', '1003755004', '241929008']) {
      expect([code, ...where(placed(SCT, code, 'x'))]).toEqual([code, ['whole_body'], [], ['systemic']])
    }
  })
  it('places ICD-10-CM D50-D77 and C81-C96 in the blood region and D80-D89 for the whole body', () => {
    expect(where(placed(ICD, 'D50.9', 'Iron deficiency anemia'))).toEqual([['blood'], [], ['anaemia']])
    expect(where(placed(ICD, 'D68.9', 'Coagulation defect'))).toEqual([['blood'], [], ['blood']])
    expect(where(placed(ICD, 'D70.9', 'Neutropenia'))).toEqual([['blood'], [], ['blood']])
    expect(where(placed(ICD, 'C83.30', 'Diffuse large B-cell lymphoma'))).toEqual([['blood'], [], ['blood']])
    expect(where(placed(ICD, 'C91.10', 'Chronic lymphocytic leukemia'))).toEqual([['blood'], [], ['blood']])
    expect(where(placed(ICD, 'D46.9', 'Myelodysplastic syndrome'))).toEqual([['blood'], [], ['blood']])
    expect(where(placed(ICD, 'D84.9', 'Immunodeficiency'))).toEqual([['whole_body'], [], ['systemic']])
    expect(where(placed(ICD, 'D73.1', 'Hypersplenism'))).toEqual([['spleen'], [], ['icdCategory']])
    expect(where(placed(ICD, 'Z94.81', 'Bone marrow transplant status'))).toEqual([['blood'], [], ['blood']])
  })
  it('places blood and immune words in free text by keyword', () => {
    expect(placed(null, null, 'Iron deficiency anaemia').places).toEqual(['blood'])
    expect(placed(null, null, 'Thrombocytopenia').places).toEqual(['blood'])
    expect(placed(null, null, 'Sickle cell disease').places).toEqual(['blood'])
    expect(where(placed(null, null, 'HIV positive'))).toEqual([['whole_body'], [], ['keyword', 'systemic']])
  })
})

describe('nerves and chronic pain', () => {
  it('shows diabetic neuropathy in the nerves region with the pancreas as secondary place', () => {
    expect(where(placed(SCT, '368581000119106', 'Neuropathy due to type 2 diabetes mellitus'))).toEqual([
      ['nerves'],
      ['pancreas'],
      ['nerves'],
    ])
    expect(where(placed(ICD, 'E11.42', 'Type 2 diabetes mellitus with diabetic polyneuropathy'))).toEqual([
      ['nerves'],
      ['pancreas'],
      ['nerves'],
    ])
  })
  it('places ICD-10-CM G50-G65 and neuropathy words in the nerves region', () => {
    expect(where(placed(ICD, 'G56.01', 'Carpal tunnel syndrome'))).toEqual([['nerves'], [], ['nerves']])
    expect(where(placed(ICD, 'G62.9', 'Polyneuropathy, unspecified'))).toEqual([['nerves'], [], ['nerves']])
    expect(where(placed(ICD, 'G54.4', 'Lumbosacral root disorders'))).toEqual([['nerves'], [], ['nerves']])
    expect(where(placed(null, null, 'Peripheral neuropathy'))).toEqual([['nerves'], [], ['keyword', 'nerves']])
    expect(placed(null, null, 'Sciatica').places).toEqual(['nerves'])
  })
  it('shows chronic pain and pain without a site for the whole body (note chronicPain)', () => {
    expect(where(placed(SCT, '82423001', 'Chronic pain'))).toEqual([['whole_body'], [], ['chronicPain']])
    expect(where(placed(SCT, '22253000', 'Pain'))).toEqual([['whole_body'], [], ['chronicPain']])
    expect(where(placed(ICD, 'G89.4', 'Chronic pain syndrome'))).toEqual([['whole_body'], [], ['chronicPain']])
    expect(where(placed(null, null, 'Chronic pain'))).toEqual([['whole_body'], [], ['keyword', 'chronicPain']])
  })
})

describe('deep vein thrombosis at the leg veins', () => {
  it('shows DVT codes at both thighs and lower legs, side not recorded', () => {
    for (const code of ['128053003', '132281000119108']) {
      const p = placed(SCT, code, 'Deep venous thrombosis')
      expect([...where(p), p.rule.reason.sideNotRecorded]).toEqual([LEGS, [], ['legVeins'], true])
    }
    expect(where(placed(null, null, 'Deep vein thrombosis'))).toEqual([LEGS, [], ['keyword', 'legVeins']])
  })
  it('narrows DVT to the side the text or the ICD-10-CM code names', () => {
    const text = placed(SCT, '128053003', 'Deep venous thrombosis of left leg')
    expect([text.places, text.laterality, text.lateralitySource]).toEqual([['femur_left', 'leg_left'], 'left', 'text'])
    expect(placed(ICD, 'I82.401', 'Acute DVT of lower extremity').places).toEqual(['femur_right', 'leg_right'])
    expect(placed(ICD, 'I82.403', 'Acute DVT of lower extremity, bilateral').places).toEqual(LEGS)
    expect(placed(ICD, 'I80.12', 'Phlebitis of femoral vein').places).toEqual(['femur_left'])
    expect(placed(ICD, 'I82.509', 'Chronic DVT, unspecified lower extremity').places).toEqual(LEGS)
    expect(placed(ICD, 'I82.621', 'Acute DVT of deep veins of upper extremity').places).toEqual(['arm_right'])
  })
})

describe('injuries at the named part, skin as secondary place', () => {
  it('shows lacerations of hand, forearm, thigh and foot at the part, with the skin also concerned', () => {
    const rows: [string, string[]][] = [
      ['284549007', ['hand_left', 'hand_right']],
      ['283371005', ['arm_left', 'arm_right']],
      ['283385000', ['femur_left', 'femur_right']],
      ['284551006', ['foot_left', 'foot_right']],
    ]
    for (const [code, places] of rows) {
      expect([code, ...where(placed(SCT, code, 'Laceration'))]).toEqual([code, places, ['skin'], ['injurySite']])
    }
  })
  it('keeps a facial laceration at the skin (the model has no head part apart from brain and skull)', () => {
    expect(where(placed(SCT, '370247008', 'Facial laceration'))).toEqual([['skin'], [], ['organ']])
  })
  it('reads the injured part from ICD-10-CM open-wound categories and from free text', () => {
    expect(where(placed(ICD, 'S61.412A', 'Laceration without foreign body of left hand'))).toEqual([
      ['hand_left'],
      ['skin'],
      ['injurySite'],
    ])
    expect(where(placed(ICD, 'S81.811A', 'Laceration of lower leg'))).toEqual([
      ['leg_left', 'leg_right'],
      ['skin'],
      ['injurySite'],
    ])
    expect(where(placed(null, null, 'Laceration of left hand'))).toEqual([['hand_left'], [], ['keyword', 'injurySite']])
    expect(placed(null, null, 'Dog bite of right foot').places).toEqual(['foot_right'])
  })
})

describe('amputation: the part is marked as removed', () => {
  it('marks the limb parts of SNOMED CT amputation and disarticulation histories as removed', () => {
    const rows: [string, string[]][] = [
      ['429280009', ['foot_left', 'foot_right']],
      ['161622006', ['leg_left', 'leg_right', 'foot_left', 'foot_right']],
      ['161621004', ['arm_left', 'arm_right', 'hand_left', 'hand_right']],
      ['698423002', ['hand_left', 'hand_right']],
    ]
    for (const [code, places] of rows) {
      const p = placed(SCT, code, 'History of amputation')
      expect([code, ...where(p), p.removed]).toEqual([code, places, [], ['amputation'], true])
    }
  })
  it('reads level and side of ICD-10-CM Z89 acquired absence of limb', () => {
    const below = placed(ICD, 'Z89.512', 'Acquired absence of leg below knee')
    expect([below.places, below.removed]).toEqual([['leg_left', 'foot_left'], true])
    const above = placed(ICD, 'Z89.611', 'Acquired absence of leg above knee')
    expect(above.places).toEqual(['femur_right', 'knee_right', 'leg_right', 'foot_right'])
    expect(placed(ICD, 'Z89.431', 'Acquired absence of foot').places).toEqual(['foot_right'])
    expect(placed(ICD, 'Z89.212', 'Acquired absence of upper limb below elbow').places).toEqual([
      'arm_left',
      'hand_left',
    ])
    // toes and fingers: shown at the foot or hand, which is not drawn as removed
    const toe = placed(ICD, 'Z89.421', 'Acquired absence of other toe(s)')
    expect([toe.places, toe.removed]).toEqual([['foot_right'], false])
  })
  it('never marks an ordinary finding as removed', () => {
    expect(placed(SCT, '239873007', 'Osteoarthritis of knee').removed).toBe(false)
  })
})

describe('laterality from each source', () => {
  const knee = concept(SCT, '72696002', 'Knee region structure')
  it('narrows to the side of a SNOMED CT laterality qualifier in bodySite (left, right, both)', () => {
    const left = placed(SCT, '239873007', 'Osteoarthritis of knee', [knee, concept(SCT, '7771000', 'Left')])
    expect([left.places, left.laterality, left.lateralitySource]).toEqual([['knee_left'], 'left', 'bodySite'])
    const right = placed(SCT, '239873007', 'Osteoarthritis of knee', [concept(SCT, '24028007', 'Right')])
    expect([right.places, right.laterality]).toEqual([['knee_right'], 'right'])
    const both = placed(SCT, '239873007', 'Osteoarthritis of knee', [concept(SCT, '51440002', 'Bilateral')])
    expect([both.places, both.laterality]).toEqual([['knee_left', 'knee_right'], 'both'])
  })
  it('reads the side from a body structure whose own code is lateralised', () => {
    const p = placed(SCT, '239873007', 'Osteoarthritis of knee', [
      concept(SCT, '82169009', 'Structure of left knee region'),
    ])
    expect([p.places, p.laterality, p.lateralitySource, p.rule.ruleId]).toEqual([
      ['knee_left'],
      'left',
      'bodySite',
      'bodySite:82169009',
    ])
    expect(p.rule.reason.sideNotRecorded).toBe(false)
    expect(placed(SCT, '195967001', 'Asthma', [concept(SCT, '3341006', 'Right lung structure')]).places).toEqual([
      'lung_right',
    ])
  })
  it('reads the side from left/right words in the text', () => {
    const p = placed(SCT, '284549007', 'Laceration of left hand')
    expect([p.places, p.laterality, p.lateralitySource]).toEqual([['hand_left'], 'left', 'text'])
  })
  it('keeps both sides and says the side is not recorded when nothing names it', () => {
    const p = placed(SCT, '239873007', 'Osteoarthritis of knee')
    expect([p.places, p.laterality, p.rule.reason.sideNotRecorded]).toEqual([['knee_left', 'knee_right'], null, true])
  })
  it('reads the side an ICD-10-CM code states (M17.11 right knee, S72.002A left femur), and not from other codes', () => {
    const knee11 = placed(ICD, 'M17.11', 'Unilateral primary osteoarthritis of knee')
    expect([knee11.places, knee11.rule.reason.sideNotRecorded]).toEqual([['knee_right'], false])
    expect(placed(ICD, 'M17.0', 'Bilateral primary osteoarthritis of knee').places).toEqual(['knee_left', 'knee_right'])
    expect(placed(ICD, 'M16.12', 'Unilateral primary osteoarthritis of hip').places).toEqual(['hip_left'])
    expect(placed(ICD, 'S72.001A', 'Fracture of neck of femur').places).toEqual(['femur_right'])
    expect(placed(ICD, 'S72.002A', 'Fracture of neck of femur').places).toEqual(['femur_left'])
    expect(placed(ICD, 'S72.25XA', 'Nondisplaced subtrochanteric fracture of femur').places).toEqual(['femur_left'])
    expect(placed(ICD, 'S72.009A', 'Fracture of neck of unspecified femur').places).toEqual([
      'femur_left',
      'femur_right',
    ])
  })
})

describe('a code that itself records a suspicion', () => {
  it('stays suspected when a recorded body site places the condition (never shown as confirmed)', () => {
    const p = placed(SCT, '162573006', 'Suspected lung cancer', [concept(SCT, '44029006', 'Left lung structure')])
    expect([p.places, p.suspected, p.rule.reason.suspected, p.rule.layer]).toEqual([
      ['lung_left'],
      true,
      'by-code',
      'bodySite',
    ])
  })
})

describe('sides an ICD-10-CM code states (review)', () => {
  it('records both sides for a bilateral code and one side for sided limb and vein codes', () => {
    const sideOf = (code: string): [readonly string[], string | null, string | null, boolean] => {
      const p = placed(ICD, code, code)
      return [p.places, p.laterality, p.lateralitySource, p.rule.reason.sideNotRecorded]
    }
    expect(sideOf('I82.403')).toEqual([LEGS, 'both', 'code', false])
    expect(sideOf('S72.002A')).toEqual([['femur_left'], 'left', 'code', false])
    expect(sideOf('I83.91')).toEqual([['leg_right'], 'right', 'code', false])
    expect(sideOf('S88.012A')).toEqual([['leg_left', 'foot_left'], 'left', 'code', false])
  })
})

describe('a broad ICD-10-CM block gives way to a record text that names the part (blind test, issue 11)', () => {
  it('places a rotator cuff tear at the named shoulder and keeps a block that names an organ', () => {
    const at = (code: string, text: string) => {
      const p = placed(ICD, code, text)
      return [p.places, p.rule.ruleId]
    }
    // M75 has its own override now; M76.51 falls to the whole-body block M70-M79, which its text narrows
    expect(at('M75.121', 'Complete rotator cuff tear of right shoulder')).toEqual([['shoulder_right'], 'icd10:M75'])
    expect(at('M76.51', 'Patellar tendinitis, right knee')).toEqual([['knee_right'], 'keyword:site.knee'])
    expect(at('I97.2', 'Postmastectomy lymphedema syndrome')).toEqual([['arm_left', 'arm_right'], 'icd10:I97.2'])
    expect(at('J03.91', 'Acute recurrent tonsillitis, unspecified')).toEqual([['throat'], 'icd10:J03'])
  })
})
