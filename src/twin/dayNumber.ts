/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000

/**
 * Day number (days since 1970-01-01, UTC) of a YYYY-MM-DD string.
 * @param day - YYYY-MM-DD
 */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS)
}
