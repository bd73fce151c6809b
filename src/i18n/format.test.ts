import { describe, expect, it } from 'vitest'
import { formatClinicalTime, formatObservationValue, formatRecordedDate } from './format.ts'
import type { ClinicalTime } from '../timeline/types.ts'

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

describe('formatObservationValue', () => {
  it('keeps the number as received', () => {
    expect(
      formatObservationValue({ type: 'quantity', value: 1e-7, unit: 'mg', system: null, code: null, comparator: '<' }),
    ).toBe('<1e-7 mg')
    expect(formatObservationValue(null)).toBe('No value recorded')
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
