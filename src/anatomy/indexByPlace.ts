/** Place -> item ids, for the byOrgan, secondaryByOrgan and familyByOrgan indexes of the twin map. */
import type { PlaceId } from './types.ts'

/**
 * Indexes items by each of their places (ids in item order, each id once per place).
 * @param items - items with an id and places
 */
export function indexByPlace(
  items: readonly { readonly id: string; readonly places: readonly PlaceId[] }[],
): Partial<Record<PlaceId, string[]>> {
  const map: Partial<Record<PlaceId, string[]>> = {}
  // Seen ids per place: a Set, so a place with hundreds of findings is not scanned once per finding.
  const seen = new Map<PlaceId, Set<string>>()
  for (const item of items) {
    for (const place of item.places) {
      let ids = seen.get(place)
      if (ids === undefined) {
        ids = new Set()
        seen.set(place, ids)
      }
      if (ids.has(item.id)) continue
      ids.add(item.id)
      const list = map[place]
      if (list === undefined) map[place] = [item.id]
      else list.push(item.id)
    }
  }
  return map
}
