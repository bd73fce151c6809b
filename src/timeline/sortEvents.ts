import type { ClinicalEvent, ClinicalTime } from './types.ts'
import { timeSortKey } from './clinicalTime.ts'
import { compareKeyed } from './compareEvents.ts'

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
  // once per distinct recorded date-time.
  // Indices are sorted against parallel key and id arrays: no wrapper object per event.
  const utcKeys = new Map<string, string | null>()
  const count = events.length
  const keys: (string | null)[] = new Array<string | null>(count)
  const ids: string[] = new Array<string>(count)
  const order: number[] = new Array<number>(count)
  const copy = events.slice()
  for (let i = 0; i < count; i++) {
    const event = copy[i] as ClinicalEvent
    keys[i] = sortKey(event.time, utcKeys)
    ids[i] = event.id
    order[i] = i
  }
  order.sort((a, b) => compareKeyed(keys[a] ?? null, ids[a] ?? '', keys[b] ?? null, ids[b] ?? ''))
  for (let i = 0; i < count; i++) events[i] = copy[order[i] ?? 0] as ClinicalEvent
}
