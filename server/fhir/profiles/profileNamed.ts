import { FHIR_PROFILES } from './FHIR_PROFILES.ts'
import type { FhirProfile, FhirProfileName } from './FhirProfile.ts'

/**
 * Reads a profile name (the `FHIR_PROFILE` variable); absent or empty means `open`.
 * @param raw - the value
 * @returns the profile
 */
export function profileNamed(raw: string | undefined): FhirProfile {
  if (raw === undefined || raw === '') return FHIR_PROFILES.open
  if (Object.hasOwn(FHIR_PROFILES, raw)) return FHIR_PROFILES[raw as FhirProfileName]
  throw new Error(`FHIR_PROFILE must be one of ${Object.keys(FHIR_PROFILES).join(', ')}, got ${raw}`)
}
