/**
 * The Spanish counterparts of src/anatomy/wording.ts FORBIDDEN_PHRASES (information only: nothing diagnoses,
 * predicts or advises), for the wording tests of the Spanish catalogue and the Spanish reason sentences.
 */

/** Lower-case substrings no Spanish UI string or generated sentence may contain. */
export const FORBIDDEN_PHRASES_ES: readonly string[] = [
  'diagnóstic',
  'diagnostic',
  'usted tiene',
  'riesgo',
  'probable',
  'sugiere',
  'indica',
  'predic',
  'pronóstico',
  'recomend',
  'debería',
  'detect',
  'analiz',
  'interpret',
  'puntuación',
  'alerta',
  'urgente',
]

/** The Spanish counterparts of JUDGEMENT_PHRASES (src/anatomy/wording.ts): computed judgements and urgency. */
export const JUDGEMENT_PHRASES_ES: readonly string[] = [
  'normal',
  'saludable',
  'sano',
  'actúe ya',
  'inmediatamente',
  'emergencia',
]

/**
 * The Spanish forbidden and judgement phrases found in the app's own words (empty when clean).
 * @param text - a Spanish UI string or generated sentence
 */
export function ownWordingPhrasesEsIn(text: string): readonly string[] {
  const lower = text.toLowerCase()
  return [...FORBIDDEN_PHRASES_ES, ...JUDGEMENT_PHRASES_ES].filter((phrase) => lower.includes(phrase))
}

/**
 * The Spanish forbidden phrases found in a text (empty when the text is clean).
 * @param text - a Spanish UI string or generated sentence
 */
export function forbiddenPhrasesEsIn(text: string): readonly string[] {
  const lower = text.toLowerCase()
  return FORBIDDEN_PHRASES_ES.filter((phrase) => lower.includes(phrase))
}
