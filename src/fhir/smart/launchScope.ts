import { RECORD_TYPES } from '../../timeline/recordTypes.ts'

/** The scopes the app asks for: launch context, identity, and read/search of the record types it shows. */
export const RECORD_SCOPES: readonly string[] = [
  'patient/Patient.rs',
  ...RECORD_TYPES.map((type) => `patient/${type}.rs`),
]

/**
 * The scope string of an EHR launch (`launch`) or a standalone launch (`launch/patient`).
 * @param kind - which launch
 */
export function launchScope(kind: 'ehr' | 'standalone'): string {
  return [kind === 'ehr' ? 'launch' : 'launch/patient', 'openid', 'fhirUser', 'online_access', ...RECORD_SCOPES].join(
    ' ',
  )
}
