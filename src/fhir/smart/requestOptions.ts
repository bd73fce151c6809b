import * as oauth from 'oauth4webapi'
import type { SmartConfiguration } from './discover.ts'
import { isLoopback } from './isLoopback.ts'

/**
 * Options for token endpoint requests: plain http is allowed for this machine's token endpoint only.
 * @param config - the discovered configuration
 */
export function requestOptions(config: SmartConfiguration): oauth.TokenEndpointRequestOptions {
  // Plain http is accepted for this machine only (the local demo); requireSecure refused it everywhere else.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return { [oauth.allowInsecureRequests]: isLoopback(new URL(config.tokenEndpoint)) }
}
