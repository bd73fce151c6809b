import type { PlaceId } from '../anatomy/types.ts'
import type { ConditionEvent } from '../timeline/types.ts'
import { conditionView } from './selectors.ts'
import type { Twin } from './twin.ts'
import type { RecordFilters } from './twinStore.ts'

/** One condition in the print summary, with whether its code itself records a suspicion. */
export interface PrintCondition {
  readonly condition: ConditionEvent
  /** True when the code itself records a suspicion: labelled suspected, never shown beside "Confirmed". */
  readonly suspectedByCode: boolean
}

/** One place in the print summary with the conditions shown there at the cursor and filters. */
export interface PrintRow {
  readonly place: PlaceId
  readonly conditions: readonly PrintCondition[]
}

/**
 * The print summary's findings per place: the patient's own current and past conditions (as the list groups them
 * at the cursor and filters), in the order the mapping placed them.
 * @param twin - the record with its mapping
 * @param cursor - the timeline cursor (YYYY-MM-DD) or null
 * @param filters - the record filters
 */
export function printRows(twin: Twin, cursor: string | null, filters: RecordFilters): PrintRow[] {
  const view = conditionView(twin, cursor, filters)
  const shown = new Map([...view.active, ...view.resolved].map((c) => [c.id, c]))
  const byPlace = new Map<PlaceId, PrintCondition[]>()
  for (const p of twin.map.placements) {
    const condition = shown.get(p.id)
    if (p.findingKind !== 'condition' || condition === undefined) continue
    const row = {
      condition,
      suspectedByCode: p.rule.reason.suspected === 'by-code',
    }
    for (const place of p.places) byPlace.set(place, [...(byPlace.get(place) ?? []), row])
  }
  return [...byPlace.entries()].map(([place, conditions]) => ({ place, conditions }))
}
