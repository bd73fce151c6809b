import { describe, expect, it } from 'vitest'
import { clinicalTime, instantTime, parseRecordedDate, periodTime, timeSortKey, UNKNOWN_TIME } from './clinicalTime.ts'

describe('parseRecordedDate', () => {
  it.each([
    ['2019', 'year', false],
    ['2019-05', 'month', false],
    ['2019-05-03', 'day', false],
    ['2019-05-03T10:00:00+02:00', 'time', false],
    ['2019-05-03T10:00:00.123Z', 'time', false],
    ['2020-02-29', 'day', false],
    ['2019-02-30', 'day', true],
    ['2019-02-29', 'day', true],
    ['1900-02-29', 'day', true],
    ['0000', 'year', true],
    ['2019-13', 'month', true],
    ['2019-05-03T10:00:00', 'time', true],
    ['2019-05-03T10:00Z', 'time', true],
    ['2019-05-03T24:00:00Z', 'time', true],
    ['2019-05-03T10:00:00+15:00', 'time', true],
  ] as const)('%s has precision %s, unusual %s', (value, precision, unusual) => {
    // given a recorded date string / when parsed
    const parsed = parseRecordedDate(value)
    // then the value is kept verbatim with its precision
    expect(parsed).toEqual({ date: { value, precision }, unusual })
  })

  it('keeps a shapeless string as unusual without a date, and reads blanks and non-strings as absent', () => {
    // given / when / then
    expect(parseRecordedDate('3rd of May')).toEqual({ date: null, unusual: true })
    expect(parseRecordedDate('  2019-05  ')).toEqual({ date: { value: '2019-05', precision: 'month' }, unusual: false })
    expect(parseRecordedDate('   ')).toBeNull()
    expect(parseRecordedDate(null)).toBeNull()
    expect(parseRecordedDate(2019)).toBeNull()
  })
})

describe('clinicalTime', () => {
  it('reads onsetDateTime as an instant', () => {
    // given
    const condition = { onsetDateTime: '2019-05', recordedDate: '2020-01-01' }
    // when
    const time = clinicalTime(condition, 'onset')
    // then
    const date = { value: '2019-05', precision: 'month' }
    expect(time).toEqual({
      kind: 'instant',
      precision: 'month',
      start: date,
      end: date,
      source: 'onsetDateTime',
      text: null,
      age: null,
      unusual: false,
    })
  })

  it('reads an open period and uses the most precise bound as precision', () => {
    // given / when
    const startOnly = clinicalTime({ performedPeriod: { start: '2018-03-01' } }, 'performed')
    const both = clinicalTime({ effectivePeriod: { start: '2018', end: '2018-03-01T10:00:00Z' } }, 'effective')
    // then
    expect(startOnly).toEqual({
      kind: 'period',
      precision: 'day',
      start: { value: '2018-03-01', precision: 'day' },
      end: null,
      source: 'performedPeriod',
      text: null,
      age: null,
      unusual: false,
    })
    expect(both.precision).toBe('time')
    expect(both.start).toEqual({ value: '2018', precision: 'year' })
  })

  it('keeps Age, Range low and strings without converting them to dates', () => {
    // given / when / then
    expect(clinicalTime({ onsetAge: { value: 45, unit: 'a' } }, 'onset')).toEqual({
      ...UNKNOWN_TIME,
      source: 'onsetAge',
      age: { value: 45, unit: 'a' },
    })
    expect(clinicalTime({ onsetAge: { value: 45, code: 'a' } }, 'onset').age).toEqual({ value: 45, unit: 'a' })
    expect(clinicalTime({ onsetRange: { low: { value: 30, unit: 'years' }, high: { value: 40 } } }, 'onset')).toEqual({
      ...UNKNOWN_TIME,
      source: 'onsetRange',
      age: { value: 30, unit: 'years' },
    })
    expect(clinicalTime({ abatementString: ' after the summer ' }, 'abatement')).toEqual({
      ...UNKNOWN_TIME,
      source: 'abatementString',
      text: 'after the summer',
    })
    expect(clinicalTime({ abatementBoolean: true }, 'abatement')).toEqual({
      ...UNKNOWN_TIME,
      source: 'abatementBoolean',
    })
    expect(clinicalTime({ abatementBoolean: false }, 'abatement')).toEqual(UNKNOWN_TIME)
  })

  it('never falls back to meta.lastUpdated, issued or recordedDate', () => {
    // given a resource with no clinical time but other dates
    const observation = { meta: { lastUpdated: '2023-01-01T00:00:00Z' }, issued: '2023-01-01T00:00:00Z' }
    // when / then
    expect(clinicalTime(observation, 'effective')).toEqual(UNKNOWN_TIME)
  })

  it('treats null, empty and whitespace-only values as absent and tolerates wrong JSON types', () => {
    // given / when / then
    expect(clinicalTime({ onsetDateTime: null, onsetString: '   ' }, 'onset')).toEqual(UNKNOWN_TIME)
    expect(clinicalTime({ onsetDateTime: '', onsetString: 'childhood' }, 'onset').text).toBe('childhood')
    expect(clinicalTime({ onsetPeriod: 'not a period' }, 'onset')).toEqual(UNKNOWN_TIME)
    expect(clinicalTime({ onsetAge: { value: '45' } }, 'onset')).toEqual(UNKNOWN_TIME)
    expect(clinicalTime(null, 'onset')).toEqual(UNKNOWN_TIME)
  })

  it('keeps an invalid calendar date as recorded with unusual: true', () => {
    // given / when
    const time = instantTime('2019-02-30', 'onsetDateTime')
    // then
    expect(time.start).toEqual({ value: '2019-02-30', precision: 'day' })
    expect(time.unusual).toBe(true)
    expect(instantTime('yesterday', 'effectiveDateTime')).toEqual({
      ...UNKNOWN_TIME,
      source: 'effectiveDateTime',
      text: 'yesterday',
      unusual: true,
    })
    expect(periodTime({ start: 'soon' }, 'period')).toEqual({
      ...UNKNOWN_TIME,
      source: 'period',
      text: 'soon',
      unusual: true,
    })
  })
})

describe('timeSortKey', () => {
  it('orders full date-times as UTC instants and partial dates as recorded', () => {
    // given / when / then
    expect(timeSortKey(instantTime('2019-05-03T10:00:00+02:00', 'onsetDateTime'))).toBe('2019-05-03T08:00:00.000Z')
    expect(timeSortKey(instantTime('2019-05', 'onsetDateTime'))).toBe('2019-05')
    expect(timeSortKey(periodTime({ end: '2018-06' }, 'onsetPeriod'))).toBe('2018-06')
    expect(timeSortKey(UNKNOWN_TIME)).toBeNull()
  })
})
