import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { TwinActions, TwinState, TwinStore } from './twinStore.ts'

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
