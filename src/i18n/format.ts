/**
 * Date and value formatting for display. Dates are formatted only here (never in the data layers), exactly at the
 * precision the record gives: '2019' stays "2019", '2019-05' becomes "May 2019".
 */
import type { ClinicalTime, Concept, ObservationValue, RecordedDate, ReferenceRange } from '../timeline/types.ts'
import type { Locale } from './locale.ts'
import { translate } from './translate.ts'
import { displayDecimals, formatNumber, formatQuantity, numberAsReceived, unitLabel } from './units.ts'

const LOINC = 'http://loinc.org'

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
 * Formats an observation value as a person reads it: numbers rounded for display (src/i18n/units.ts: body
 * temperature 1 decimal, blood pressure whole numbers, lab values 3 significant digits, never more than 2 decimals),
 * units in known symbols, numbers in the language's format; coded and text values as recorded.
 * @param value - a recorded value
 * @param locale - the UI language
 * @param concept - the measurement's code (its LOINC codes choose the precision), if known
 * @param asReceived - numbers exactly as received (C30; the clinician view), not rounded for reading
 */
export function formatObservationValue(
  value: ObservationValue | null,
  locale: Locale = 'en',
  concept: Concept | null = null,
  asReceived = false,
): string {
  if (value === null) return translate(locale, 'value.none')
  switch (value.type) {
    case 'quantity':
      return formatQuantity(value, locale, loincCodes(concept), asReceived)
    case 'concept':
      return value.concept.text ?? value.concept.codes[0]?.code ?? translate(locale, 'value.coded')
    case 'string':
      return value.value
    case 'boolean':
      return translate(locale, value.value ? 'common.yes' : 'common.no')
    case 'integer':
      return asReceived ? numberAsReceived(value.value, locale) : formatNumber(value.value, 0, locale)
  }
}

/**
 * The LOINC codes of a concept (they choose a measurement's display precision).
 * @param concept - a measurement's code, or null
 */
export function loincCodes(concept: Concept | null): string[] {
  return (concept?.codes ?? []).filter((c) => c.key.startsWith(`${LOINC}|`)).map((c) => c.code)
}

/**
 * A recorded reference range in the record's own words, or its bounds rounded like the value ("3.5–5.1 mmol/L").
 * @param range - the record's reference range
 * @param locale - the UI language
 * @param loinc - the measurement's LOINC codes, if any
 */
export function formatReferenceRange(
  range: ReferenceRange,
  locale: Locale = 'en',
  loinc: readonly string[] = [],
): string {
  if (range.text) return range.text
  const unit = range.low?.unit ?? range.high?.unit ?? null
  const bound = (b: ReferenceRange['low']): string =>
    b ? formatNumber(b.value, displayDecimals({ value: b.value, unit }, loinc), locale) : ''
  const symbol = unit === null ? '' : unitLabel({ unit, code: null }, locale)
  const low = bound(range.low)
  const high = bound(range.high)
  const bounds = low && high ? `${low}–${high}` : low ? `≥${low}` : high ? `≤${high}` : ''
  return bounds + (symbol ? ` ${symbol}` : '')
}
