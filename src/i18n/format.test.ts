import { describe, expect, it } from 'vitest'
import { formatClinicalTime, formatObservationValue, formatRecordedDate, formatReferenceRange } from './format.ts'
import type { ClinicalTime, Concept } from '../timeline/types.ts'

const base: ClinicalTime = {
  kind: 'unknown',
  precision: null,
  start: null,
  end: null,
  source: null,
  text: null,
  age: null,
  unusual: false,
}

describe('formatRecordedDate', () => {
  it.each([
    ['2019', 'year', '2019'],
    ['2019-05', 'month', 'May 2019'],
    ['2019-05-03', 'day', '3 May 2019'],
    ['2019-05-03T10:07:00+02:00', 'time', '3 May 2019, 10:07'],
    ['2019-13-01', 'day', '2019-13-01'],
    ['childhood', 'year', 'childhood'],
  ] as const)('%s -> %s', (value, precision, expected) => {
    expect(formatRecordedDate({ value, precision })).toBe(expected)
  })
})

describe('formatClinicalTime', () => {
  it('shows open periods as open', () => {
    expect(
      formatClinicalTime({
        ...base,
        kind: 'period',
        precision: 'month',
        start: { value: '2019-05', precision: 'month' },
      }),
    ).toBe('Since May 2019')
    expect(
      formatClinicalTime({ ...base, kind: 'period', precision: 'year', end: { value: '2020', precision: 'year' } }),
    ).toBe('Until 2020')
  })
  it('shows ages and texts as recorded, and says when nothing is recorded', () => {
    expect(formatClinicalTime({ ...base, age: { value: 45, unit: 'a' } })).toBe('At age 45 a')
    expect(formatClinicalTime({ ...base, text: 'childhood' })).toBe('“childhood”')
    expect(formatClinicalTime(base)).toBe('Date not recorded')
  })
  it('marks unusual dates', () => {
    expect(
      formatClinicalTime({
        ...base,
        kind: 'instant',
        precision: 'day',
        start: { value: '2019-02-30', precision: 'day' },
        end: { value: '2019-02-30', precision: 'day' },
        unusual: true,
      }),
    ).toBe('2019-02-30 (unusual date)')
  })
})

const UCUM = 'http://unitsofmeasure.org'
const quantity = (value: number, code: string, unit: string = code) =>
  ({ type: 'quantity', value, unit, system: UCUM, code, comparator: null }) as const
const loinc = (code: string): Concept => ({
  codes: [{ system: 'http://loinc.org', code, display: null, key: `http://loinc.org|${code}` }],
  text: null,
})

describe('formatObservationValue', () => {
  it('rounds to the precision a person reads, with the units people know', () => {
    expect(formatObservationValue(quantity(37.718375139325666, 'Cel'), 'en', loinc('8310-5'))).toBe('37.7 °C')
    expect(formatObservationValue(quantity(37.718375139325666, 'Cel'), 'es', loinc('8310-5'))).toBe('37,7 °C')
    expect(formatObservationValue(quantity(148.3, 'mm[Hg]'), 'en', loinc('8480-6'))).toBe('148 mmHg')
    expect(formatObservationValue(quantity(140.48527117197392, 'mmol/L'), 'en', loinc('2947-0'))).toBe('140 mmol/L')
    expect(formatObservationValue(quantity(9.212856033480971, '10*3/uL'), 'en', loinc('6690-2'))).toBe('9.21 ×10³/µL')
    expect(formatObservationValue(quantity(31.2, 'kg/m2'), 'es', loinc('39156-5'))).toBe('31,2 kg/m²')
  })
  it('keeps the sign of a tiny value with a power of ten instead of showing 0', () => {
    expect(
      formatObservationValue({ type: 'quantity', value: 1e-7, unit: 'mg', system: null, code: null, comparator: '<' }),
    ).toBe('<1 × 10⁻⁷ mg')
    expect(formatObservationValue(null)).toBe('No value recorded')
  })
})

describe('formatReferenceRange', () => {
  it("uses the record's own text, else rounded bounds with the unit symbol", () => {
    expect(formatReferenceRange({ low: null, high: null, text: '18.5 to 24.9' })).toBe('18.5 to 24.9')
    expect(
      formatReferenceRange({
        low: { value: 3.5, unit: 'mmol/L' },
        high: { value: 5.1234, unit: 'mmol/L' },
        text: null,
      }),
    ).toBe('3.5–5.12 mmol/L')
    expect(formatReferenceRange({ low: null, high: { value: 200, unit: 'mg/dL' }, text: null }, 'es')).toBe(
      '≤200 mg/dL',
    )
  })
})

describe('Spanish dates', () => {
  it('formats each precision in Spanish', () => {
    expect(formatRecordedDate({ value: '2019-05', precision: 'month' }, 'es')).toBe('mayo de 2019')
    expect(formatRecordedDate({ value: '2019-05-03', precision: 'day' }, 'es')).toBe('3 de mayo de 2019')
    expect(
      formatClinicalTime(
        {
          kind: 'period',
          precision: 'year',
          start: { value: '2019', precision: 'year' },
          end: null,
          source: 'onsetPeriod',
          text: null,
          age: null,
          unusual: false,
        },
        'es',
      ),
    ).toBe('Desde 2019')
  })
})
