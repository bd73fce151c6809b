import type * as oauth from 'oauth4webapi'
import { SmartError } from './SmartError.ts'

const INVALID =
  "The record system's answer to the sign-in could not be used (it is not a valid token response). Please launch the app again."

/**
 * Fails closed on a token response the app cannot rely on (docs/reliability.md A14): oauth4webapi has already
 * required a string `access_token` and `token_type`; SMART also needs a Bearer token (no DPoP was asked for) and the
 * granted `scope`.
 * @param token - the processed token response
 */
export function checkTokenResponse(token: oauth.TokenEndpointResponse): void {
  if (token.access_token === '' || token.token_type !== 'bearer' || typeof token.scope !== 'string') {
    throw new SmartError('exchange', INVALID)
  }
}
