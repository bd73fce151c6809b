import { getPatientCompartment } from '../definitions.ts'

/**
 * Every patient-level read/search scope the FHIR server understands, v2 and v1 spellings.
 * @returns The scopes, e.g. `patient/Observation.rs`, `patient/*.read`.
 */
export function resourceScopes(): string[] {
  const types = ['*', 'Patient', ...getPatientCompartment().keys(), 'Medication', 'Practitioner', 'Organization']
  return [...new Set(types)].flatMap((type) => ['rs', 'r', 's', 'read'].map((p) => `patient/${type}.${p}`))
}
