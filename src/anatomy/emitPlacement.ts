/** Turns one resolver hit into a placement, a life-and-context item or a not-placed item. */
import type { Collector, ItemBase } from './collector.ts'
import type { PlaceExtras } from './placeExtras.ts'
import { applySide, hasPairedOrgan, type ConceptHit } from './resolve.ts'
import { ruleHit } from './ruleHit.ts'
import type { PlaceId, ReasonBasis, ShownAtReason } from './types.ts'
import { unplaceItem } from './unplaceItem.ts'

/**
 * Appends the item where the hit's decision puts it: on the body (narrowed to the recorded side), under life and
 * context, or in the not-placed list. The reason is kept as data.
 * @param out - the lists being collected
 * @param item - the finding
 * @param hit - what the resolver found
 * @param extras - the recorded side, statuses, links and an optional replacement basis
 */
export function emitPlacement(out: Collector, item: ItemBase, hit: ConceptHit, extras: PlaceExtras): void {
  const basis = extras.basis ?? hit.basis
  const decision = hit.decision
  if (decision.kind === 'context') {
    out.context.push({
      id: item.id,
      findingKind: item.findingKind,
      source: item.source,
      text: item.text,
      date: item.date,
      rule: ruleHit(hit, { kind: 'context', basis, note: 'context' }),
    })
    return
  }
  if (decision.kind === 'unplaced') {
    unplaceItem(out, item, decision.why)
    return
  }
  const places = applySide(decision.places, extras.side)
  // One object literal, no spread (spreading into literals was the mapper's largest cost); fields in output order.
  out.placements.push({
    id: item.id,
    findingKind: item.findingKind,
    source: item.source,
    text: item.text,
    date: item.date,
    places,
    secondary: decision.secondary.filter((place) => !places.includes(place)),
    rule: ruleHit(hit, shownAt(places, basis, hit, extras)),
    laterality: extras.side,
    lateralitySource: extras.side === null ? null : extras.sideSource,
    suspected: extras.suspected !== null,
    clinicalStatus: extras.clinicalStatus,
    verificationStatus: extras.verificationStatus,
    linkedConditions: extras.linked,
    removed: hit.note.kind === 'table' && hit.note.keys.includes('amputation'),
  })
}

/**
 * The "shown at" reason; with where the finding's own code would place it when a recorded body site placed it
 * elsewhere (D4: the body site comes first and both are shown).
 * @param places - the primary places, the recorded side applied
 * @param basis - how the rule matched
 * @param hit - the resolver hit (a body-site hit may carry the overruled code places)
 * @param extras - the recorded side and suspicion
 */
function shownAt(places: readonly PlaceId[], basis: ReasonBasis, hit: ConceptHit, extras: PlaceExtras): ShownAtReason {
  const reason: ShownAtReason = {
    kind: 'shown-at',
    places,
    basis,
    note: hit.note,
    sideNotRecorded: extras.side === null && hasPairedOrgan(places),
    suspected: extras.suspected,
  }
  if (hit.overruled === undefined) return reason
  const other = applySide(hit.overruled.places, extras.side)
  const same = other.length === places.length && other.every((place) => places.includes(place))
  return same ? reason : { ...reason, overruled: { places: other, basis: hit.overruled.basis } }
}

/**
 * The hit of a recorded body site, which comes first (D4, docs/mapping.md): it keeps what the finding's own code
 * says about removal (keepRemoval) and, when that code or text places it on the body, where it would have placed
 * it, so that the details show both.
 * @param site - the hit from the recorded body site
 * @param own - the hit from the finding's own code or text, or null
 */
export function bodySiteFirst(site: ConceptHit, own: ConceptHit | null): ConceptHit {
  const kept = keepRemoval(site, own)
  if (own?.decision.kind !== 'body') return kept
  return { ...kept, overruled: { places: own.decision.places, basis: own.basis } }
}

/**
 * A body-site hit that keeps what the finding's own code says about removal: "amputation of the leg" recorded with
 * the body site "left lower leg" is placed at the left lower leg and still marked as removed there.
 * @param site - the hit from the recorded body site
 * @param own - the hit from the finding's own code or text, or null
 */
export function keepRemoval(site: ConceptHit, own: ConceptHit | null): ConceptHit {
  const removal = own !== null && own.note.kind === 'table' && own.note.keys.includes('amputation')
  if (!removal || site.note.kind !== 'table' || site.note.keys.includes('amputation')) return site
  return { ...site, note: { kind: 'table', keys: [...site.note.keys, 'amputation'] } }
}
