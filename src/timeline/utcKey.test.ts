import { describe, expect, it } from 'vitest'
import { utcKey } from './utcKey.ts'

/** What utcKey replaces: the Date round trip. */
function viaDate(value: string): string | null {
  const millis = Date.parse(value)
  return Number.isFinite(millis) ? new Date(millis).toISOString() : null
}

function two(n: number): string {
  return String(n).padStart(2, '0')
}

describe('utcKey', () => {
  it('gives the UTC instant of a date-time with an offset, as toISOString writes it', () => {
    expect(utcKey('2019-03-04T10:00:00+00:00')).toBe('2019-03-04T10:00:00.000Z')
    expect(utcKey('2019-12-31T23:30:00-05:00')).toBe('2020-01-01T04:30:00.000Z')
    expect(utcKey('2020-03-01T00:30:00+01:00')).toBe('2020-02-29T23:30:00.000Z')
    expect(utcKey('1971-08-07T20:00:00.000Z')).toBe('1971-08-07T20:00:00.000Z')
    expect(utcKey('1969-12-31T23:59:59.5Z')).toBe('1969-12-31T23:59:59.500Z')
    expect(utcKey('2020-01-01T00:00:00.123456+14:00')).toBe('2019-12-31T10:00:00.123Z')
  })

  it('leaves what Date cannot read as null and reads the rest as Date does', () => {
    expect(utcKey('2021-02-29T12:00:00Z')).toBe(viaDate('2021-02-29T12:00:00Z'))
    expect(utcKey('2020-01-01T24:00:00Z')).toBe(viaDate('2020-01-01T24:00:00Z'))
    expect(utcKey('2020-01-01T00:00:60Z')).toBe(viaDate('2020-01-01T00:00:60Z'))
    expect(utcKey('0050-01-01T00:00:00Z')).toBe('0050-01-01T00:00:00.000Z')
    expect(utcKey('2020-01-01T00:00:00.Z')).toBe(viaDate('2020-01-01T00:00:00.Z'))
    expect(utcKey('not a date')).toBeNull()
  })

  it('agrees with the Date round trip on 20,000 generated date-times (offsets, fractions, bad fields)', () => {
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const mismatches: string[] = []
    for (let i = 0; i < 20_000; i++) {
      const year = next(10) === 0 ? next(10_000) : 1900 + next(200)
      const fraction = next(4) === 0 ? `.${String(next(1_000_000)).slice(0, 1 + next(6))}` : ''
      const zone = next(3) === 0 ? 'Z' : `${next(2) === 0 ? '+' : '-'}${two(next(25))}:${two(next(61))}`
      const value = `${String(year).padStart(4, '0')}-${two(1 + next(12))}-${two(1 + next(31))}T${two(next(25))}:${two(next(61))}:${two(next(61))}${fraction}${zone}`
      if (utcKey(value) !== viaDate(value)) mismatches.push(value)
    }
    expect(mismatches).toEqual([])
  })
})
