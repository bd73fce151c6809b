/**
 * e2e-only hooks on window.__twinApp (`__E2E__` builds, like src/scene/testHooks.tsx): open a patient the way a
 * launch with `?patient=` does, mid-load included, and count every moment the store showed a record of a patient
 * other than the one asked for last (docs/reliability.md E13, B11; bench/soak.ts). Nothing here changes domain data.
 */
import { useEffect } from 'react'
import type { TwinStore } from '../twin/twinStore.ts'
import type { Controller } from './controller.ts'

/** The hooks' shape (window.__twinApp). */
export interface AppTestApi {
  /** controller.openPatient, not awaited: a second call while the first loads is a switch mid-load. */
  openPatient: (patientId: string) => void
  /** controller.back: closes the record (or the load) and shows the patient list. */
  back: () => void
  /** The store's generation counter, bumped on every load and close. */
  generation: () => number
  /** Times the store was ready with a record whose patient is not the patient asked for (must stay 0). */
  stale: () => number
  /** Times the store became ready with a record. */
  shown: () => number
}

declare global {
  interface Window {
    __twinApp?: AppTestApi
  }
}

/**
 * Installs window.__twinApp in the e2e build while the app is mounted.
 * @param store - the app's store
 * @param controller - the app's controller
 */
export function useAppTestHooks(store: TwinStore, controller: Controller): void {
  useEffect(() => {
    if (!__E2E__) return
    let stale = 0
    let shown = 0
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.status !== 'ready' || state.twin === null || state.twin === previous.twin) return
      shown++
      if (state.twin.record.patient?.id !== state.patientId) stale++
    })
    const api: AppTestApi = {
      openPatient: (patientId) => void controller.openPatient(patientId),
      back: () => {
        controller.back()
      },
      generation: () => store.getState().generation,
      stale: () => stale,
      shown: () => shown,
    }
    window.__twinApp = api
    return () => {
      unsubscribe()
      if (window.__twinApp === api) delete window.__twinApp
    }
  }, [store, controller])
}
