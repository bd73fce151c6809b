/**
 * The record's ordering: events by clinical start (unknown last, then id), hidden items by reference. Text compares
 * in code-unit order, never locale order, so the order is identical on every machine.
 */
import type { ClinicalEvent, HiddenItem } from './types.ts'
import { timeSortKey } from './clinicalTime.ts'

/**
 * Compares two strings in code-unit order.
 * @param a - one string
 * @param b - the other string
 */
export function compareText(a: string, b: string): number {
  // Code-unit order, not locale order: identical on every machine.
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The documented event order: clinical start (else end) ascending, events without a recorded date last, ties broken
 * by event id. Full date-times compare as UTC instants; partial dates compare as recorded text (see timeSortKey).
 * @param a - one event
 * @param b - the other event
 */
export function compareEvents(a: ClinicalEvent, b: ClinicalEvent): number {
  return compareKeyed(timeSortKey(a.time), a.id, timeSortKey(b.time), b.id)
}

/**
 * compareEvents on precomputed sort keys (null: no recorded date, sorted last), ties broken by id.
 * @param ka - the first event's sort key
 * @param ida - the first event's id
 * @param kb - the second event's sort key
 * @param idb - the second event's id
 */
export function compareKeyed(ka: string | null, ida: string, kb: string | null, idb: string): number {
  if (ka !== kb) {
    if (ka === null) return 1
    if (kb === null) return -1
    const byTime = compareText(ka, kb)
    if (byTime !== 0) return byTime
  }
  return compareText(ida, idb)
}

/**
 * The hidden list's order: by reference, then reason, then detail.
 * @param a - one hidden item
 * @param b - the other hidden item
 */
export function compareHidden(a: HiddenItem, b: HiddenItem): number {
  return compareText(a.reference, b.reference) || compareText(a.reason, b.reason) || compareText(a.detail, b.detail)
}
