/**
 * Wording rules for every sentence built from the mapping (src/i18n/reasonText.ts builds them, in each language).
 * Sentences say where a recorded item is shown and which rule put it there; they never judge the person.
 */

/**
 * Phrases no generated sentence may contain (lower-case substrings; docs/reliability.md G1 plus the list).
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
 * Words of a computed judgement or of urgency (docs/reliability.md G1, G11): the app's own wording never calls a
 * value or a person normal, abnormal or healthy, and never says "act now". Checked in the app's own words (the UI
 * catalogues, the generated sentences, the rendered page less the record's and the code tables' quoted text), not in
 * the names of recorded concepts, where "Normal pregnancy" is what the code itself says.
 */
export const JUDGEMENT_PHRASES: readonly string[] = ['normal', 'healthy', 'act now', 'immediately', 'emergency']

/**
 * The forbidden and judgement phrases found in the app's own words (empty when clean).
 * @param text - a UI string or a generated sentence
 */
export function ownWordingPhrasesIn(text: string): readonly string[] {
  const lower = text.toLowerCase()
  return [...FORBIDDEN_PHRASES, ...JUDGEMENT_PHRASES].filter((phrase) => lower.includes(phrase))
}

/**
 * The forbidden phrases found in a text (empty when the text is clean).
 * @param text - a generated sentence
 */
export function forbiddenPhrasesIn(text: string): readonly string[] {
  const lower = text.toLowerCase()
  return FORBIDDEN_PHRASES.filter((phrase) => lower.includes(phrase))
}
