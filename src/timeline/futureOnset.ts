/**
 * C23: an onset recorded after the "information as of" instant is shown as recorded and marked as an unusual date,
 * like an impossible calendar date. Pure: the instant comes from the caller; the clock is never read.
 */
import type { ClinicalEvent, ClinicalTime } from './types.ts'
import { timeSortKey } from './clinicalTime.ts'
import { NOTES } from './notes.ts'
import { utcKey } from './utcKey.ts'

/**
 * The "as of" instant as a UTC ISO string (or as given when it does not parse).
 * @param asOf - the instant the record was read
 */
function asOfKey(asOf: string): string {
  // The app passes one instant for a whole session: converted once (utcKey: Date.parse + toISOString by arithmetic).
  if (asOf !== lastAsOf.asOf) lastAsOf = { asOf, key: utcKey(asOf) ?? asOf }
  return lastAsOf.key
}

let lastAsOf: { readonly asOf: string | null; readonly key: string } = { asOf: null, key: '' }

/**
 * True when the time starts after the instant, at the time's own precision: a year or month that contains the
 * instant is not after it.
 * @param time - a clinical time
 * @param instant - the UTC ISO instant
 */
export function startsAfter(time: ClinicalTime, instant: string): boolean {
  const key = timeSortKey(time)
  if (key === null) return false
  return key > instant.slice(0, key.length)
}

/**
 * Marks conditions whose onset lies after `asOf` as unusual dates (with the unusual-date note). Returns a new array;
 * the events given are not changed.
 * @param events - the record's events
 * @param asOf - the instant the record was read
 */
export function markFutureOnsets(events: readonly ClinicalEvent[], asOf: string): ClinicalEvent[] {
  const instant = asOfKey(asOf)
  return events.map((event) => {
    if (event.kind !== 'condition' || event.time.unusual || !startsAfter(event.time, instant)) return event
    const notes = event.notes.includes(NOTES.unusualDate) ? event.notes : [...event.notes, NOTES.unusualDate]
    return { ...event, time: { ...event.time, unusual: true }, notes }
  })
}
