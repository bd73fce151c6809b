/**
 * Repeated events grouped for a dense history: one group per code (the event's first coding, else its text when it
 * has no code), with its items newest first and the years it spans. Pure: no React, no store, no clock.
 */
import type { ClinicalEvent } from '../timeline/types.ts'

/** Events of one code (or one text, when uncoded), newest first. */
export interface EventGroup<E extends ClinicalEvent> {
  /** `system|code` of the first coding, else `text:<text>` (trimmed, lower case). */
  readonly key: string
  /** The items, newest first; undated items last, in record order. Never empty. */
  readonly items: readonly E[]
  /** The year of the oldest dated item ('1995'), or null when none is dated. */
  readonly firstYear: string | null
  /** The year of the newest dated item ('2001'), or null when none is dated. */
  readonly lastYear: string | null
}

/** How the groups are listed: most recent group first (history lists), or by the group's text (measurements). */
export type GroupOrder = 'newest-first' | 'by-text'

/**
 * The key an event is grouped by: its first coding's key, else its text (trimmed, lower case).
 * @param event - any normalised event
 */
export function groupKey(event: ClinicalEvent): string {
  return event.concept.codes[0]?.key ?? `text:${event.text.trim().toLowerCase()}`
}

/**
 * The date an event is sorted by: its clinical start, else its end, else its recorded date, as recorded; or null.
 * @param event - any normalised event
 */
export function eventDate(event: ClinicalEvent): string | null {
  return event.time.start?.value ?? event.time.end?.value ?? event.recorded?.value ?? null
}

const yearOf = (date: string | null): string | null => (date !== null && /^\d{4}/.test(date) ? date.slice(0, 4) : null)

/** Newest first; undated after every dated one; equal dates keep their order (Array.prototype.sort is stable). */
function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? 1 : -1
}

/**
 * Groups events by code (or text when uncoded).
 * @param events - the events of one list, in record order
 * @param order - 'newest-first': the group with the most recent item first (undated groups last);
 *   'by-text': by the text of each group's newest item, alphabetically
 */
export function groupEvents<E extends ClinicalEvent>(events: readonly E[], order: GroupOrder): EventGroup<E>[] {
  const byKey = new Map<string, E[]>()
  for (const e of events) {
    const key = groupKey(e)
    const list = byKey.get(key)
    if (list) list.push(e)
    else byKey.set(key, [e])
  }
  const groups = [...byKey.entries()].map(([key, list]): EventGroup<E> => {
    const items = [...list].sort((a, b) => newestFirst(eventDate(a), eventDate(b)))
    const years = items.map((e) => yearOf(eventDate(e))).filter((y): y is string => y !== null)
    return { key, items, firstYear: years.at(-1) ?? null, lastYear: years[0] ?? null }
  })
  const newest = (g: EventGroup<E>): string | null => (g.items[0] ? eventDate(g.items[0]) : null)
  const text = (g: EventGroup<E>): string => g.items[0]?.text ?? ''
  return order === 'newest-first'
    ? groups.sort((a, b) => newestFirst(newest(a), newest(b)))
    : groups.sort((a, b) => text(a).localeCompare(text(b)))
}

/**
 * The years a group spans: '1995–2001', '2001' when all in one year, or null when none is dated.
 * @param group - a group from groupEvents
 */
export function yearSpan(group: EventGroup<ClinicalEvent>): string | null {
  const { firstYear, lastYear } = group
  if (firstYear === null || lastYear === null) return null
  return firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`
}
