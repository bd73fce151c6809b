/**
 * How many items the organ panel lists for each place at the timeline cursor and filters (placeDetails' total),
 * and how many places have each legend status: the counts the body map and the legend show. Pure.
 */
import type { PlaceId } from '../anatomy/types.ts'
import { placeDetails } from './placeDetails.ts'
import type { OrganStatus } from './selectors.ts'
import type { Twin } from './twin.ts'
import type { RecordFilters } from './twinStore.ts'

/**
 * The number of listed items per place, for the given places (those with a status or marking); places with none
 * are left out.
 * @param twin - the record with its mapping
 * @param places - the places to count
 * @param cursor - the timeline cursor (YYYY-MM-DD) or null
 * @param filters - the record filters
 */
export function placeCounts(
  twin: Twin,
  places: Iterable<PlaceId>,
  cursor: string | null,
  filters: RecordFilters,
): ReadonlyMap<PlaceId, number> {
  const out = new Map<PlaceId, number>()
  for (const place of new Set(places)) {
    const { total } = placeDetails(twin, place, cursor, filters)
    if (total > 0) out.set(place, total)
  }
  return out
}

/**
 * The number of places per legend status.
 * @param statuses - one status per place (placeStatuses)
 */
export function statusCounts(statuses: ReadonlyMap<PlaceId, OrganStatus>): ReadonlyMap<OrganStatus, number> {
  const out = new Map<OrganStatus, number>()
  for (const status of statuses.values()) out.set(status, (out.get(status) ?? 0) + 1)
  return out
}
