import { earliestDay } from '../timeline/timeState.ts'
import type { NormalisedRecord } from '../timeline/types.ts'

/**
 * The timeline's span: from birth (or the first dated event) to death or the record's "as of" date.
 * @param record - the normalised record
 */
export function timelineSpan(record: NormalisedRecord): { start: string; end: string } {
  const end =
    record.patient?.deceased && record.patient.deceased !== true
      ? (earliestDay(record.patient.deceased) ?? record.asOf.slice(0, 10))
      : record.asOf.slice(0, 10)
  const birth = record.patient?.birthDate ? earliestDay(record.patient.birthDate) : null
  let start = birth
  if (start === null) {
    for (const e of [...record.conditions, ...record.encounters]) {
      const d = e.time.start ? earliestDay(e.time.start) : null
      if (d !== null && (start === null || d < start)) start = d
    }
  }
  return { start: start ?? end, end }
}
