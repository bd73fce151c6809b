/**
 * Place labels joined into a list that stands in a sentence: "the left lung and the right lung",
 * "el pulmón izquierdo y el pulmón derecho".
 */
import type { PlaceId } from '../anatomy/types.ts'
import type { Locale } from './locale.ts'
import { PLACE_ARTICLES_ES } from './placeArticles.es.ts'
import { placeLabel } from './placeLabel.ts'

function inSentence(place: PlaceId, locale: Locale): string {
  const label = placeLabel(place, 'lay', locale)
  if (locale === 'en') return `the ${label.toLowerCase()}`
  // Spanish keeps the label's own capitals after the first letter ("trompas de Falopio").
  const lower = `${label.charAt(0).toLowerCase()}${label.slice(1)}`
  const article = PLACE_ARTICLES_ES[place]
  return article === null ? lower : `${article} ${lower}`
}

/**
 * Joins the lay labels of places, each with its article, into a list ("a, b and c" / "a, b y c").
 * @param places - the places, in order
 * @param locale - the UI language
 */
export function placeList(places: readonly PlaceId[], locale: Locale): string {
  const labels = places.map((place) => inSentence(place, locale))
  const last = labels[labels.length - 1]
  if (labels.length <= 1) return last ?? (locale === 'en' ? 'no place' : 'ningún lugar')
  return `${labels.slice(0, -1).join(', ')} ${locale === 'en' ? 'and' : 'y'} ${last ?? ''}`
}
