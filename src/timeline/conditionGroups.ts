import type { ConditionEvent } from './types.ts'
import { isActiveClinicalStatus, isEndedClinicalStatus, isSuspectedVerification } from './statusRules.ts'

/** The record view's condition groups. */
export type ConditionGroup = 'active' | 'resolved' | 'other'

/**
 * Which group a condition is listed under: active and resolved by clinical status; refuted (ruled out) and
 * conditions without a recorded clinical status are "other", never assumed active.
 * @param condition - a normalised condition
 */
export function conditionGroup(condition: ConditionEvent): ConditionGroup {
  if (condition.verificationStatus === 'refuted' || condition.clinicalStatus === null) return 'other'
  if (isActiveClinicalStatus(condition.clinicalStatus)) return 'active'
  if (isEndedClinicalStatus(condition.clinicalStatus)) return 'resolved'
  return 'other'
}

/**
 * True for unconfirmed, provisional and differential conditions: always labelled as not confirmed.
 * @param condition - a normalised condition
 */
export function isSuspected(condition: ConditionEvent): boolean {
  return isSuspectedVerification(condition.verificationStatus)
}

/**
 * Splits conditions into the three groups, keeping their order.
 * @param conditions - normalised conditions
 */
export function groupConditions(conditions: readonly ConditionEvent[]): Record<ConditionGroup, ConditionEvent[]> {
  const groups: Record<ConditionGroup, ConditionEvent[]> = { active: [], resolved: [], other: [] }
  for (const c of conditions) groups[conditionGroup(c)].push(c)
  return groups
}
