/**
 * C32, the sensitivity-label policy (docs/reliability.md C32, docs/mapping.md "Sensitive records"): a clinical
 * resource whose `meta.security` holds the confidentiality code R (restricted) or V (very restricted) is not shown
 * in any view, patient or clinician. It is counted with the other hidden records ("N records not shown. Why?") and
 * the reason says it was marked sensitive in the record and can be seen in the system it came from. It is removed
 * before references are resolved, so no other item shows its words (an encounter's text, a reason). The Patient
 * resource is never hidden this way: the banner must name whose record is shown (C34).
 */
import type { KeptResource } from './keptResource.ts'
import { asString, field, objectField, objectsField, type JsonObject } from './read.ts'
import type { HiddenReason } from './types.ts'

/** The Confidentiality code system under its R4 URI, its STU3 URI and its OID (compared lower-case). */
const CONFIDENTIALITY_SYSTEMS: ReadonlySet<string> = new Set([
  'http://terminology.hl7.org/codesystem/v3-confidentiality',
  'http://hl7.org/fhir/v3/confidentiality',
  'urn:oid:2.16.840.1.113883.5.25',
])

/** The codes that hide a record: restricted and very restricted. */
const HIDING_CODES: ReadonlySet<string> = new Set(['R', 'V'])

/**
 * True when the resource is labelled restricted (R) or very restricted (V) in `meta.security`.
 * @param resource - a resource (untrusted JSON)
 */
export function isRestricted(resource: JsonObject): boolean {
  for (const label of objectsField(objectField(resource, 'meta'), 'security')) {
    const system = asString(field(label, 'system'))?.toLowerCase() ?? null
    const code = asString(field(label, 'code'))?.toUpperCase() ?? null
    if (system !== null && code !== null && CONFIDENTIALITY_SYSTEMS.has(system) && HIDING_CODES.has(code)) return true
  }
  return false
}

/**
 * Removes every restricted clinical resource from the kept map (the Patient stays) and records each as hidden.
 * @param keptByReference - `Type/id` -> kept resource; changed in place (it is the normaliser's own map)
 * @param hide - records a hidden resource with its reason
 */
export function hideRestricted(
  keptByReference: Map<string, KeptResource>,
  hide: (reference: string, reason: HiddenReason) => void,
): void {
  // values(), not entries: no [key, value] array per resource. Deleting the current entry keeps iterating.
  for (const kept of keptByReference.values()) {
    if (kept.resourceType === 'Patient' || !isRestricted(kept.resource)) continue
    keptByReference.delete(kept.reference)
    hide(kept.reference, 'sensitive')
  }
}
