/** What a placement adds to a resolver hit: the recorded side, statuses, links and, for links, the basis. */
import type { Placement, ReasonBasis, SuspectedBasis } from './types.ts'

/** The placement fields that do not come from the resolver hit. */
export interface PlaceExtras {
  readonly side: 'left' | 'right' | 'both' | null
  readonly sideSource: 'bodySite' | 'text' | 'code' | null
  /** Why it is marked not confirmed, or null. */
  readonly suspected: SuspectedBasis | null
  readonly clinicalStatus: Placement['clinicalStatus']
  readonly verificationStatus: Placement['verificationStatus']
  readonly linked: readonly string[]
  /** Replaces the hit's basis (used for reason links and reason codes); null keeps the hit's own. */
  readonly basis: ReasonBasis | null
}

const NO_LINKS: readonly string[] = Object.freeze([])

/** No side, no status, no links: for items placed only through what they were for. */
export const NO_EXTRAS: PlaceExtras = {
  side: null,
  sideSource: null,
  suspected: null,
  clinicalStatus: null,
  verificationStatus: null,
  linked: NO_LINKS,
  basis: null,
}

/**
 * Extras with a recorded side only (procedures and medications).
 * @param side - the recorded side, or null
 * @param sideSource - where the side came from
 * @param basis - replaces the hit's basis, or null
 */
export function sided(
  side: PlaceExtras['side'],
  sideSource: PlaceExtras['sideSource'],
  basis: ReasonBasis | null,
): PlaceExtras {
  return { side, sideSource, suspected: null, clinicalStatus: null, verificationStatus: null, linked: NO_LINKS, basis }
}

/**
 * Extras for an item placed through the conditions it names.
 * @param side - the recorded side, or null
 * @param sideSource - where the side came from
 * @param basis - the reason-link basis
 * @param linked - the linked condition ids
 */
export function linkedExtras(
  side: PlaceExtras['side'],
  sideSource: PlaceExtras['sideSource'],
  basis: ReasonBasis,
  linked: readonly string[],
): PlaceExtras {
  return { side, sideSource, suspected: null, clinicalStatus: null, verificationStatus: null, linked, basis }
}
