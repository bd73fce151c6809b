import { useEffect } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'

/**
 * Marks the moment the record view is complete, for the benchmark and e2e (a signal, not a sleep): the
 * `twin:record-ready` mark and event, and `data-record-ready` on the root element. Called by the twin screen, inside
 * the lay-name gate (LayNamesGate.tsx), so that it fires once the record view is in the page, not while the gate
 * still holds it back (a record that arrives before the lay-name tables did).
 */
export function useRecordReadySignal(): void {
  const status = useTwin((s) => s.status)
  const generation = useTwin((s) => s.generation)
  useEffect(() => {
    if (status !== 'ready') return
    performance.mark('twin:record-ready')
    document.documentElement.dataset.recordReady = String(generation)
    window.dispatchEvent(new CustomEvent('twin:record-ready'))
  }, [status, generation])
}
