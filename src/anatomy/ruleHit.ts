/** The rule hit a mapped item keeps: the resolver hit's rule fields and the reason as data. */
import type { ConceptHit } from './resolve.ts'
import type { RuleHit, RuleReason } from './types.ts'

/**
 * The rule hit for a resolver hit and its reason.
 * @param hit - what the resolver found
 * @param reason - where and why, as data
 */
export function ruleHit<R extends RuleReason>(hit: ConceptHit, reason: R): RuleHit<R> {
  return { ruleId: hit.ruleId, layer: hit.layer, confidence: hit.confidence, matchedKey: hit.matchedKey, reason }
}
