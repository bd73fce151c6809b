/**
 * The record types a SMART sign-in really shared (docs/reliability.md A15): the granted `scope` of the token response
 * may be narrower than the one asked for (src/fhir/smart/launchScope.ts), or empty. A type outside the grant is not
 * searched and is listed as not shared, so a missing grant never reads as "no conditions".
 */
import { RECORD_TYPES, RECORD_TYPE_SECTION, type RecordType } from '../../timeline/recordTypes.ts'
import type { MissingCategory } from '../../twin/twinStore.ts'

/** `patient/Condition.rs`, `user/*.read`, `patient/Observation.rs?category=…`: context, type, permissions. */
const RESOURCE_SCOPE = /^(?:patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)(?:\?.*)?$/

/** True when the permission part lets the app search (SMART v1 `read` or `*`; v2 letters from `cruds` with `s`). */
function allowsSearch(permissions: string): boolean {
  if (permissions === 'read' || permissions === '*') return true
  return /^c?r?u?d?s$/.test(permissions)
}

/**
 * The record types the granted scope lets the app search.
 * @param scope - the token response's `scope` (space-separated; may be empty)
 * @returns the granted record types, in RECORD_TYPES order
 */
export function grantedRecordTypes(scope: string): RecordType[] {
  const granted = new Set<string>()
  for (const entry of scope.split(/\s+/)) {
    const match = RESOURCE_SCOPE.exec(entry)
    if (match === null || !allowsSearch(match[2] ?? '')) continue
    granted.add(match[1] ?? '')
  }
  return RECORD_TYPES.filter((type) => granted.has('*') || granted.has(type))
}

/**
 * The missing-category notice with every type outside the grant said to be not shared (replacing what the load
 * reported for it: it was not searched).
 * @param missing - what the load reported
 * @param granted - the granted record types; undefined: no sign-in, nothing to add
 */
export function withNotShared(
  missing: readonly MissingCategory[],
  granted: readonly RecordType[] | undefined,
): MissingCategory[] {
  if (granted === undefined) return [...missing]
  const notShared = RECORD_TYPES.filter((type) => !granted.includes(type))
  return [
    ...missing.filter((m) => m.category === 'Patient' || granted.includes(m.category)),
    ...notShared.map((type): MissingCategory => ({
      section: RECORD_TYPE_SECTION[type],
      category: type,
      status: 'not-shared',
      message: null,
    })),
  ]
}
