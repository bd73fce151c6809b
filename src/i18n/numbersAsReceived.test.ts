import { describe, expect, it } from 'vitest'
import { formatObservationValue } from './format.ts'
import { numberAsReceived } from './units.ts'

const mg = (value: number) =>
  ({ type: 'quantity', value, unit: 'mg', system: null, code: null, comparator: null }) as const

describe('numbers as received (C30)', () => {
  it('C30 1e308, -0 and long precision are shown as received, with no arithmetic', () => {
    expect(numberAsReceived(1e308, 'en')).toBe('1 × 10³⁰⁸')
    expect(numberAsReceived(1.7976931348623157e308, 'es')).toBe('1,7976931348623157 × 10³⁰⁸')
    expect(numberAsReceived(-0, 'en')).toBe('-0')
    expect(numberAsReceived(0.12345678901234568, 'en')).toBe('0.12345678901234568')
    expect(numberAsReceived(0.12345678901234568, 'es')).toBe('0,12345678901234568')
    expect(numberAsReceived(123456789.12345678, 'en')).toBe('123456789.12345678')
    expect(numberAsReceived(-1e-7, 'en')).toBe('-1 × 10⁻⁷')
    // the clinician view: exactly as received
    expect(formatObservationValue(mg(0.12345678901234568), 'en', null, true)).toBe('0.12345678901234568 mg')
    expect(formatObservationValue(mg(-0), 'en', null, true)).toBe('-0 mg')
    expect(formatObservationValue({ type: 'integer', value: -0 }, 'en', null, true)).toBe('-0')
  })

  it('C30 the reading view keeps huge magnitudes as a power of ten and -0 as -0; it never shows 309 digits', () => {
    expect(formatObservationValue(mg(1e308))).toBe('1 × 10³⁰⁸ mg')
    expect(formatObservationValue(mg(1.7976931348623157e308), 'es')).toBe('1,7976931348623157 × 10³⁰⁸ mg')
    expect(formatObservationValue(mg(-1e20))).toBe('-1 × 10²⁰ mg')
    expect(formatObservationValue(mg(-0))).toBe('-0 mg')
    // below 10^15 the documented reading precision applies (src/i18n/units.ts): 3 significant digits for labs
    expect(formatObservationValue(mg(0.12345678901234568))).toBe('0.12 mg')
  })
})
