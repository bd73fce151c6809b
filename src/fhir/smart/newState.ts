import * as oauth from 'oauth4webapi'

/** A fresh `state`: 32 random bytes from the platform CSPRNG, base64url (256 bits, over the 122 SMART asks). */
export function newState(): string {
  return oauth.generateRandomState()
}
