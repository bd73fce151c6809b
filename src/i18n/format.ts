/**
 * Date and value formatting for display. Dates are formatted only here (never in the data layers), exactly at the
 * precision the record gives: '2019' stays "2019", '2019-05' becomes "May 2019".
 */
import type { ClinicalTime, ObservationValue, RecordedDate } from '../timeline/types.ts'
import type { Locale } from './locale.ts'
import { translate } from './translate.ts'

const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
]

const MONTHS_EN = [
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
export function formatRecordedDate(date: RecordedDate, locale: Locale = 'en'): string {
  return formatDate(date, locale)
}

function formatDate(date: RecordedDate, locale: Locale): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(date.value)
  if (!m) return date.value
  const [, year, month, day, hour, minute] = m
  const monthName = month ? (locale === 'es' ? MONTHS_ES : MONTHS_EN)[Number(month) - 1] : undefined
  if (!year) return date.value
  if (month && !monthName) return date.value
  if (!monthName) return year
  if (!day) return locale === 'es' ? `${monthName} de ${year}` : `${monthName} ${year}`
  const dayText = locale === 'es' ? `${Number(day)} de ${monthName} de ${year}` : `${Number(day)} ${monthName} ${year}`
  return hour && minute && date.precision === 'time' ? `${dayText}, ${hour}:${minute}` : dayText
}

/**
 * Formats clinical time as recorded: an instant, a period (open ends stay open), an age, a text, or "date not recorded".
 * @param time - clinical time from the normaliser
 */
export function formatClinicalTime(time: ClinicalTime, locale: Locale = 'en'): string {
  // An impossible date is shown exactly as recorded rather than reinterpreted.
  const show = (d: RecordedDate): string => (time.unusual ? d.value : formatDate(d, locale))
  const mark = (text: string): string => (time.unusual ? translate(locale, 'time.unusual', { date: text }) : text)
  switch (time.kind) {
    case 'instant':
      return time.start ? mark(show(time.start)) : translate(locale, 'time.notRecorded')
    case 'period': {
      const start = time.start ? show(time.start) : null
      const end = time.end ? show(time.end) : null
      if (start && end) return mark(start === end ? start : translate(locale, 'time.range', { start, end }))
      if (start) return mark(translate(locale, 'time.since', { date: start }))
      if (end) return mark(translate(locale, 'time.until', { date: end }))
      return translate(locale, 'time.notRecorded')
    }
    case 'unknown':
      if (time.age) return translate(locale, 'time.age', { value: time.age.value, unit: time.age.unit }).trimEnd()
      if (time.text) return `“${time.text}”`
      return translate(locale, 'time.notRecorded')
  }
}

/**
 * Formats an observation value exactly as received (no rounding, no arithmetic).
 * @param value - a recorded value
 */
export function formatObservationValue(value: ObservationValue | null, locale: Locale = 'en'): string {
  if (value === null) return translate(locale, 'value.none')
  switch (value.type) {
    case 'quantity':
      return `${value.comparator ?? ''}${String(value.value)}${value.unit ? ` ${value.unit}` : ''}`
    case 'concept':
      return value.concept.text ?? value.concept.codes[0]?.code ?? translate(locale, 'value.coded')
    case 'string':
      return value.value
    case 'boolean':
      return translate(locale, value.value ? 'common.yes' : 'common.no')
    case 'integer':
      return String(value.value)
  }
}
