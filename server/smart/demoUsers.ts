/** A demo user of the authorization server. */
export interface DemoUser {
  readonly id: string
  readonly name: string
  /** Relative FHIR reference of the user, e.g. `Practitioner/demo-clinician`. */
  readonly fhirUser: string
}

/** The demo's users. */
export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'demo-clinician', name: 'Demo Clinician', fhirUser: 'Practitioner/demo-clinician' },
]
