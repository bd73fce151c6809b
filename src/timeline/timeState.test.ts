import { describe, expect, it } from 'vitest'
import { conditionStateAt, earliestDay, eventStateAt } from './timeState.ts'
import type { ClinicalStatus, ClinicalTime, ConditionEvent, ProcedureEvent } from './types.ts'

const none: ClinicalTime = {
  kind: 'unknown',
  precision: null,
  start: null,
  end: null,
  source: null,
  text: null,
  age: null,
  unusual: false,
}
const at = (value: string): ClinicalTime => ({
  ...none,
  kind: 'instant',
  precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
  start: { value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' },
  end: { value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' },
  source: 'onsetDateTime',
})

function condition(onset: ClinicalTime, abatement: ClinicalTime, status: ClinicalStatus | null): ConditionEvent {
  return {
    id: 'Condition/c',
    kind: 'condition',
    source: { resourceType: 'Condition', id: 'c', reference: 'Condition/c', versionId: null },
    concept: { codes: [], text: 'c' },
    text: 'c',
    time: onset,
    recorded: null,
    encounter: null,
    status: null,
    notes: [],
    clinicalStatus: status,
    verificationStatus: null,
    abatement,
    categories: [],
    bodySites: [],
    severity: null,
  }
}

describe('earliestDay', () => {
  it.each([
    ['2019', '2019-01-01'],
    ['2019-05', '2019-05-01'],
    ['2019-05-03T10:00:00Z', '2019-05-03'],
    ['childhood', null],
  ] as const)('%s -> %s', (value, expected) => {
    expect(earliestDay({ value, precision: 'day' })).toBe(expected)
  })
})

describe('conditionStateAt', () => {
  const resolved = condition(at('2010-03-04'), at('2012-06'), 'resolved')
  it.each([
    ['2010-03-03', 'not-yet'],
    ['2010-03-04', 'current'],
    ['2012-05-31', 'current'],
    ['2012-06-01', 'past'],
    [null, 'past'],
  ] as const)('resolved 2010-03-04..2012-06 at %s is %s', (cursor, state) => {
    expect(conditionStateAt(resolved, cursor)).toBe(state)
  })

  it('treats a resolved condition without an end date as current until the record time', () => {
    const c = condition(at('2015'), none, 'resolved')
    expect([conditionStateAt(c, '2014-12-31'), conditionStateAt(c, '2020-01-01'), conditionStateAt(c, null)]).toEqual([
      'not-yet',
      'current',
      'past',
    ])
  })

  it('never hides undated conditions', () => {
    const c = condition(none, none, 'active')
    expect([conditionStateAt(c, '1900-01-01'), conditionStateAt(c, null)]).toEqual(['undated', 'undated'])
  })
})

describe('eventStateAt', () => {
  it('shows a procedure from its date', () => {
    const p: ProcedureEvent = {
      id: 'Procedure/p',
      kind: 'procedure',
      source: { resourceType: 'Procedure', id: 'p', reference: 'Procedure/p', versionId: null },
      concept: { codes: [], text: 'p' },
      text: 'p',
      time: at('2018-07-09'),
      recorded: null,
      encounter: null,
      status: 'completed',
      notes: [],
      bodySites: [],
      reasonReferences: [],
      reasonCodes: [],
    }
    expect([eventStateAt(p, '2018-07-08'), eventStateAt(p, '2018-07-09'), eventStateAt(p, null)]).toEqual([
      'not-yet',
      'past',
      'past',
    ])
  })
})
