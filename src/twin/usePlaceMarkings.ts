/** The body's markings at the timeline cursor, shared by the 3D body, the body map, the legend and the description. */
import { useMemo } from 'react'
import type { OrganId } from '../anatomy/organIds.ts'
import { organMarkings, type OrganMarking } from './selectors.ts'
import { useTwin } from './TwinContext.tsx'

const NO_MARKINGS: ReadonlyMap<OrganId, OrganMarking> = new Map()

/**
 * One marking per organ at the timeline cursor and filters (organMarkings in selectors.ts: 'removed' wins over
 * 'side-not-recorded'), recomputed only when its inputs change.
 */
export function usePlaceMarkings(): ReadonlyMap<OrganId, OrganMarking> {
  const twin = useTwin((s) => s.twin)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  return useMemo(() => (twin ? organMarkings(twin, cursor, filters) : NO_MARKINGS), [twin, cursor, filters])
}
