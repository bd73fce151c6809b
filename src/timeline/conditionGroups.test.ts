import { describe, expect, it } from 'vitest'
import { conditionGroup, groupConditions, isSuspected } from './conditionGroups.ts'
import type { ClinicalStatus, ConditionEvent, VerificationStatus } from './types.ts'

const unknownTime = {
  kind: 'unknown',
  precision: null,
  start: null,
  end: null,
  source: null,
  text: null,
  age: null,
  unusual: false,
} as const

function condition(
  id: string,
  clinical: ClinicalStatus | null,
  verification: VerificationStatus | null,
): ConditionEvent {
  return {
    id: `Condition/${id}`,
    kind: 'condition',
    source: { resourceType: 'Condition', id, reference: `Condition/${id}`, versionId: null },
    concept: { codes: [], text: id },
    text: id,
    time: unknownTime,
    recorded: null,
    encounter: null,
    status: null,
    notes: [],
    clinicalStatus: clinical,
    verificationStatus: verification,
    abatement: unknownTime,
    categories: [],
    bodySites: [],
    severity: null,
  } satisfies ConditionEvent
}

describe('conditionGroup', () => {
  it.each([
    ['active', 'confirmed', 'active'],
    ['recurrence', null, 'active'],
    ['relapse', 'provisional', 'active'],
    ['resolved', 'confirmed', 'resolved'],
    ['inactive', null, 'resolved'],
    ['remission', 'confirmed', 'resolved'],
    [null, 'confirmed', 'other'],
    ['active', 'refuted', 'other'],
    [null, null, 'other'],
  ] as const)('clinical %s + verification %s -> %s', (clinical, verification, group) => {
    expect(conditionGroup(condition('x', clinical, verification))).toBe(group)
  })

  it('labels only unconfirmed, provisional and differential as suspected', () => {
    expect(
      (['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', null] as const).map((v) =>
        isSuspected(condition('x', 'active', v)),
      ),
    ).toEqual([true, true, true, false, false, false])
  })

  it('keeps input order inside groups', () => {
    const groups = groupConditions([
      condition('a', 'active', null),
      condition('b', 'resolved', null),
      condition('c', 'active', null),
    ])
    expect(groups.active.map((c) => c.source.id)).toEqual(['a', 'c'])
    expect(groups.resolved.map((c) => c.source.id)).toEqual(['b'])
    expect(groups.other).toEqual([])
  })
})
