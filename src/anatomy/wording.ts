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
 * The forbidden phrases found in a text (empty when the text is clean).
 * @param text - a generated sentence
 */
export function forbiddenPhrasesIn(text: string): readonly string[] {
  const lower = text.toLowerCase()
  return FORBIDDEN_PHRASES.filter((phrase) => lower.includes(phrase))
}
