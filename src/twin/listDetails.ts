import type { ContextItem, FamilyHistoryItem, RuledOutItem, UnplacedItem } from '../anatomy/types.ts'
import type { ListedRow } from './placeDetails.ts'
import { isShownAt } from './selectors.ts'
import { sourceRow } from './sourceRow.ts'
import type { Twin } from './twin.ts'

/** The lists that are not on the body. */
export type OffBodyList = 'life' | 'family' | 'unplaced'

/** The rows of one off-body list. */
export type ListDetails =
  | { readonly list: 'life'; readonly items: readonly ListedRow<ContextItem>[] }
  | { readonly list: 'family'; readonly items: readonly ListedRow<FamilyHistoryItem>[] }
  | {
      readonly list: 'unplaced'
      readonly items: readonly ListedRow<UnplacedItem>[]
      /** Refuted conditions: listed, labelled "ruled out", never shown as present. */
      readonly ruledOut: readonly ListedRow<RuledOutItem>[]
    }

/**
 * The rows of an off-body list: life and context (shown at the cursor), family history, or not placed with the
 * ruled-out conditions (always listed: nothing is dropped).
 * @param twin - the record with its mapping and lookups
 * @param list - which list
 * @param cursor - the timeline cursor (YYYY-MM-DD) or null
 */
export function listDetails(twin: Twin, list: OffBodyList, cursor: string | null): ListDetails {
  const { map, eventsById } = twin
  switch (list) {
    case 'life': {
      const shown = map.lifeAndContext.filter((i) => {
        const e = eventsById.get(i.id)
        return !e || isShownAt(e, cursor)
      })
      const items = shown.map((i) => ({ item: i, source: sourceRow(twin, i.source, eventsById.get(i.id), i.rule) }))
      return { list, items }
    }
    case 'family':
      return {
        list,
        items: map.familyHistory.map((i) => ({ item: i, source: sourceRow(twin, i.source, undefined, i.rule) })),
      }
    case 'unplaced':
      return {
        list,
        items: map.unplaced.map((i) => ({ item: i, source: sourceRow(twin, i.source, eventsById.get(i.id), null) })),
        ruledOut: map.ruledOut.map((i) => ({ item: i, source: sourceRow(twin, i.source, eventsById.get(i.id), null) })),
      }
  }
}
