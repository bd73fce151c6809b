import type { Provider } from 'oidc-provider'
import type { DemoUser } from './demoUsers.ts'
import type { LaunchContext } from './LaunchContext.ts'
import type { PickablePatient } from './PickablePatient.ts'

/** What the sign-in interaction of `startAuthServer` works on: the provider and the server's in-memory state. */
export interface AuthServerState {
  readonly provider: Provider
  /** The FHIR base URL the tokens are for, without a trailing slash. */
  readonly fhirBase: string
  /** The demo users by id. */
  readonly users: ReadonlyMap<string, DemoUser>
  /** The launch context (and the user's absolute fhirUser) of each grant, by grant id. */
  readonly contexts: Map<string, LaunchContext & { fhirUser: string }>
  /** EHR launches registered by `createLaunch` and not yet used, by launch id. */
  readonly launches: Map<string, { user: DemoUser; context: LaunchContext; expires: number }>
  /** The resource scopes a grant may hold. */
  readonly resourceScopeSet: ReadonlySet<string>
  /** Patients offered by the standalone picker. */
  readonly listPatients: () => Promise<readonly PickablePatient[]>
}
