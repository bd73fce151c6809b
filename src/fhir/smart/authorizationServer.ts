import type * as oauth from 'oauth4webapi'
import type { SmartConfiguration } from './discover.ts'

/**
 * The oauth4webapi view of a discovered SMART configuration.
 * @param config - the discovered configuration
 */
export function authorizationServer(config: SmartConfiguration): oauth.AuthorizationServer {
  return {
    issuer: config.issuer,
    authorization_endpoint: config.authorizationEndpoint,
    token_endpoint: config.tokenEndpoint,
    authorization_response_iss_parameter_supported: config.issParameterSupported,
  }
}
