/**
 * Information-only wording of every "why here?" sentence, in both languages: each reason over all fixtures and a
 * sweep of every table row is worded in English and in Spanish, and no sentence may contain a forbidden phrase
 * (FORBIDDEN_PHRASES in English; FORBIDDEN_PHRASES_ES and FORBIDDEN_PHRASES in Spanish). The note tables, the
 * not-placed sentences and the Spanish place labels are checked on their own too.
 */
import { describe, expect, it } from 'vitest'
import { concept, cond, med, proc } from '../../tests/fixtures/mappingInputs.ts'
import { mapFixtures } from '../../tests/fixtures/mapFixtures.ts'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { mapRecord } from '../anatomy/mapRecord.ts'
import { NOTE_IDS } from '../anatomy/tables/notes.ts'
import { ICD_BLOCKS, ICD_OVERRIDES } from '../anatomy/tables/icd10.ts'
import { SNOMED_CONDITIONS } from '../anatomy/tables/snomedConditions.ts'
import type { Reason, TwinMap } from '../anatomy/types.ts'
import { VOCABULARY } from '../anatomy/vocabulary.ts'
import { forbiddenPhrasesIn } from '../anatomy/wording.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import { forbiddenPhrasesEsIn } from './forbiddenPhrasesEs.ts'
import type { Locale } from './locale.ts'
import { NOTES_EN } from './notes.en.ts'
import { NOTES_ES } from './notes.es.ts'
import { REASON_SENTENCES_EN } from './reasonSentences.en.ts'
import { REASON_SENTENCES_ES } from './reasonSentences.es.ts'
import { reasonText } from './reasonText.ts'

function reasons(map: TwinMap): Reason[] {
  return [
    ...map.placements.map((item) => item.rule.reason),
    ...map.lifeAndContext.map((item) => item.rule.reason),
    ...map.unplaced.map((item) => item.reason),
    ...map.ruledOut.map((item) => item.reason),
    ...map.familyHistory.flatMap((item) => (item.rule === null ? [] : [item.rule.reason])),
  ]
}

/** Every table row as a condition (in each suspected status), a reason code, a linked procedure and a relative's. */
function tableSweep(): TwinMap[] {
  const statuses = ['confirmed', 'provisional', 'differential', 'unconfirmed', 'refuted'] as const
  const conditions = SNOMED_CONDITIONS.flatMap(([code, , , , , term]) =>
    statuses.map((status) =>
      cond(`${code}-${status}`, concept(SYSTEMS.snomed, code, term), { verificationStatus: status }),
    ),
  )
  const icd = [
    ...ICD_OVERRIDES.map(([prefix]) => cond(`o-${prefix}`, concept(SYSTEMS.icd10cm, prefix, prefix))),
    ...ICD_BLOCKS.map(([start]) => cond(`b-${start}`, concept(SYSTEMS.icd10, start, start))),
  ]
  const procedures = conditions
    .slice(0, 200)
    .map((c, index) => proc(`p${String(index)}`, concept(null, null, 'Procedure'), { reasonReferences: [c.id] }))
  const medications = SNOMED_CONDITIONS.map(([code, , , , , term]) =>
    med(`m${code}`, { reasonCodes: [concept(SYSTEMS.snomed, code, term)] }),
  )
  return (['female', 'male', 'unknown'] as const).map((sex) =>
    mapRecord(
      emptyRecord({
        conditions: [...conditions, ...icd],
        procedures: [...procedures, proc('none', concept(null, null, 'Something else'))],
        medications: [...medications, med('none')],
      }),
      { sex },
    ),
  )
}

const MAPS = [...mapFixtures().map(({ map }) => map), ...tableSweep()]

function offending(locale: Locale, texts: readonly string[]): string[] {
  const check = (text: string): readonly string[] =>
    locale === 'en' ? forbiddenPhrasesIn(text) : [...forbiddenPhrasesEsIn(text), ...forbiddenPhrasesIn(text)]
  return texts.flatMap((text) => check(text).map((phrase) => `"${phrase}" in: ${text}`))
}

describe('reason wording (information only)', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`no generated ${locale} reason sentence over all fixtures and every table row uses a forbidden phrase`, () => {
      const sentences = [...new Set(MAPS.flatMap((map) => reasons(map)).map((reason) => reasonText(reason, locale)))]
      expect(sentences.length).toBeGreaterThan(500)
      expect(offending(locale, sentences)).toEqual([])
    })
  }
  it('no note, not-placed or ruled-out sentence uses a forbidden phrase, in either language', () => {
    const fixed = (words: typeof REASON_SENTENCES_EN) => [
      ...NOTE_IDS.map((id) => words.notes[id]),
      ...Object.values(words.unplaced),
      words.ruledOut,
      words.sideNotRecorded,
      ...Object.values(words.suspectedBy),
    ]
    expect(offending('en', fixed(REASON_SENTENCES_EN))).toEqual([])
    expect(offending('es', fixed(REASON_SENTENCES_ES))).toEqual([])
  })
  it('every note id has a sentence in both languages', () => {
    expect(NOTE_IDS.filter((id) => NOTES_EN[id] === '' || NOTES_ES[id] === '')).toEqual([])
  })
  it('no Spanish place label uses a forbidden phrase (the labels stand in the sentences)', () => {
    const labels = [...VOCABULARY.values()].flatMap((entry) => [entry.labels.es.lay, entry.labels.es.clinical])
    expect(offending('es', labels)).toEqual([])
  })
})
