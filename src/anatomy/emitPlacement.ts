/** Turns one resolver hit into a placement, a life-and-context item or a not-placed item. */
import type { Collector, ItemBase } from './collector.ts'
import type { PlaceExtras } from './placeExtras.ts'
import { applySide, hasPairedOrgan, type ConceptHit } from './resolve.ts'
import { ruleHit } from './ruleHit.ts'
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
    rule: ruleHit(hit, {
      kind: 'shown-at',
      places,
      basis,
      note: hit.note,
      sideNotRecorded: extras.side === null && hasPairedOrgan(places),
      suspected: extras.suspected,
    }),
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
