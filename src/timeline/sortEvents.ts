import type { ClinicalEvent, ClinicalTime } from './types.ts'
import { timeSortKey } from './clinicalTime.ts'
import { compareKeyed } from './compareEvents.ts'

/**
 * Sorts events in place into the documented order (compareEvents).
 * @param events - the record's events
 */
export function sortEvents(events: ClinicalEvent[]): void {
  // Sort keys once per event (Date.parse per comparison dominated the normaliser's time), and the UTC conversion
  // once per distinct recorded date-time: events of one encounter share their times.
  const utcKeys = new Map<string, string | null>()
  const sortKey = (time: ClinicalTime): string | null => {
    const date = time.start ?? time.end
    if (date === null || date.precision !== 'time' || time.unusual) return timeSortKey(time)
    let key = utcKeys.get(date.value)
    if (key === undefined) {
      key = timeSortKey(time)
      utcKeys.set(date.value, key)
    }
    return key
  }
  const keyed = events.map((event) => ({ event, key: sortKey(event.time) }))
  keyed.sort((a, b) => compareKeyed(a.key, a.event.id, b.key, b.event.id))
  events.length = 0
  for (const k of keyed) events.push(k.event)
}
