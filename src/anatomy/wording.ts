/**
 * Wording rules for every sentence the mapping layer generates, and the sentence builders themselves.
 * Sentences say where a recorded item is shown and which rule put it there; they never judge the person.
 */
import type { PlaceId } from './types.ts'
import { VOCABULARY } from './vocabulary.ts'

/**
 * Phrases no generated sentence may contain (lower-case substrings; RELIABILITY.md G1 plus the list).
 * The UI's string lint reuses this list; quoted record text is exempt there, as here.
 */
export const FORBIDDEN_PHRASES: readonly string[] = [
  'diagnos',
  'you have',
  'risk of',
  'at risk',
  'likely',
  'probably',
  'suggests',
  'indicates',
  'predict',
  'recommend',
  'you should',
  'detect',
  'analy',
  'interpret',
  'score',
  'alert',
  'urgent',
]

/**
 * The forbidden phrases found in a text (empty when the text is clean).
 * @param text - a generated sentence
 */
export function forbiddenPhrasesIn(text: string): readonly string[] {
  const lower = text.toLowerCase()
  return FORBIDDEN_PHRASES.filter((phrase) => lower.includes(phrase))
}

/**
 * Joins place labels into a readable list: "the left lung and the right lung".
 * @param places - the places, in order
 */
export function placeList(places: readonly PlaceId[]): string {
  const labels = places.map((place) => `the ${(VOCABULARY.get(place)?.labels.en.lay ?? place).toLowerCase()}`)
  if (labels.length <= 1) return labels[0] ?? 'no place'
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`
}

/**
 * "Shown at the pancreas because ...": the reason sentence for a placement.
 * @param places - primary places
 * @param basis - what matched ("the record codes it SNOMED CT 44054006")
 * @param note - the table row's reviewed note
 */
export function shownAtSentence(places: readonly PlaceId[], basis: string, note: string): string {
  return `Shown at ${placeList(places)} because ${basis}. ${note}`
}

/**
 * Names a code system for people: "SNOMED CT", "ICD-10-CM", else the system URI.
 * @param system - canonical system URI
 */
export function systemName(system: string): string {
  if (system === 'http://snomed.info/sct') return 'SNOMED CT'
  if (system === 'http://hl7.org/fhir/sid/icd-10-cm') return 'ICD-10-CM'
  if (system === 'http://hl7.org/fhir/sid/icd-10') return 'ICD-10'
  if (system === 'http://loinc.org') return 'LOINC'
  return system === '' ? 'an unnamed code system' : system
}
