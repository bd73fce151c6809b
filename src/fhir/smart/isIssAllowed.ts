import { normaliseBase } from './normaliseBase.ts'

/**
 * True when `iss` is exactly one of the allowlisted FHIR bases (a trailing slash aside): no prefix, suffix or
 * case-folding matches.
 * @param iss - the launch's `iss`
 * @param allowlist - configured FHIR base URLs
 */
export function isIssAllowed(iss: string, allowlist: readonly string[]): boolean {
  const candidate = normaliseBase(iss)
  return candidate !== '' && allowlist.some((allowed) => normaliseBase(allowed) === candidate)
}
