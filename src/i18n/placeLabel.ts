import type { LabelPair } from '../anatomy/vocabulary.ts'
import { VOCABULARY } from '../anatomy/vocabulary.ts'
import type { PlaceId } from '../anatomy/types.ts'
import type { Locale } from './locale.ts'

/**
 * The label of a place in a locale, from the vocabulary's label pairs.
 * @param id - organ or region id
 * @param register - 'lay' for the patient view, 'clinical' for the clinician view
 * @param locale - the UI locale
 */
export function placeLabel(id: PlaceId, register: keyof LabelPair = 'lay', locale: Locale = 'en'): string {
  const entry = VOCABULARY.get(id)
  return entry === undefined ? id : entry.labels[locale][register]
}
