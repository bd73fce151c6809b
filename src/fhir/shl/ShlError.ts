/**
 * Typed errors of SMART Health Links (src/fhir/shl). Messages are safe to show: they never carry the link's key, the
 * passcode or any decrypted content.
 */

/** Why a SMART Health Link could not be opened; the UI words each kind (src/i18n `shl.problem.*`). */
export type ShlErrorKind =
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

/** An error from opening a SMART Health Link, with a kind the UI can explain in plain language. */
export class ShlError extends Error {
  readonly kind: ShlErrorKind
  /** Passcode attempts the server says are left (401 `remainingAttempts`), or null when it sent none. */
  readonly remainingAttempts: number | null
  /** A named reason the UI shows under its message (e.g. why a shared Bundle was refused), or null. */
  readonly detail: string | null

  /**
   * @param kind - the error category
   * @param message - a safe, plain-language message (English, for logs and tests)
   * @param remainingAttempts - passcode attempts left, when the server said
   * @param detail - a named reason to show under the UI's message, when there is one
   */
  constructor(
    kind: ShlErrorKind,
    message: string,
    remainingAttempts: number | null = null,
    detail: string | null = null,
  ) {
    super(message)
    this.name = 'ShlError'
    this.kind = kind
    this.remainingAttempts = remainingAttempts
    this.detail = detail
  }
}
