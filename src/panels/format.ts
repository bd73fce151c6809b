/**
 * Date and value formatting for display. Dates are formatted only here (never in the data layers), exactly at the
 * precision the record gives: '2019' stays "2019", '2019-05' becomes "May 2019".
 */
import type { ClinicalTime, ObservationValue, RecordedDate } from '../timeline/types.ts'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * Formats a recorded date at its own precision; unusual dates are shown as recorded.
 * @param date - a recorded date
 */
export function formatRecordedDate(date: RecordedDate): string {
  return formatDate(date)
}

function formatDate(date: RecordedDate): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(date.value)
  if (!m) return date.value
  const [, year, month, day, hour, minute] = m
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (!year) return date.value
  if (month && !monthName) return date.value
  if (!monthName) return year
  if (!day) return `${monthName} ${year}`
  const dayText = `${Number(day)} ${monthName} ${year}`
  return hour && minute && date.precision === 'time' ? `${dayText}, ${hour}:${minute}` : dayText
}

/**
 * Formats clinical time as recorded: an instant, a period (open ends stay open), an age, a text, or "date not recorded".
 * @param time - clinical time from the normaliser
 */
export function formatClinicalTime(time: ClinicalTime): string {
  const unusual = time.unusual ? ' (unusual date)' : ''
  // An impossible date is shown exactly as recorded rather than reinterpreted.
  const formatRecordedDate = time.unusual ? (d: RecordedDate): string => d.value : formatDate
  switch (time.kind) {
    case 'instant':
      return time.start ? `${formatRecordedDate(time.start)}${unusual}` : 'Date not recorded'
    case 'period': {
      const start = time.start ? formatRecordedDate(time.start) : null
      const end = time.end ? formatRecordedDate(time.end) : null
      if (start && end) return start === end ? `${start}${unusual}` : `${start} to ${end}${unusual}`
      if (start) return `Since ${start}${unusual}`
      if (end) return `Until ${end}${unusual}`
      return 'Date not recorded'
    }
    case 'unknown':
      if (time.age) return `At age ${time.age.value} ${time.age.unit}`.trimEnd()
      if (time.text) return `“${time.text}”`
      return 'Date not recorded'
  }
}

/**
 * Formats an observation value exactly as received (no rounding, no arithmetic).
 * @param value - a recorded value
 */
export function formatObservationValue(value: ObservationValue | null): string {
  if (value === null) return 'No value recorded'
  switch (value.type) {
    case 'quantity':
      return `${value.comparator ?? ''}${String(value.value)}${value.unit ? ` ${value.unit}` : ''}`
    case 'concept':
      return value.concept.text ?? value.concept.codes[0]?.code ?? 'Coded value'
    case 'string':
      return value.value
    case 'boolean':
      return value.value ? 'Yes' : 'No'
    case 'integer':
      return String(value.value)
  }
}
