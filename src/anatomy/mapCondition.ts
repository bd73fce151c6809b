/** Maps one condition: status first (refuted is ruled out), then recorded body site, code tables and keywords. */
import { isSuspectedVerification } from '../timeline/statusRules.ts'
import type { ConditionEvent } from '../timeline/types.ts'
import type { Collector, ItemBase } from './collector.ts'
import { dateOf } from './dateOf.ts'
import { emitPlacement } from './emitPlacement.ts'
import { readBodySites, resolveConcept, sideInText } from './resolve.ts'
import type { MappingSex, RuledOutItem, RuledOutReason, SuspectedBasis } from './types.ts'
import { unplaceItem } from './unplaceItem.ts'

const RULED_OUT: RuledOutReason = Object.freeze({ kind: 'ruled-out' })

/**
 * Maps a condition onto the body, life and context, the not-placed list or the ruled-out list.
 * @param condition - the normalised condition
 * @param sex - the patient's sex for sex-specific organs
 * @param out - the lists being collected
 * @param ruledOut - the ruled-out list being collected
 */
export function mapCondition(
  condition: ConditionEvent,
  sex: MappingSex,
  out: Collector,
  ruledOut: RuledOutItem[],
): void {
  const item: ItemBase = {
    id: condition.id,
    findingKind: 'condition',
    source: condition.source,
    text: condition.text,
    date: dateOf(condition.time),
    concept: condition.concept,
  }
  // Layer a: status. Refuted is never placed as present; entered-in-error never reaches the record.
  if (condition.verificationStatus === 'refuted') {
    ruledOut.push({ id: item.id, source: item.source, text: item.text, date: item.date, reason: RULED_OUT })
    return
  }
  const status = condition.verificationStatus
  // The suspected statuses are provisional, differential and unconfirmed (timeline/statusRules.ts), as SuspectedBasis.
  const statusSuspected = isSuspectedVerification(status) ? (status as SuspectedBasis) : null
  // Layer b: recorded bodySite (with laterality); then layers c-d on the code and text.
  const sites = readBodySites(condition.bodySites, sex)
  const textSide = sideInText([condition.text, ...condition.concept.codes.map((code) => code.display ?? '')].join(' '))
  const side = sites.laterality ?? textSide
  const sideSource = sites.laterality !== null ? 'bodySite' : textSide !== null ? 'text' : null
  const hit = sites.hit ?? resolveConcept(condition.concept, condition.text, sex)
  if (hit === null) {
    unplaceItem(
      out,
      item,
      condition.concept.codes.length === 0 && condition.text.trim() === '' ? 'no-code-or-text' : 'no-rule',
    )
    return
  }
  const suspected = statusSuspected ?? (hit.suspectedByCode ? 'by-code' : null)
  emitPlacement(out, item, hit, {
    side,
    sideSource,
    suspected,
    clinicalStatus: condition.clinicalStatus,
    verificationStatus: condition.verificationStatus,
    linked: [],
    basis: null,
  })
}
