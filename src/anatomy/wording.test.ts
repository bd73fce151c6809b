/**
 * Runs the texts this layer holds (place labels, risk-factor labels, guideline tables) against FORBIDDEN_PHRASES,
 * and checks the mapping report's condition headline over the fixtures. The reason sentences are built and
 * checked, in both languages, in src/i18n (reasonText.ts, reasonWording.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { mapFixtures } from '../../tests/fixtures/mapFixtures.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { LOINC_NOTICE } from './licences.ts'
import { conditionHeadline, summariseConditions } from './summary.ts'
import { NOTE_IDS, type NoteId } from './tables/notes.ts'
import { GUIDELINES, RISK_FACTORS } from './tables/riskFactors.ts'
import { SNOMED_CONDITIONS } from './tables/snomedConditions.ts'
import { VOCABULARY } from './vocabulary.ts'
import { FORBIDDEN_PHRASES, forbiddenPhrasesIn } from './wording.ts'

const ALL = mapFixtures()
const NOTE_ID_SET: ReadonlySet<NoteId> = new Set(NOTE_IDS)

describe('wording', () => {
  it('exports the forbidden list for the UI lint', () => {
    expect(FORBIDDEN_PHRASES).toContain('diagnos')
    expect(forbiddenPhrasesIn('You have a risk of X')).toEqual(['you have', 'risk of'])
  })
  it('finds none in labels, risk-factor labels or guideline tables', () => {
    const texts = [
      ...[...VOCABULARY.values()].flatMap((entry) => [entry.labels.en.lay, entry.labels.en.clinical]),
      ...RISK_FACTORS.map((def) => def.label),
      ...GUIDELINES.flatMap((g) => [g.title, g.appliesTo, ...g.rows.flatMap((row) => [row.range, row.label])]),
    ]
    expect(texts.filter((text) => forbiddenPhrasesIn(text).length > 0)).toEqual([])
  })
  it('keeps the LOINC notice verbatim', () => {
    expect(LOINC_NOTICE).toBe(
      'This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.',
    )
  })
  it('checks every table row once for a decision (the SNOMED rows are terms, not sentences)', () => {
    expect(SNOMED_CONDITIONS.every(([, , , note]) => NOTE_ID_SET.has(note))).toBe(true)
  })
})

describe('mapping report figures over the fixtures', () => {
  it('gives the exact acceptance headline over the Synthea and edge fixtures', () => {
    // given every Synthea and edge fixture, normalised and mapped
    const summaries = ALL.map(({ map, resources }) =>
      summariseConditions(normaliseRecord(resources, { asOf: '2026-01-01T00:00:00Z' }), map),
    )
    // when
    const headline = conditionHeadline(summaries)
    // then: 155 clinical conditions (157 less 1 life-and-context item and 1 ruled out); 152 on an organ, a named
    // region or the whole body with a stated note (0.981; the acceptance asks for 0.97). Not placed: 3 edge inputs
    // (a local code, a status-less text, and a migraine with a modifierExtension, never placed: C31): see
    // docs/mapping.md.
    expect(headline).toEqual({
      part: 152,
      whole: 155,
      share: 152 / 155,
      target: 0.97,
      met: true,
      organ: 136,
      mind: 5,
      blood: 7,
      nerves: 0,
      wholeBody: 4,
    })
  })
})
