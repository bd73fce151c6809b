import type { ClinicalEvent, ClinicalTime } from './types.ts'
import { timeSortKey } from './clinicalTime.ts'
import { compareKeyed } from './compareEvents.ts'

interface Keyed {
  readonly event: ClinicalEvent
  readonly key: string | null
}

function byKey(a: Keyed, b: Keyed): number {
  return compareKeyed(a.key, a.event.id, b.key, b.event.id)
}

/** The sort key of a time, the UTC conversion looked up in `utcKeys` (events of one encounter share their times). */
function sortKey(time: ClinicalTime, utcKeys: Map<string, string | null>): string | null {
  const date = time.start ?? time.end
  if (date === null || date.precision !== 'time' || time.unusual) return timeSortKey(time)
  let key = utcKeys.get(date.value)
  if (key === undefined) {
    key = timeSortKey(time)
    utcKeys.set(date.value, key)
  }
  return key
}

/**
 * Sorts events in place into the documented order (compareEvents).
 * @param events - the record's events
 */
export function sortEvents(events: ClinicalEvent[]): void {
  // Sort keys once per event (Date.parse per comparison dominated the normaliser's time), and the UTC conversion
  // once per distinct recorded date-time. Module-level helpers: no closures built per call.
  const utcKeys = new Map<string, string | null>()
  const keyed: Keyed[] = []
  for (const event of events) keyed.push({ event, key: sortKey(event.time, utcKeys) })
  keyed.sort(byKey)
  let i = 0
  for (const k of keyed) events[i++] = k.event
}
