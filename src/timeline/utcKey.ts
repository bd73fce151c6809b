/**
 * A FHIR date-time as the UTC ISO string `new Date(Date.parse(value)).toISOString()` gives, by integer arithmetic:
 * the Date round trip cost several microseconds per event (toISOString most of it). Anything outside the plain
 * shape `YYYY-MM-DDThh:mm:ss[.f+](Z|+hh:mm)` with in-range fields (years 100-9999) goes through Date.
 */

const DAY_MS = 86_400_000

/** The number at value[from, from+count) when every character is a digit, else -1. */
function digits(value: string, from: number, count: number): number {
  let out = 0
  for (let i = from; i < from + count; i++) {
    const c = value.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    out = out * 10 + c
  }
  return out
}

function monthDays(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Where the zone starts: after the seconds and any fraction; -1 when a '.' has no digits. */
function zoneStart(value: string): number {
  if (value.charCodeAt(19) !== 46 /* . */) return 19
  let end = 20
  while (end < value.length && digits(value, end, 1) >= 0) end++
  return end === 20 ? -1 : end
}

/** Milliseconds of the fraction before `zoneAt`: Date.parse keeps three digits, drops more and pads fewer. */
function fractionMs(value: string, zoneAt: number): number {
  let ms = 0
  for (let i = 20; i < 23; i++) ms = ms * 10 + (i < zoneAt ? value.charCodeAt(i) - 48 : 0)
  return ms
}

/** The zone offset in minutes east of UTC, or null when malformed or out of range. */
function zoneMinutes(value: string, at: number): number | null {
  if (at === value.length - 1 && value[at] === 'Z') return 0
  if (at !== value.length - 6 || value[at + 3] !== ':') return null
  const sign = value[at] === '+' ? 1 : value[at] === '-' ? -1 : 0
  const hours = digits(value, at + 1, 2)
  const minutes = digits(value, at + 4, 2)
  if (sign === 0 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null
  return sign * (hours * 60 + minutes)
}

/** Milliseconds since the epoch of a plain date-time, or null when it is not plain. */
function plainMillis(value: string): number | null {
  if (value.length < 20 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T') return null
  if (value[13] !== ':' || value[16] !== ':') return null
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 2)
  const day = digits(value, 8, 2)
  const hour = digits(value, 11, 2)
  const minute = digits(value, 14, 2)
  const second = digits(value, 17, 2)
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) return null
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null
  const zoneAt = zoneStart(value)
  const zone = zoneAt < 0 ? null : zoneMinutes(value, zoneAt)
  if (zone === null) return null
  return Date.UTC(year, month - 1, day, hour, minute, second, fractionMs(value, zoneAt)) - zone * 60_000
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** toISOString of a millisecond count whose year is 0-9999, else null. */
function isoOf(millis: number): string | null {
  const days = Math.floor(millis / DAY_MS)
  const inDay = millis - days * DAY_MS
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian).
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  if (year < 0 || year > 9999) return null
  const hour = Math.floor(inDay / 3_600_000)
  const minute = Math.floor((inDay % 3_600_000) / 60_000)
  const second = Math.floor((inDay % 60_000) / 1000)
  const ms = inDay % 1000
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ms, 3)}Z`
}

/**
 * The UTC ISO string of a recorded date-time (as `new Date(Date.parse(value)).toISOString()`), or null when
 * Date.parse cannot read it.
 * @param value - a recorded date-time string
 */
export function utcKey(value: string): string | null {
  const millis = plainMillis(value)
  const fast = millis === null ? null : isoOf(millis)
  if (fast !== null) return fast
  const parsed = Date.parse(value)
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : null
}
