/**
 * Clinical time: reads `onset[x]`, `abatement[x]`, `performed[x]`, `effective[x]` and `occurrence[x]` exactly as
 * recorded. Dates stay strings with their recorded precision; invalid calendar dates are kept and flagged `unusual`
 * (C23), never turned into NaN or "Invalid Date". meta.lastUpdated is never a fallback (STYLE.md §2 "Clinical time").
 */
import type { ClinicalTime, Precision, RecordedAge, RecordedDate, TimeSource } from './types.ts'
import { asBoolean, asNumber, asString, field, isPresent, objectField, stringField, type JsonObject } from './read.ts'
import { utcKey } from './utcKey.ts'

/** The element-name prefixes that carry a `[x]` clinical time. */
export type TimePrefix = 'onset' | 'abatement' | 'performed' | 'effective' | 'occurrence'

/** A clinical time with nothing recorded. */
export const UNKNOWN_TIME: ClinicalTime = Object.freeze({
  kind: 'unknown',
  precision: null,
  start: null,
  end: null,
  source: null,
  text: null,
  age: null,
  unusual: false,
})

/** What a recorded date string says about itself. */
export interface ParsedDate {
  /** The recorded date, or null when the string has no recognisable date shape at all. */
  readonly date: RecordedDate | null
  /** True when the string is not a valid FHIR date/dateTime/instant (bad calendar date, no timezone, no shape). */
  readonly unusual: boolean
}

// YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss[.fff]][Z|+hh:mm]. A constant pattern, never built from data.
const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/

/** The parses of recorded date strings seen so far (bounded: cleared when full). */
const PARSED_DATES = new Map<string, ParsedDate | null>()
const PARSED_DATES_MAX = 20_000
const NO_DATE_SHAPE: ParsedDate = Object.freeze({ date: null, unusual: true })

const PRECISION_RANK: Readonly<Record<Precision, number>> = { year: 0, month: 1, day: 2, time: 3 }

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function timeIsValid(hour: string, minute: string, second: string | undefined, zone: string | undefined): boolean {
  // FHIR dateTime requires seconds and a timezone whenever a time is given.
  if (second === undefined || zone === undefined) return false
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return false
  if (zone === 'Z') return true
  const zoneHour = Number(zone.slice(1, 3))
  const zoneMinute = Number(zone.slice(4, 6))
  return zoneMinute <= 59 && (zoneHour < 14 || (zoneHour === 14 && zoneMinute === 0))
}

/**
 * Parses a recorded date string without interpreting it: precision comes from the string's shape and the value is
 * kept verbatim (trimmed). Calendar checks are integer arithmetic only; the clock is never read.
 * @param value - the recorded value (any JSON value; non-strings and blank strings read as absent)
 */
export function parseRecordedDate(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null
  // Events of one encounter share their recorded date-times: parse each distinct string once (the result is frozen
  // and shared, so no caller can change another's date).
  const known = PARSED_DATES.get(value)
  if (known !== undefined) return known
  const parsed = parseUncached(value)
  if (PARSED_DATES.size >= PARSED_DATES_MAX) PARSED_DATES.clear()
  PARSED_DATES.set(value, parsed)
  return parsed
}

function parseUncached(value: string): ParsedDate | null {
  const text = asString(value)
  if (text === null) return null
  const match = DATE_SHAPE.exec(text)
  if (match === null) return NO_DATE_SHAPE
  const [, year, month, day, hour, minute, second, zone] = match
  let precision: Precision = 'year'
  let valid = Number(year) > 0
  if (month !== undefined) {
    precision = 'month'
    valid &&= Number(month) >= 1 && Number(month) <= 12
  }
  if (day !== undefined && month !== undefined) {
    precision = 'day'
    valid &&= Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month))
  }
  if (hour !== undefined && minute !== undefined) {
    precision = 'time'
    valid &&= timeIsValid(hour, minute, second, zone)
  }
  return Object.freeze({ date: Object.freeze({ value: text, precision }), unusual: !valid })
}

function moreOrEquallyPrecise(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b
}

/**
 * A single recorded date (dateTime, instant, authoredOn, ...) as an instant; unknown when blank.
 * A string with no date shape at all is kept in `text` with `unusual: true`.
 * @param value - the recorded value
 * @param source - the FHIR element it was read from
 */
export function instantTime(value: unknown, source: TimeSource): ClinicalTime {
  const parsed = parseRecordedDate(value)
  if (parsed === null) return UNKNOWN_TIME
  if (parsed.date === null) return { ...UNKNOWN_TIME, source, text: asString(value), unusual: true }
  // Events of one encounter share their date-time: one frozen time per parsed date and element, shared.
  let bySource = INSTANT_TIMES.get(parsed)
  if (bySource === undefined) {
    if (INSTANT_TIMES.size >= PARSED_DATES_MAX) INSTANT_TIMES.clear()
    bySource = new Map()
    INSTANT_TIMES.set(parsed, bySource)
  }
  let time = bySource.get(source)
  if (time === undefined) {
    time = Object.freeze({
      kind: 'instant',
      precision: parsed.date.precision,
      start: parsed.date,
      end: parsed.date,
      source,
      text: null,
      age: null,
      unusual: parsed.unusual,
    })
    bySource.set(source, time)
  }
  return time
}

const INSTANT_TIMES = new Map<ParsedDate, Map<TimeSource, ClinicalTime>>()

/**
 * A FHIR Period (start and/or end) as a period; unknown when neither bound is recorded.
 * @param value - the recorded Period object
 * @param source - the FHIR element it was read from
 */
export function periodTime(value: unknown, source: TimeSource): ClinicalTime {
  const period = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null
  const start = parseRecordedDate(field(period, 'start'))
  const end = parseRecordedDate(field(period, 'end'))
  if (start === null && end === null) return UNKNOWN_TIME
  const startDate = start?.date ?? null
  const endDate = end?.date ?? null
  const unusual = (start?.unusual ?? false) || (end?.unusual ?? false)
  if (startDate === null && endDate === null) {
    // Only shapeless strings were recorded: keep them as text, flagged.
    const text = [stringField(period, 'start'), stringField(period, 'end')].filter((s) => s !== null).join(' to ')
    return { ...UNKNOWN_TIME, source, text, unusual }
  }
  let precision: Precision | null = null
  for (const date of [startDate, endDate]) {
    if (date !== null) precision = precision === null ? date.precision : moreOrEquallyPrecise(precision, date.precision)
  }
  return { kind: 'period', precision, start: startDate, end: endDate, source, text: null, age: null, unusual }
}

function readAge(value: unknown): RecordedAge | null {
  const quantity = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null
  const amount = asNumber(field(quantity, 'value'))
  if (amount === null) return null
  // Age.unit is the human unit ("years"); fall back to the UCUM code ("a") when only that was recorded.
  return { value: amount, unit: stringField(quantity, 'unit') ?? stringField(quantity, 'code') ?? '' }
}

// The `[x]` element names per prefix, built once (not per call). Names a prefix never uses (occurrencePeriod,
// effectiveString, ...) are listed but never read, because the checks below skip them.
const FIELD_NAMES: Readonly<
  Record<
    TimePrefix,
    {
      readonly dateTime: TimeSource
      readonly period: TimeSource
      readonly age: TimeSource
      readonly range: TimeSource
      readonly string: TimeSource
    }
  >
> = Object.freeze({
  onset: names('onset'),
  abatement: names('abatement'),
  performed: names('performed'),
  effective: names('effective'),
  occurrence: names('occurrence'),
})

function names(prefix: TimePrefix) {
  return {
    dateTime: `${prefix}DateTime` as TimeSource,
    period: `${prefix}Period` as TimeSource,
    age: `${prefix}Age` as TimeSource,
    range: `${prefix}Range` as TimeSource,
    string: `${prefix}String` as TimeSource,
  }
}

/**
 * Reads the clinical time recorded under `${prefix}[x]`. When several variants are present (invalid FHIR, but the
 * input is untrusted) the first in this order wins: DateTime, Instant, Period, Age, Range, String, Boolean.
 * Age and Range are never converted to dates (no birth-date arithmetic); they are kept in `age`.
 * `abatementBoolean: true` (STU3) gives an unknown time with source 'abatementBoolean'; `false` means "not abated"
 * and reads as nothing recorded.
 * @param resource - the resource (or FamilyMemberHistory.condition element) to read
 * @param prefix - which `[x]` element to read
 */
export function clinicalTime(resource: JsonObject | null, prefix: TimePrefix): ClinicalTime {
  const names = FIELD_NAMES[prefix]
  if (isPresent(resource, names.dateTime)) {
    return instantTime(field(resource, names.dateTime), names.dateTime)
  }
  if (prefix === 'effective' && isPresent(resource, 'effectiveInstant')) {
    return instantTime(field(resource, 'effectiveInstant'), 'effectiveInstant')
  }
  if (isPresent(resource, names.period) && prefix !== 'occurrence') {
    return periodTime(field(resource, names.period), names.period)
  }
  if ((prefix === 'onset' || prefix === 'abatement') && isPresent(resource, names.age)) {
    const age = readAge(field(resource, names.age))
    if (age !== null) return { ...UNKNOWN_TIME, source: names.age, age }
  }
  if ((prefix === 'onset' || prefix === 'abatement') && isPresent(resource, names.range)) {
    const range = objectField(resource, names.range)
    // An onset Range is an age range in R4; only its low end is kept, as recorded.
    return { ...UNKNOWN_TIME, source: names.range, age: readAge(field(range, 'low')) }
  }
  if (prefix !== 'effective' && isPresent(resource, names.string)) {
    return { ...UNKNOWN_TIME, source: names.string, text: stringField(resource, names.string) }
  }
  if (prefix === 'abatement' && asBoolean(field(resource, 'abatementBoolean')) === true) {
    return { ...UNKNOWN_TIME, source: 'abatementBoolean' }
  }
  return UNKNOWN_TIME
}

/**
 * A sort key for ordering events by clinical start: the start (else the end) as recorded. Full date-times with a
 * valid offset are converted to UTC so that different offsets order correctly; partial dates keep their text, which
 * sorts a partial date before more precise dates in the same year or month. Null when no date is recorded.
 * @param time - the clinical time
 */
export function timeSortKey(time: ClinicalTime): string | null {
  const date = time.start ?? time.end
  if (date === null) return null
  if (date.precision === 'time' && !time.unusual) return utcKey(date.value) ?? date.value
  return date.value
}
