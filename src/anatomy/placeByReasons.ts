/**
 * Places a procedure or medication through what it was for: a reasonReference to a placed condition (or to a
 * life-and-context item), else a reasonCode resolved like a condition.
 */
import type { Collector, ItemBase } from './collector.ts'
import { emitPlacement } from './emitPlacement.ts'
import { linkByReason, type LinkCache } from './linkByReason.ts'
import { NO_EXTRAS, linkedExtras, sided, type PlaceExtras } from './placeExtras.ts'
import { resolveConcept, type ConceptHit } from './resolve.ts'
import { tableNote } from './tableNote.ts'
import type { Concept } from '../timeline/types.ts'
import type { ConceptBasis, MappingSex, Placement, ReasonLinkBasis, ReasonVerb } from './types.ts'

/** The same hit, reached through a recorded reason code. */
function asReason(hit: ConceptHit<ConceptBasis>): ConceptHit<ConceptBasis> {
  return {
    decision: hit.decision,
    ruleId: hit.ruleId,
    layer: 'reason',
    confidence: hit.confidence,
    matchedKey: hit.matchedKey,
    basis: hit.basis,
    note: hit.note,
    suspectedByCode: hit.suspectedByCode,
  }
}

function reasonContextHit(verb: ReasonVerb): ConceptHit<ReasonLinkBasis> {
  return {
    decision: { kind: 'context' },
    ruleId: 'reason:context',
    layer: 'reason',
    confidence: 'table',
    matchedKey: null,
    basis: { kind: 'reason-link', verb, target: 'context' },
    note: tableNote('context'),
    suspectedByCode: false,
  }
}

// Built once: the hit depends only on the verb.
const REASON_CONTEXT_HITS: Readonly<Record<ReasonVerb, ConceptHit<ReasonLinkBasis>>> = {
  'done-for': reasonContextHit('done-for'),
  'recorded-for': reasonContextHit('recorded-for'),
}

/** What the item names as its reasons. */
export interface ItemReasons {
  readonly references: readonly string[]
  readonly codes: readonly Concept[]
  readonly verb: ReasonVerb
}

/** What placing by reasons needs from the item and the call. */
export interface ReasonContext {
  readonly side: PlaceExtras['side']
  readonly sideSource: PlaceExtras['sideSource']
  readonly sex: MappingSex
  readonly conditionPlaces: ReadonlyMap<string, Placement>
  readonly contextIds: ReadonlySet<string>
  readonly links: LinkCache
}

/**
 * Places the item through its reasons; true when it was placed (on the body or under life and context).
 * @param out - the lists being collected
 * @param item - the procedure or medication
 * @param reasons - its reasonReference values, reasonCode concepts and verb
 * @param context - its recorded side, the sex, the placed conditions, the context ids and the link cache
 */
export function placeByReasons(out: Collector, item: ItemBase, reasons: ItemReasons, context: ReasonContext): boolean {
  const { side, sideSource, sex } = context
  const link = linkByReason(
    reasons.references,
    context.conditionPlaces,
    context.contextIds,
    reasons.verb,
    context.links,
  )
  if (link === 'context') {
    emitPlacement(out, item, REASON_CONTEXT_HITS[reasons.verb], NO_EXTRAS)
    return true
  }
  if (link !== null) {
    emitPlacement(out, item, link.hit, linkedExtras(side, sideSource, link.basis, link.linked))
    return true
  }
  for (const reason of reasons.codes) {
    const hit = resolveConcept(reason, reason.text ?? '', sex)
    if (hit !== null) {
      emitPlacement(out, item, asReason(hit), sided(side, sideSource, { kind: 'reason-code', reason: hit.basis }))
      return true
    }
  }
  return false
}
