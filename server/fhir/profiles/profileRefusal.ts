import type { FhirProfile, SearchRule } from './FhirProfile.ts'

/**
 * The rule a search breaks under a profile, or null when the profile serves it. A parameter counts when sent
 * plainly or with a modifier (`category:not=…` satisfies a category rule: see docs/interop.md).
 * @param profile - the server profile
 * @param resourceType - the type searched
 * @param params - the query
 * @returns the broken rule, or null
 */
export function profileRefusal(profile: FhirProfile, resourceType: string, params: URLSearchParams): SearchRule | null {
  const names = [...params.keys()].map((key) => key.split(':')[0])
  for (const rule of profile.rules) {
    if (rule.resourceType === resourceType && !rule.anyOf.some((p) => names.includes(p))) return rule
  }
  return null
}
