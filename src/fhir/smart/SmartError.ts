/** Why a launch stopped; every message is safe, plain text. */
export type SmartErrorKind =
  'not-allowed' | 'discovery' | 'no-pkce' | 'insecure' | 'state' | 'denied' | 'exchange' | 'no-patient' | 'expired'

/** A launch failure with a message the UI can show as it is. */
export class SmartError extends Error {
  readonly kind: SmartErrorKind
  /**
   * @param kind - the category
   * @param message - plain text, no token, no server text
   */
  constructor(kind: SmartErrorKind, message: string) {
    super(message)
    this.name = 'SmartError'
    this.kind = kind
  }
}
