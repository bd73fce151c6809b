/**
 * Table tests for procedures: the order of evidence (bodySite, then the procedure's own code, then the condition it
 * was done for only when the code names no place), and the procedure-code table's coverage of every code Synthea
 * emits and every procedure code in fhir-fixtures/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { concept, cond, proc } from '../../tests/fixtures/mappingInputs.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { parsePlaces } from './lookup.ts'
import { mapRecord } from './mapRecord.ts'
import { PROCEDURE_CODES } from './tables/procedureCodes.ts'
import { SYNTHEA_PROCEDURE_CODES } from './tables/syntheaProcedureCodes.ts'
import type { TwinMap } from './types.ts'

const SCT = SYSTEMS.snomed

const breastCancer = cond('bc', concept(SCT, '254837009', 'Malignant neoplasm of breast'))
const stroke = cond('stroke', concept(SCT, '230690007', 'Cerebrovascular accident'))
const lungCancer = cond('lc', concept(SCT, '254637007', 'Non-small cell lung cancer'))

function mapped(parts: Partial<NormalisedRecord>, sex: 'female' | 'male' = 'female'): TwinMap {
  return mapRecord(emptyRecord(parts), { sex })
}

function placementOf(map: TwinMap, id: string) {
  return map.placements.find((item) => item.id === `Procedure/${id}`)
}

describe('procedures: the own code before the reason', () => {
  it('uses a recorded bodySite before the procedure code', () => {
    const p = proc('c', concept(SCT, '73761001', 'Colonoscopy'), { bodySites: [concept(SCT, '80891009', 'Heart')] })
    const placed = placementOf(mapped({ procedures: [p] }), 'c')
    expect(placed?.places).toEqual(['heart'])
    expect(placed?.rule.layer).toBe('bodySite')
  })
  it('shows a pelvic examination done for breast cancer at the pelvic organs, not the breasts', () => {
    const p = proc('pe', concept(SCT, '35025007', 'Manual pelvic examination'), {
      reasonReferences: ['Condition/bc'],
    })
    const placed = placementOf(mapped({ conditions: [breastCancer], procedures: [p] }), 'pe')
    expect(placed?.places).toEqual(['uterus', 'vagina'])
    expect(placed?.rule.ruleId).toBe('procedure:35025007')
    expect(placed?.rule.layer).toBe('codeTable')
    expect(placed?.linkedConditions).toEqual([])
  })
  it('shows an echocardiogram done for a stroke at the heart', () => {
    const p = proc('echo', concept(SCT, '40701008', 'Echocardiography'), { reasonReferences: ['Condition/stroke'] })
    const placed = placementOf(mapped({ conditions: [stroke], procedures: [p] }), 'echo')
    expect(placed?.places).toEqual(['heart'])
    expect(placed?.rule.ruleId).toBe('procedure:40701008')
  })
  it('shows a brain MRI done for lung cancer at the brain', () => {
    const p = proc('mri', concept(SCT, '698354004', 'Magnetic resonance imaging for measurement of brain volume'), {
      reasonReferences: ['Condition/lc'],
    })
    const placed = placementOf(mapped({ conditions: [lungCancer], procedures: [p] }), 'mri')
    expect(placed?.places).toEqual(['brain'])
    expect(placed?.rule.ruleId).toBe('procedure:698354004')
  })
  it('places a generic procedure (chemotherapy, injection, examination) through its reason condition', () => {
    const procedures = [
      proc('chemo', concept(SCT, '367336001', 'Chemotherapy'), { reasonReferences: ['Condition/lc'] }),
      proc('inj', concept(SCT, '76601001', 'Intramuscular injection'), { reasonReferences: ['Condition/bc'] }),
      proc('exam', concept(SCT, '5880005', 'Physical examination procedure'), {
        reasonReferences: ['Condition/stroke'],
      }),
    ]
    const map = mapped({ conditions: [breastCancer, stroke, lungCancer], procedures })
    expect(
      ['chemo', 'inj', 'exam'].map((id) => {
        const placed = placementOf(map, id)
        return [id, placed?.rule.layer, placed?.places, placed?.linkedConditions]
      }),
    ).toEqual([
      ['chemo', 'reason', ['lung_left', 'lung_right'], ['Condition/lc']],
      ['inj', 'reason', ['breast_left', 'breast_right'], ['Condition/bc']],
      ['exam', 'reason', ['brain'], ['Condition/stroke']],
    ])
  })
  it('lists a generic procedure with no placed reason as a generic procedure, an unknown one as no rule', () => {
    const map = mapped({
      procedures: [
        proc('chemo', concept(SCT, '367336001', 'Chemotherapy')),
        proc('inj', concept(SCT, '76601001', 'Intramuscular injection'), { reasonReferences: ['Condition/none'] }),
        proc('odd', concept(SCT, '998', 'Something else')),
      ],
    })
    expect(map.placements).toEqual([])
    expect(map.unplaced.map((item) => [item.id, item.why])).toEqual([
      ['Procedure/chemo', 'generic-procedure'],
      ['Procedure/inj', 'generic-procedure'],
      ['Procedure/odd', 'no-rule'],
    ])
  })
  it('places haemodialysis and hemodialysis (a keyword inside a compound word) at the kidneys', () => {
    const map = mapped({
      procedures: [proc('uk', concept(null, null, 'Haemodialysis')), proc('us', concept(null, null, 'Hemodialysis'))],
    })
    expect(map.placements.map((item) => [item.id, item.places, item.rule.layer])).toEqual([
      ['Procedure/uk', ['kidney_left', 'kidney_right'], 'keyword'],
      ['Procedure/us', ['kidney_left', 'kidney_right'], 'keyword'],
    ])
  })
  it('places the coded dialysis, blood, mind and context rows where their terms say', () => {
    const map = mapped({
      procedures: [
        proc('hd', concept(SCT, '302497006', 'Hemodialysis')),
        proc('rd', concept(SCT, '265764009', 'Renal dialysis')),
        proc('cbc', concept(SCT, '26604007', 'Complete blood count')),
        proc('vp', concept(SCT, '82078001', 'Collection of blood specimen for laboratory')),
        proc('phq', concept(SCT, '715252007', 'Depression screening using PHQ-9')),
        proc('mam', concept(SCT, '71651007', 'Mammography')),
        proc('dex', concept(SCT, '312681000', 'Bone density scan')),
        proc('spiro', concept(SCT, '127783003', 'Spirometry')),
        proc('ref', concept(SCT, '183519002', 'Referral to cardiology service')),
      ],
    })
    expect(map.placements.map((item) => [item.id.slice('Procedure/'.length), item.places])).toEqual([
      ['hd', ['kidney_left', 'kidney_right']],
      ['rd', ['kidney_left', 'kidney_right']],
      ['cbc', ['blood']],
      ['vp', ['blood']],
      ['phq', ['mind']],
      ['mam', ['breast_left', 'breast_right']],
      ['dex', ['spine', 'hip_left', 'hip_right']],
      ['spiro', ['lung_left', 'lung_right']],
    ])
    expect(map.blood).toEqual(['Procedure/cbc', 'Procedure/vp'])
    expect(map.lifeAndContext.map((item) => [item.id, item.rule.ruleId])).toEqual([
      ['Procedure/ref', 'procedure:183519002'],
    ])
  })
  it('marks an amputated limb as removed, with the amputation note', () => {
    const placed = placementOf(
      mapped({ procedures: [proc('amp', concept(SCT, '180030006', 'Amputation of the foot'))] }),
      'amp',
    )
    expect(placed?.places).toEqual(['foot_left', 'foot_right'])
    expect(placed?.removed).toBe(true)
    expect(placed?.rule.reason.note).toEqual({ kind: 'table', keys: ['amputation'] })
    expect(placed?.laterality).toBeNull()
  })
  it('explains a placed procedure code with the procedure-code note', () => {
    const placed = placementOf(
      mapped({ procedures: [proc('e', concept(SCT, '54550000', 'Electroencephalogram'))] }),
      'e',
    )
    expect(placed?.rule.reason.note).toEqual({ kind: 'table', keys: ['procedureCode'] })
    expect(placed?.removed).toBe(false)
  })
})

/** Every SNOMED CT code of a Procedure resource (also contained) anywhere in fhir-fixtures/**\/*.json. */
function fixtureProcedureCodes(): Set<string> {
  const codes = new Set<string>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const resource = value as { resourceType?: unknown; code?: { coding?: { system?: string; code?: string }[] } }
    if (resource.resourceType === 'Procedure') {
      for (const coding of resource.code?.coding ?? []) {
        if (coding.system === SCT && coding.code !== undefined) codes.add(coding.code)
      }
    }
    for (const child of Object.values(value)) walk(child)
  }
  const read = (dir: URL): void => {
    for (const name of readdirSync(dir)) {
      const url = new URL(name, dir)
      if (statSync(url).isDirectory()) read(new URL(`${name}/`, dir))
      else if (name.endsWith('.json')) walk(JSON.parse(readFileSync(url, 'utf8')))
    }
  }
  read(new URL('../../fhir-fixtures/', import.meta.url))
  return codes
}

describe('the procedure-code table', () => {
  const decided = new Set(PROCEDURE_CODES.map(([code]) => code))

  it('decides every one of the 428 procedure codes Synthea emits', () => {
    expect(SYNTHEA_PROCEDURE_CODES).toHaveLength(428)
    expect(SYNTHEA_PROCEDURE_CODES.filter(([code]) => !decided.has(code)).map(([code]) => code)).toEqual([])
  })
  it('decides every SNOMED CT procedure code in fhir-fixtures', () => {
    const codes = fixtureProcedureCodes()
    expect(codes.size).toBeGreaterThanOrEqual(75)
    expect([...codes].filter((code) => !decided.has(code))).toEqual([])
  })
  it('has no duplicate codes and only known place tokens and notes', () => {
    expect(PROCEDURE_CODES).toHaveLength(decided.size)
    for (const [code, places] of PROCEDURE_CODES) {
      expect(() => parsePlaces(places), code).not.toThrow()
      expect(parsePlaces(places).length, code).toBeGreaterThan(0)
    }
    expect(PROCEDURE_CODES.filter(([, , , note]) => note === 'amputation').map(([code]) => code)).toEqual([
      '13995008',
      '79733001',
      '180030006',
      '46028000',
    ])
  })
  it('counts 264 rows with places, 83 under life and context and 105 that name no place', () => {
    const kinds = PROCEDURE_CODES.map(([, places]) => (places === 'context' || places === '-' ? places : 'places'))
    expect({
      places: kinds.filter((kind) => kind === 'places').length,
      context: kinds.filter((kind) => kind === 'context').length,
      generic: kinds.filter((kind) => kind === '-').length,
    }).toEqual({ places: 264, context: 83, generic: 105 })
  })
})
