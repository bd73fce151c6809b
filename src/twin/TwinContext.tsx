import { createContext, useContext, useMemo } from 'react'
import { useStore } from 'zustand'
import type { TwinActions, TwinState, TwinStore } from './twinStore.ts'
import { placeStatuses, type OrganStatus } from './selectors.ts'
import type { PlaceId } from '../anatomy/types.ts'

/** The store of the mounted app; provided by src/app. */
export const TwinContext = createContext<TwinStore | null>(null)

/**
 * Reads a slice of the twin store; select primitives or stable references (zustand v5).
 * @param selector - picks what the component needs
 */
export function useTwin<T>(selector: (state: TwinState & TwinActions) => T): T {
  const store = useContext(TwinContext)
  if (store === null) throw new Error('useTwin must be used inside a TwinContext provider')
  return useStore(store, selector)
}

const NO_STATUSES: ReadonlyMap<PlaceId, OrganStatus> = new Map()

/**
 * One legend status per place at the timeline cursor and filters: the same answer for the 3D body, the body map and
 * the legend (placeStatuses in selectors.ts), recomputed only when its inputs change.
 */
export function usePlaceStatuses(): ReadonlyMap<PlaceId, OrganStatus> {
  const twin = useTwin((s) => s.twin)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  return useMemo(() => (twin ? placeStatuses(twin, cursor, filters) : NO_STATUSES), [twin, cursor, filters])
}
