/**
 * "The body as of a date": whether a recorded event had begun, was current or had ended at a timeline cursor.
 * Pure and deterministic: the cursor is passed in (YYYY-MM-DD), never read from the clock.
 *
 * Rules (documented, shown in the UI legend):
 * - A partial date counts from its earliest day: onset "2019" has begun on 2019-01-01, "2019-05" on 2019-05-01.
 * - A condition is "not yet" before its onset, "current" from its onset, and "past" from its abatement date.
 * - A condition recorded as resolved/inactive/remission without an abatement date is "past" only at the record's own
 *   time (cursor null); at an earlier cursor it is "current" after onset, with "end date not recorded" in the panel.
 * - Events without any usable date are "undated": always listed, never hidden by the cursor.
 * - Procedures, medications and other one-off events are "not yet" before their date and "past" from it.
 */
import type { ClinicalEvent, ClinicalTime, ConditionEvent, RecordedDate } from './types.ts'
import { isEndedClinicalStatus } from './statusRules.ts'

export type TimeState = 'not-yet' | 'current' | 'past' | 'undated'

/**
 * The earliest calendar day (YYYY-MM-DD) a recorded date can mean, or null when it has no date shape.
 * @param date - a recorded date
 */
export function earliestDay(date: RecordedDate): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.value)
  if (!m?.[1]) return null
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
}

function startDay(time: ClinicalTime): string | null {
  const date = time.start ?? (time.kind === 'instant' ? null : time.end)
  return date ? earliestDay(date) : null
}

function endDay(time: ClinicalTime): string | null {
  if (time.kind === 'instant') return time.start ? earliestDay(time.start) : null
  if (time.kind === 'period') {
    const date = time.end ?? time.start
    return date ? earliestDay(date) : null
  }
  return null
}

/**
 * State of a condition at the cursor (null = as of the record).
 * @param condition - a normalised condition
 * @param cursor - YYYY-MM-DD, or null for the record's own time
 */
export function conditionStateAt(condition: ConditionEvent, cursor: string | null): TimeState {
  const onset = startDay(condition.time)
  const abated = endDay(condition.abatement)
  const endedByStatus = isEndedClinicalStatus(condition.clinicalStatus)
  if (cursor === null) {
    if (abated !== null || endedByStatus) return onset === null && abated === null ? 'undated' : 'past'
    return onset === null ? 'undated' : 'current'
  }
  if (onset === null) return abated !== null && abated <= cursor ? 'past' : 'undated'
  if (cursor < onset) return 'not-yet'
  if (abated !== null && abated <= cursor) return 'past'
  return 'current'
}

/**
 * State of any event at the cursor: conditions by onset/abatement, everything else by its date.
 * @param event - a normalised event
 * @param cursor - YYYY-MM-DD, or null for the record's own time
 */
export function eventStateAt(event: ClinicalEvent, cursor: string | null): TimeState {
  if (event.kind === 'condition') return conditionStateAt(event, cursor)
  const day = startDay(event.time)
  if (day === null) return 'undated'
  if (cursor === null) return 'past'
  return cursor < day ? 'not-yet' : 'past'
}
