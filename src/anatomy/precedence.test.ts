/**
 * D4 and D5 (docs/reliability.md) at the mapping: a recorded body site that disagrees with the code comes first and
 * keeps where the code would have placed it; systemic conditions are placed only by a table rule with its note and
 * are also listed under the whole body. The words are checked in src/panels/organPanel/provenance.test.tsx.
 */
import { describe, expect, it } from 'vitest'
import { SYSTEMS } from '../timeline/codes.ts'
import type { Concept } from '../timeline/types.ts'
import { concept, cond, one, proc } from '../../tests/fixtures/mappingInputs.ts'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { mapRecord } from './mapRecord.ts'

const SCT = SYSTEMS.snomed
const ICD = SYSTEMS.icd10cm
const site = (...codes: [string, string][]): Concept => ({
  codes: codes.map(([code, display]) => ({ system: SCT, code, display, key: `${SCT}|${code}` })),
  text: null,
})

describe('D4 a recorded body site that disagrees with the code', () => {
  it('D4 the recorded body site wins and the placement keeps where the code alone would place it', () => {
    const asthmaAtHeart = cond('c1', concept(SCT, '195967001', 'Asthma'), { bodySites: [site(['80891009', 'Heart'])] })
    const map = one(asthmaAtHeart)
    expect(map.byOrgan).toEqual({ heart: ['Condition/c1'] })
    const p = map.placements[0]
    expect(p?.rule.layer).toBe('bodySite')
    expect(p?.rule.ruleId).toBe('bodySite:80891009')
    expect(p?.rule.reason).toEqual({
      kind: 'shown-at',
      places: ['heart'],
      basis: { kind: 'body-site', system: SCT, code: '80891009' },
      note: { kind: 'table', keys: ['bodySite'] },
      sideNotRecorded: false,
      suspected: null,
      overruled: {
        places: ['lung_left', 'lung_right'],
        basis: { kind: 'code', system: SCT, code: '195967001', alias: null },
      },
    })
  })

  it('D4 the code places are narrowed to the recorded side, and nothing is added when site and code agree', () => {
    const left = site(['39607008', 'Lung'], ['7771000', 'Left'])
    const agree = one(cond('c2', concept(SCT, '195967001', 'Asthma'), { bodySites: [left] })).placements[0]
    expect(agree?.places).toEqual(['lung_left'])
    expect(agree?.rule.reason.kind === 'shown-at' && 'overruled' in agree.rule.reason).toBe(false)
    const kneeFromIcd = cond('c3', concept(ICD, 'I10', 'Hypertension'), { bodySites: [site(['72696002', 'Knee'])] })
    const p = one(kneeFromIcd).placements[0]
    expect(p?.rule.reason.kind === 'shown-at' ? p.rule.reason.overruled : null).toEqual({
      places: ['aorta'],
      basis: { kind: 'code', system: ICD, code: 'I10', alias: null },
    })
  })

  it('D4 a procedure with a body site its code does not name keeps both too', () => {
    const appendectomyAtKnee = proc('p1', concept(SCT, '80146002', 'Appendectomy'), {
      bodySites: [site(['72696002', 'Knee'])],
    })
    const map = mapRecord(emptyRecord({ procedures: [appendectomyAtKnee] }))
    const p = map.placements[0]
    expect(p?.rule.layer).toBe('bodySite')
    expect(p?.rule.reason.kind === 'shown-at' ? p.rule.reason.overruled?.basis : null).toEqual({
      kind: 'procedure-code',
      system: SCT,
      code: '80146002',
    })
  })
})

describe('D5 systemic conditions', () => {
  const CASES = [
    { code: concept(SCT, '44054006', 'Diabetes mellitus type 2'), primary: 'pancreas', note: 'diabetes' },
    { code: concept(SCT, '38341003', 'Hypertension'), primary: 'aorta', note: 'hypertension' },
    { code: concept(SCT, '59621000', 'Essential hypertension'), primary: 'aorta', note: 'hypertension' },
    { code: concept(ICD, 'I10', 'Essential (primary) hypertension'), primary: 'aorta', note: 'hypertension' },
  ] as const

  it('D5 diabetes and hypertension are placed by their table rule with its note and also listed under whole body', () => {
    for (const { code, primary, note } of CASES) {
      const map = one(cond('s', code))
      const p = map.placements[0]
      expect(p?.places, code.text ?? '').toEqual([primary])
      expect(p?.secondary, code.text ?? '').toEqual(['whole_body'])
      expect(map.secondaryByOrgan.whole_body, code.text ?? '').toEqual(['Condition/s'])
      expect(p?.rule.confidence, code.text ?? '').toBe('table')
      const reason = p?.rule.reason
      expect(reason?.kind === 'shown-at' ? reason.note : null, code.text ?? '').toEqual({ kind: 'table', keys: [note] })
    }
  })

  it('D5 no organ is lit without a rule: every placement of every code names the rule and basis that placed it', () => {
    const map = mapRecord(emptyRecord({ conditions: CASES.map((c, i) => cond(`s${String(i)}`, c.code)) }))
    expect(Object.keys(map.byOrgan).sort()).toEqual(['aorta', 'pancreas'])
    for (const p of map.placements) {
      expect(p.rule.ruleId).toMatch(/^(snomed|icd10):/)
      expect(p.rule.reason.kind).toBe('shown-at')
    }
  })
})
