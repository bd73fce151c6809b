import { VOCABULARY } from '../anatomy/vocabulary.ts'
import type { Locale } from '../i18n/locale.ts'
import { displayText } from './displayText.ts'
import type { SearchEntry } from './search.ts'
import type { Twin } from './twin.ts'
import type { ViewMode } from './twinStore.ts'

/**
 * What the search box can find: the places of this body (by every label, in both languages) and the recorded
 * conditions placed on it (by the record's text).
 * @param twin - the record with its mapping, or null before one is loaded
 * @param visiblePlaces - the places this body shows
 * @param mode - patient (lay labels, no semantic tags) or clinician
 * @param locale - the language of the shown label
 */
export function searchEntries(
  twin: Twin | null,
  visiblePlaces: ReadonlySet<string>,
  mode: ViewMode,
  locale: Locale,
): SearchEntry[] {
  const organs: SearchEntry[] = [...VOCABULARY.values()]
    .filter((v) => visiblePlaces.has(v.id))
    .map((v) => ({
      label: v.labels[locale][mode === 'patient' ? 'lay' : 'clinical'],
      aliases: [v.labels.en.lay, v.labels.en.clinical, v.labels.es.lay, v.labels.es.clinical],
      place: v.id,
      kind: 'organ',
    }))
  const conditions: SearchEntry[] = (twin?.map.placements ?? []).flatMap((p) => {
    const place = p.places[0]
    return p.findingKind === 'condition' && place !== undefined
      ? [{ label: displayText(p.text, mode), aliases: [p.text], place, kind: 'condition' as const }]
      : []
  })
  return [...organs, ...conditions]
}
