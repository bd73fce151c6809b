import { describe, expect, it } from 'vitest'
import type { ClinicalTime, ConditionEvent, RecordedDate } from '../timeline/types.ts'
import { concept, cond, NO_TIME } from '../../tests/fixtures/mappingInputs.ts'
import { conditionStatus, type StatusContext } from './conditionStatus.ts'
import type { Locale } from './locale.ts'
import { translate } from './translate.ts'

const NONE: ClinicalTime = NO_TIME

const day = (value: string): RecordedDate => ({ value, precision: 'day' })
const at = (value: string): ClinicalTime => ({
  ...NONE,
  kind: 'instant',
  precision: 'day',
  start: day(value),
  end: day(value),
  source: 'onsetDateTime',
})

/** An active, confirmed "Hypertension" with no recorded time, changed by `over`. */
const condition = (over: Partial<ConditionEvent>): ConditionEvent =>
  cond('c', concept(null, null, 'Hypertension'), { time: NONE, ...over })

const ctx = (locale: Locale = 'en', exactDates = false): StatusContext => ({
  t: (key, params) => translate(locale, key, params),
  locale,
  exactDates,
  asOf: '2026-01-01T00:00:00Z',
})

describe('conditionStatus: time in words', () => {
  it('an active condition with an onset and no end date, long ago: the year, and no end date', () => {
    const c = condition({ time: at('1965-03-14') })
    expect(conditionStatus(c, ctx())).toBe('Recorded as active since 1965; the record has no end date. Confirmed.')
    expect(conditionStatus(c, ctx('es'))).toBe(
      'Registrado como activo desde 1965; el historial no tiene fecha de fin. Confirmado.',
    )
  })

  it('the clinician view keeps the exact recorded date', () => {
    const c = condition({ time: at('1965-03-14') })
    expect(conditionStatus(c, ctx('en', true))).toBe(
      'Recorded as active since 14 March 1965; the record has no end date. Confirmed.',
    )
  })

  it('a short span (a year or less) keeps the recorded date', () => {
    const c = condition({ time: at('2025-09-02') })
    expect(conditionStatus(c, ctx())).toBe(
      'Recorded as active since 2 September 2025; the record has no end date. Confirmed.',
    )
  })

  it('a resolved condition with an end date: from and to, with its status', () => {
    const c = condition({ time: at('1995-06-01'), abatement: at('2001-02-03'), clinicalStatus: 'resolved' })
    expect(conditionStatus(c, ctx())).toBe('Recorded from 1995 to 2001. Status: resolved. Confirmed.')
    expect(conditionStatus(c, ctx('es'))).toBe('Registrado desde 1995 hasta 2001. Estado: resuelto. Confirmado.')
  })

  it('an active condition with no onset says the record gives no start date', () => {
    const c = condition({ verificationStatus: null })
    expect(conditionStatus(c, ctx())).toBe('Recorded as active; the record gives no start date.')
    expect(conditionStatus(c, ctx('es'))).toBe('Registrado como activo; el historial no da fecha de inicio.')
  })

  it('names a recurrence, a missing status, and an onset recorded as an age', () => {
    expect(conditionStatus(condition({ time: at('2010-01-01'), clinicalStatus: 'recurrence' }), ctx())).toBe(
      'Recorded as active since 2010; the record has no end date. Status: recurrence. Confirmed.',
    )
    expect(conditionStatus(condition({ time: at('2010-01-01'), clinicalStatus: null }), ctx())).toBe(
      'Recorded from 2010; the record has no end date. Status not recorded. Confirmed.',
    )
    expect(conditionStatus(condition({ time: { ...NONE, age: { value: 45, unit: 'a' } } }), ctx())).toBe(
      'Onset as recorded: At age 45 a. Recorded as active; the record has no end date. Confirmed.',
    )
  })
})

describe('conditionStatus: certainty', () => {
  it('a code that itself records a suspicion is never shown beside "Confirmed"', () => {
    const c = condition({ text: 'Suspected lung cancer', time: at('2025-11-20') })
    const text = conditionStatus(c, ctx(), true)
    expect(text).toBe(
      'Recorded as active since 20 November 2025; the record has no end date. The code records a suspicion.',
    )
    expect(text).not.toContain('Confirmed')
    expect(conditionStatus(c, ctx('es'), true)).toBe(
      'Registrado como activo desde 20 de noviembre de 2025; el historial no tiene fecha de fin. El propio código registra una sospecha.',
    )
  })

  it.each([
    ['provisional', 'Not confirmed in the record (provisional).'],
    ['differential', 'Not confirmed in the record (one of several possibilities listed).'],
    ['unconfirmed', 'Not confirmed in the record.'],
  ] as const)('verificationStatus %s says so, also on a suspected-by-code finding', (status, words) => {
    const c = condition({ verificationStatus: status })
    expect(conditionStatus(c, ctx())).toBe(`Recorded as active; the record gives no start date. ${words}`)
    expect(conditionStatus(c, ctx(), true)).toBe(`Recorded as active; the record gives no start date. ${words}`)
  })
})
