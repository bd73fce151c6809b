/** Mapping rules for a modifierExtension (C31), codings that disagree (C14) and a display that disagrees (C15). */
import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { readFileSync } from 'node:fs'
import { cond, one } from '../../tests/fixtures/mappingInputs.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { NOTES } from '../timeline/notes.ts'
import type { Code, Concept } from '../timeline/types.ts'
import { mapRecord } from './mapRecord.ts'

const SCT = SYSTEMS.snomed
const ICD = SYSTEMS.icd10cm
const code = (system: string, value: string, display: string): Code => ({
  system,
  code: value,
  display,
  key: `${system}|${value}`,
})

describe('a modifierExtension (C31)', () => {
  it('C31 a Condition with a modifierExtension is listed as containing information this app cannot read, not placed', () => {
    // given the edge fixture's migraine, which the SNOMED CT table alone would place at the brain
    const bundle = JSON.parse(readFileSync('fhir-fixtures/edge/edge-codes.json', 'utf8')) as {
      entry: { resource: Resource }[]
    }
    const record = normaliseRecord(
      bundle.entry.map((e) => e.resource),
      { asOf: '2026-01-01T00:00:00Z' },
    )
    const migraine = record.conditions.find((c) => c.id === 'Condition/edge-code-modifier')
    expect(migraine?.notes).toEqual([NOTES.modifierExtension])
    // the catalogue's "cannot interpret", worded without "interpret" (a forbidden word: src/i18n/wording.test.ts)
    expect(NOTES.modifierExtension).toBe('contains information this app cannot read (a modifier extension)')
    // when
    const map = mapRecord(record)
    // then: listed, with its reason and codes, and on no place
    expect(map.placements.filter((p) => p.id === 'Condition/edge-code-modifier')).toEqual([])
    expect(map.unplaced.filter((u) => u.id === 'Condition/edge-code-modifier').map((u) => [u.why, u.codes])).toEqual([
      ['cannot-interpret', [`${SCT}|37796009`]],
    ])
    // and the same code without the extension is placed at the brain
    expect(
      one(cond('m', { codes: [code(SCT, '37796009', 'Migraine')], text: 'Migraine' })).placements[0]?.places,
    ).toEqual(['brain'])
  })
})

describe('two codings that map to different regions (C14)', () => {
  it('C14 codings placed at different parts of the body give neither place, with the reason "codes-disagree"', () => {
    const split: Concept = {
      codes: [code(SCT, '22298006', 'Myocardial infarction'), code(SCT, '195967001', 'Asthma')],
      text: 'Heart attack',
    }
    const map = one(cond('x', split))
    expect(map.placements).toEqual([])
    expect(map.unplaced.map((u) => [u.why, u.reason, u.codes])).toEqual([
      ['codes-disagree', { kind: 'unplaced', why: 'codes-disagree' }, [`${SCT}|22298006`, `${SCT}|195967001`]],
    ])
    // SNOMED CT and an ICD-10-CM category row that disagree: neither either
    const mixed: Concept = {
      codes: [code(ICD, 'S72.001A', 'Fracture of femur'), code(SCT, '195967001', 'Asthma')],
      text: null,
    }
    expect(one(cond('y', mixed)).unplaced.map((u) => u.why)).toEqual(['codes-disagree'])
  })

  it('C14 codings that agree, or overlap, are placed once; a coarse ICD-10-CM chapter rule does not count as disagreeing', () => {
    const agree: Concept = { codes: [code(ICD, 'J45.909', 'Asthma'), code(SCT, '195967001', 'Asthma')], text: 'Asthma' }
    expect(one(cond('a', agree)).placements.map((p) => [p.places, p.rule.ruleId])).toEqual([
      [['lung_left', 'lung_right'], 'snomed:195967001'],
    ])
    // R69 (illness, unspecified) has only a chapter rule: the SNOMED CT row places it
    const coarse: Concept = {
      codes: [code(ICD, 'R69', 'Illness'), code(SCT, '22298006', 'Myocardial infarction')],
      text: null,
    }
    expect(one(cond('c', coarse)).placements.map((p) => p.places)).toEqual([['heart']])
  })
})

describe('a display that disagrees with its code (C15)', () => {
  it('C15 mapping uses the code only: a SNOMED CT asthma code displayed as "Fracture of femur" is placed at the lungs', () => {
    const wrong: Concept = { codes: [code(SCT, '195967001', 'Fracture of femur')], text: null }
    const placement = one(cond('d', wrong, { text: 'Fracture of femur' })).placements[0]
    expect(placement?.places).toEqual(['lung_left', 'lung_right'])
    expect(placement?.rule.ruleId).toBe('snomed:195967001')
    expect(placement?.rule.confidence).toBe('table')
  })
})

describe('a condition without a code, or a coding without a system (C12)', () => {
  const conditionOf = (code: unknown): Resource =>
    ({ resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/p1' }, code }) as unknown as Resource

  it('C12 a condition without code is listed as "Condition (no code or text recorded)", not placed', () => {
    const record = normaliseRecord([conditionOf(undefined)], { asOf: '2026-01-01T00:00:00Z' })
    expect(record.conditions.map((c) => c.text)).toEqual(['Condition (no code or text recorded)'])
    const map = mapRecord(record)
    expect(map.placements).toEqual([])
    expect(map.unplaced.map((u) => [u.id, u.why, u.codes])).toEqual([['Condition/c', 'no-code-or-text', []]])
  })

  it('C12 a system-less code is never looked up: the asthma code without a system is not placed at the lungs', () => {
    const record = normaliseRecord([conditionOf({ coding: [{ code: '195967001', display: 'Local problem 7' }] })], {
      asOf: '2026-01-01T00:00:00Z',
    })
    const map = mapRecord(record)
    expect(map.placements).toEqual([])
    expect(map.unplaced.map((u) => [u.why, u.codes])).toEqual([['no-rule', ['|195967001']]])
  })
})
