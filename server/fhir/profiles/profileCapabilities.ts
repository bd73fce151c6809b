import type { CapabilityStatement, Extension } from '@medplum/fhirtypes'
import type { FhirProfile } from './FhirProfile.ts'

const COMBINATION = 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination'
const US_CORE = 'http://hl7.org/fhir/us/core/StructureDefinition/'
const US_CORE_PROFILES: Readonly<Record<string, string>> = {
  Observation: `${US_CORE}us-core-observation-lab`,
  Condition: `${US_CORE}us-core-condition-problems-health-concerns`,
  MedicationRequest: `${US_CORE}us-core-medicationrequest`,
}

function combination(required: readonly string[]): Extension {
  return { url: COMBINATION, extension: required.map((valueString) => ({ url: 'required', valueString })) }
}

/**
 * The CapabilityStatement as a profile's server states it: without `$everything` where not offered, and with the
 * US Core search-parameter combinations (patient+category, patient+code, patient+intent) where declared.
 * @param profile - the server profile
 * @param statement - the open server's statement (changed in place)
 * @returns the statement
 */
export function profileCapabilities(profile: FhirProfile, statement: CapabilityStatement): CapabilityStatement {
  for (const rest of statement.rest ?? []) {
    if (!profile.everything) {
      delete rest.operation
      for (const resource of rest.resource ?? []) delete resource.operation
    }
    if (!profile.declareCombinations) continue
    for (const resource of rest.resource ?? []) {
      const rules = profile.rules.filter((r) => r.resourceType === resource.type)
      const profileUrl = US_CORE_PROFILES[resource.type]
      if (profileUrl !== undefined) resource.supportedProfile = [profileUrl]
      if (rules.length === 0) continue
      resource.extension = rules.flatMap((r) => r.anyOf.map((p) => combination(['patient', p])))
    }
  }
  statement.software = { name: `${statement.software?.name ?? 'embedded FHIR server'}; profile ${profile.name}` }
  return statement
}
