import { DAY_MS } from './dayNumber.ts'

/**
 * YYYY-MM-DD of a day number.
 * @param n - days since 1970-01-01
 */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}
