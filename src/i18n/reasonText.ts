/**
 * "Why here?" in words: turns the mapping's reason data (src/anatomy/types.ts Reason) into one plain sentence in
 * the reader's language. Pure: no React, no store. The English output is the sentence the mapping layer used to
 * build, character for character.
 */
import type { Reason, ReasonBasis, ReasonNote, ShownAtReason } from '../anatomy/types.ts'
import type { Locale } from './locale.ts'
import { placeList } from './placeList.ts'
import { REASON_SENTENCES_EN } from './reasonSentences.en.ts'
import { REASON_SENTENCES_ES } from './reasonSentences.es.ts'
import type { ReasonSentences } from './reasonSentences.ts'
import { systemName } from './systemName.ts'

const SENTENCES: Readonly<Record<Locale, ReasonSentences>> = { en: REASON_SENTENCES_EN, es: REASON_SENTENCES_ES }

function basisText(basis: ReasonBasis, locale: Locale): string {
  const words = SENTENCES[locale]
  switch (basis.kind) {
    case 'code':
      return words.code(systemName(basis.system, locale), basis.code, basis.alias)
    case 'procedure-code':
      return words.procedureCode(systemName(basis.system, locale), basis.code)
    case 'body-site':
      return words.bodySite(systemName(basis.system, locale), basis.code)
    case 'keyword':
      return words.keyword(basis.ruleId)
    case 'reason-code':
      return words.reasonCode(basisText(basis.reason, locale))
    case 'reason-link':
      return words.reasonLink[basis.verb][basis.target]
  }
}

function noteText(note: ReasonNote, locale: Locale): string {
  const words = SENTENCES[locale]
  if (note.kind === 'linked') return words.linked(note.conditions, placeList(note.places, locale))
  return note.keys.map((key) => words.notes[key]).join(' ')
}

function shownAtText(reason: ShownAtReason, locale: Locale): string {
  const words = SENTENCES[locale]
  let text = words.shownAt(
    placeList(reason.places, locale),
    basisText(reason.basis, locale),
    noteText(reason.note, locale),
  )
  if (reason.sideNotRecorded) text += ` ${words.sideNotRecorded}`
  if (reason.overruled !== undefined) {
    const { places, basis } = reason.overruled
    text += ` ${words.overruled(placeList(places, locale), basisText(basis, locale))}`
  }
  if (reason.suspected !== null) text += ` ${words.suspected(words.suspectedBy[reason.suspected])}`
  return text
}

/**
 * The reason as one plain, factual sentence (or a few): where a finding is shown and which rule put it there, or
 * why it is not on the body. Never a judgement about the person.
 * @param reason - the reason data of a placement, life-and-context item, family-history item, not-placed or
 *   ruled-out item
 * @param locale - the UI language
 */
export function reasonText(reason: Reason, locale: Locale): string {
  const words = SENTENCES[locale]
  switch (reason.kind) {
    case 'shown-at':
      return shownAtText(reason, locale)
    case 'context':
      return words.context(basisText(reason.basis, locale), words.notes[reason.note])
    case 'family':
      return words.family(placeList(reason.places, locale), basisText(reason.basis, locale), words.notes[reason.note])
    case 'unplaced':
      return words.unplaced[reason.why]
    case 'ruled-out':
      return words.ruledOut
  }
}
