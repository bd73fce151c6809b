import { useContext } from 'react'
import { TwinContext } from '../twin/TwinContext.tsx'
import type { TwinStore } from '../twin/twinStore.ts'

/** The raw store, for event handlers and subscriptions that must not re-render (r3f pitfalls: read, don't bind). */
export function useTwinStore(): TwinStore {
  const store = useContext(TwinContext)
  if (store === null) throw new Error('useTwinStore must be used inside a TwinContext provider')
  return store
}
