/** Reason links: a procedure or medication placed where the conditions it names (reasonReference) are placed. */
import type { ConceptHit } from './resolve.ts'
import type { PlaceId, Placement, ReasonLinkBasis, ReasonVerb } from './types.ts'

/** The linked hit with its basis and the linked condition ids; 'context' when it names only context items. */
export type LinkResult = { hit: ConceptHit; basis: ReasonLinkBasis; linked: readonly string[] } | 'context' | null

/** Per-call cache of reason links: hundreds of procedures are linked to the same few conditions. */
export type LinkCache = Map<string, LinkResult>

/**
 * The places of the placed conditions the references name (or 'context', or null), cached per call.
 * @param references - the item's reasonReference values
 * @param conditionPlaces - placed conditions by id
 * @param contextIds - ids of conditions listed under life and context
 * @param verb - done for (procedures) or recorded for (medications)
 * @param cache - the per-call link cache
 */
export function linkByReason(
  references: readonly string[],
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  verb: ReasonVerb,
  cache: LinkCache,
): LinkResult {
  if (references.length === 0) return null
  // The result depends only on the references and the verb (the condition maps are fixed for the call).
  const key = `${verb}\u0000${references.join('\u0000')}`
  const known = cache.get(key)
  if (known !== undefined) return known
  const result = linkUncached(references, conditionPlaces, contextIds, verb)
  cache.set(key, result)
  return result
}

function linkUncached(
  references: readonly string[],
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  verb: ReasonVerb,
): LinkResult {
  const linked = references.filter((reference) => conditionPlaces.has(reference))
  if (linked.length === 0) {
    if (references.some((reference) => contextIds.has(reference))) return 'context'
    return null
  }
  const places: PlaceId[] = []
  const secondary: PlaceId[] = []
  for (const reference of linked) {
    const placement = conditionPlaces.get(reference)
    if (placement === undefined) continue
    for (const place of placement.places) if (!places.includes(place)) places.push(place)
    for (const place of placement.secondary) if (!secondary.includes(place)) secondary.push(place)
  }
  const first = conditionPlaces.get(linked[0] ?? '')
  const confidence = first?.rule.confidence ?? 'table'
  const basis: ReasonLinkBasis = { kind: 'reason-link', verb, target: 'condition' }
  return {
    hit: {
      decision: { kind: 'body', places, secondary: secondary.filter((place) => !places.includes(place)) },
      ruleId: `reason:${linked.join(',')}`,
      layer: 'reason',
      confidence,
      matchedKey: null,
      basis,
      note: { kind: 'linked', conditions: linked, places },
      suspectedByCode: false,
    },
    basis,
    linked,
  }
}
