import { describe, expect, it } from 'vitest'
import { SYSTEMS } from '../timeline/codes.ts'
import type { ProcedureEvent } from '../timeline/types.ts'
import { concept, NO_TIME, proc, TIME } from '../../tests/fixtures/mappingInputs.ts'
import { eventDate, groupEvents, groupKey, yearSpan } from './groupEvents.ts'

const CARDIOVERSION = concept(SYSTEMS.snomed, '180325003', 'Electrical cardioversion')
const ECHO = concept(SYSTEMS.snomed, '40701008', 'Echocardiography (procedure)')

const on = (day: string) => ({ ...TIME, start: { value: day, precision: 'day' as const }, end: null })

function done(id: string, code: typeof CARDIOVERSION, day: string | null): ProcedureEvent {
  return proc(id, code, { time: day === null ? NO_TIME : on(day) })
}

describe('groupEvents: repeated events as one line', () => {
  it('groups by code, newest group first, items newest first, with the years they span', () => {
    const events = [
      done('c1', CARDIOVERSION, '1995-03-01'),
      done('e1', ECHO, '2010-06-01'),
      done('c2', CARDIOVERSION, '2001-11-20'),
      done('c3', CARDIOVERSION, '1998-01-05'),
    ]
    const groups = groupEvents(events, 'newest-first')
    expect(groups.map((g) => [g.key, g.items.map((e) => e.source.id), g.firstYear, g.lastYear])).toEqual([
      [`${SYSTEMS.snomed}|40701008`, ['e1'], '2010', '2010'],
      [`${SYSTEMS.snomed}|180325003`, ['c2', 'c3', 'c1'], '1995', '2001'],
    ])
    expect(groups.map(yearSpan)).toEqual(['2010', '1995–2001'])
  })

  it('groups uncoded events by their text (trimmed, any case) and lists undated items and groups last', () => {
    const text = (t: string) => concept(null, null, t)
    const events = [
      done('a', text('Wound dressing'), null),
      done('b', text('wound dressing '), '2019-02-02'),
      done('c', text('Suture removal'), null),
      done('d', text('Wound dressing'), '2020-07-07'),
    ]
    const groups = groupEvents(events, 'newest-first')
    expect(groups.map((g) => [g.key, g.items.map((e) => e.source.id), yearSpan(g)])).toEqual([
      ['text:wound dressing', ['d', 'b', 'a'], '2019–2020'],
      ['text:suture removal', ['c'], null],
    ])
  })

  it('orders by the newest item\u2019s text when asked (measurements), and dates by start, end, then recorded', () => {
    const ended = proc('x', ECHO, { time: { ...NO_TIME, end: { value: '2004-04-04', precision: 'day' } } })
    const recorded = proc('y', ECHO, { time: NO_TIME, recorded: { value: '2003', precision: 'year' } })
    expect([eventDate(ended), eventDate(recorded), eventDate(done('z', ECHO, null))]).toEqual([
      '2004-04-04',
      '2003',
      null,
    ])
    const groups = groupEvents([done('e', ECHO, '2020-01-01'), done('c', CARDIOVERSION, '2021-01-01')], 'by-text')
    expect(groups.map((g) => g.items[0]?.text)).toEqual(['Echocardiography (procedure)', 'Electrical cardioversion'])
    expect(groupKey(done('c', CARDIOVERSION, null))).toBe(`${SYSTEMS.snomed}|180325003`)
  })
})
