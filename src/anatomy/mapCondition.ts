/** Maps one condition: status first (refuted is ruled out), then recorded body site, code tables and keywords. */
import { isSuspectedVerification } from '../timeline/statusRules.ts'
import type { ConditionEvent } from '../timeline/types.ts'
import type { Collector, ItemBase } from './collector.ts'
import { dateOf } from './dateOf.ts'
import { bodySiteFirst, emitPlacement } from './emitPlacement.ts'
import { icdSideOf } from './lookup.ts'
import { isIcd10System, parseIcdCode, readBodySites, resolveConcept, sideInText, sideOfPlaces } from './resolve.ts'
import type { Decision, MappingSex, RuledOutItem, RuledOutReason, SuspectedBasis } from './types.ts'
import { unplaceItem } from './unplaceItem.ts'
import { codingsDisagree } from './codingConflict.ts'
import { NOTES } from '../timeline/notes.ts'

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
  // C31: a modifierExtension may change what the condition means; it is listed, never placed.
  if (condition.notes.includes(NOTES.modifierExtension)) {
    unplaceItem(out, item, 'cannot-interpret')
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
  // The code is resolved even when a body site places the condition: it still tells suspicion and removal.
  const byConcept = resolveConcept(condition.concept, condition.text, sex)
  const hit = sites.hit === null ? byConcept : bodySiteFirst(sites.hit, byConcept)
  // C14: codings placed at different parts of the body give neither place (a recorded body site still decides).
  if (sites.hit === null && hit !== null && codingsDisagree(condition.concept, sex)) {
    unplaceItem(out, item, 'codes-disagree')
    return
  }
  if (hit === null) {
    unplaceItem(
      out,
      item,
      // The record's own text (concept.text), not the normaliser's fallback label, tells whether any text was given.
      condition.concept.codes.length === 0 && (condition.concept.text ?? '').trim() === ''
        ? 'no-code-or-text'
        : 'no-rule',
    )
    return
  }
  // A code that itself records a suspicion keeps it when a recorded body site placed the condition.
  const byCode = hit.suspectedByCode || byConcept?.suspectedByCode === true
  const suspected = statusSuspected ?? (byCode ? 'by-code' : null)
  // An ICD-10-CM code that states the side (S72.002A, M17.11) was narrowed by the resolver: that side is recorded.
  const codeSide = side === null && hit.layer === 'icd10' ? icdStatedSide(condition, hit.decision) : null
  emitPlacement(out, item, hit, {
    side: side ?? codeSide,
    sideSource: codeSide !== null ? 'code' : sideSource,
    suspected,
    clinicalStatus: condition.clinicalStatus,
    verificationStatus: condition.verificationStatus,
    linked: [],
    basis: null,
  })
}

/**
 * The side an ICD-10-CM code states (I82.403: both legs; S72.002A: left femur), or null.
 * @param condition - the condition
 * @param decision - the ICD row's decision (already narrowed to a stated single side)
 */
function icdStatedSide(condition: ConditionEvent, decision: Decision): 'left' | 'right' | 'both' | null {
  for (const code of condition.concept.codes) {
    if (!isIcd10System(code.system)) continue
    const parsed = parseIcdCode(code.code)
    if (parsed !== null && icdSideOf(parsed.full) === 'both') return 'both'
  }
  return decision.kind === 'body' ? sideOfPlaces(decision.places) : null
}
