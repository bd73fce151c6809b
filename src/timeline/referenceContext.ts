/**
 * The reference context: lookups built once per normaliser call, and reference resolution through them (recorded
 * references become `Type/id`; in-bundle `urn:uuid:` references resolve by resource id).
 */
import type { KeptResource } from './keptResource.ts'
import { normaliseReference } from './references.ts'

/** Lookups built once per call; keyed by data, so Maps only (C29). */
export interface ReferenceContext {
  /** `Type/id` -> kept resource (dedupeResources' own map, not copied). */
  readonly byReference: ReadonlyMap<string, KeptResource>
  /**
   * lower-cased id -> `Type/id`, or null when two kept resources share the id (then a urn:uuid stays unresolved).
   * Built on the first `urn:uuid:` reference (records without any never pay for it).
   */
  byUuid: ReadonlyMap<string, string | null> | null
  /** Recorded reference string -> its resolution (records repeat the same encounter and patient references). */
  readonly resolved: Map<string, string | null>
}

/**
 * The lookups for reference resolution over the kept resources.
 * @param keptByReference - `Type/id` -> kept resource (from dedupeResources)
 */
export function createReferenceContext(keptByReference: ReadonlyMap<string, KeptResource>): ReferenceContext {
  return { byReference: keptByReference, byUuid: null, resolved: new Map() }
}

function uuidIndex(keptByReference: ReadonlyMap<string, KeptResource>): ReadonlyMap<string, string | null> {
  const byUuid = new Map<string, string | null>()
  // Iterating values() (not entries) avoids one [key, value] array per resource.
  for (const kept of keptByReference.values()) {
    const key = kept.id.toLowerCase()
    byUuid.set(key, byUuid.has(key) ? null : kept.reference)
  }
  return byUuid
}

/**
 * Resolves a reference to `Type/id` where possible; in-bundle `urn:uuid:` references resolve by resource id.
 * @param context - the lookups of this record
 * @param value - the recorded Reference.reference
 */
export function resolveReference(context: ReferenceContext, value: unknown): string | null {
  if (typeof value !== 'string') return resolveUncached(context, value)
  const known = context.resolved.get(value)
  if (known !== undefined) return known
  const resolved = resolveUncached(context, value)
  context.resolved.set(value, resolved)
  return resolved
}

function resolveUncached(context: ReferenceContext, value: unknown): string | null {
  const normalised = normaliseReference(value)
  if (normalised?.startsWith('urn:uuid:') === true) {
    context.byUuid ??= uuidIndex(context.byReference)
    return context.byUuid.get(normalised.slice('urn:uuid:'.length)) ?? normalised
  }
  return normalised
}
