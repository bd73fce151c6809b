/**
 * Why a SMART Health Link did not open, as the controller answers the link form: the kinds of src/fhir/shl's
 * ShlError (the views may not import src/fhir; the controller's assignment from ShlError keeps the two in step at
 * compile time).
 */
export type HealthLinkProblemKind =
  | 'invalid-link'
  | 'expired'
  | 'passcode-required'
  | 'wrong-passcode'
  | 'not-active'
  | 'wrong-key'
  | 'unsupported'
  | 'too-large'
  | 'unreachable'
  | 'failed'

/** A link that did not open, with the passcode attempts the server says are left (or null). */
export interface HealthLinkProblem {
  readonly kind: HealthLinkProblemKind
  readonly remainingAttempts: number | null
  /** A named reason shown under the message (e.g. why the shared Bundle was refused), or null. */
  readonly detail: string | null
}
