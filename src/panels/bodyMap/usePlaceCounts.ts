import { useMemo } from 'react'
import type { OrganId } from '../../anatomy/organIds.ts'
import type { PlaceId } from '../../anatomy/types.ts'
import { placeCounts } from '../../twin/placeCounts.ts'
import type { OrganMarking, OrganStatus } from '../../twin/selectors.ts'
import { useTwin } from '../../twin/TwinContext.tsx'

const NONE: ReadonlyMap<PlaceId, number> = new Map()

/**
 * How many items the organ panel lists for each place that has a status or a marking, at the timeline cursor and
 * filters (placeCounts), recomputed only when its inputs change.
 * @param statuses - usePlaceStatuses
 * @param markings - usePlaceMarkings
 */
export function usePlaceCounts(
  statuses: ReadonlyMap<PlaceId, OrganStatus>,
  markings: ReadonlyMap<OrganId, OrganMarking>,
): ReadonlyMap<PlaceId, number> {
  const twin = useTwin((s) => s.twin)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  return useMemo(
    () => (twin ? placeCounts(twin, [...statuses.keys(), ...markings.keys()], cursor, filters) : NONE),
    [twin, statuses, markings, cursor, filters],
  )
}
