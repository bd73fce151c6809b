import { SmartError } from './SmartError.ts'
import { normaliseBase } from './normaliseBase.ts'
import { isEndpointAllowed } from './isEndpointAllowed.ts'
import { requireSecure } from './requireSecure.ts'

/** The parts of `.well-known/smart-configuration` the app uses. */
export interface SmartConfiguration {
  readonly issuer: string
  readonly authorizationEndpoint: string
  readonly tokenEndpoint: string
  readonly codeChallengeMethods: readonly string[]
  readonly issParameterSupported: boolean
}

/**
 * Reads and checks `{iss}/.well-known/smart-configuration`; refuses a server without PKCE S256, and endpoints without
 * TLS or on a host that is neither the FHIR base's nor configured (A12, A13).
 * @param iss - an allowlisted FHIR base
 * @param authorizationOrigins - exact origins configured for sign-in besides the FHIR base's host
 */
export async function discover(iss: string, authorizationOrigins: readonly string[] = []): Promise<SmartConfiguration> {
  const base = requireSecure(normaliseBase(iss))
  let body: unknown
  try {
    const response = await fetch(`${base.href.replace(/\/+$/, '')}/.well-known/smart-configuration`, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    })
    if (!response.ok) throw new Error('status')
    body = await response.json()
  } catch {
    throw new SmartError('discovery', 'The record system is not set up for sign-in by apps (no SMART configuration).')
  }
  if (typeof body !== 'object' || body === null) {
    throw new SmartError('discovery', 'The record system is not set up for sign-in by apps (no SMART configuration).')
  }
  const doc = body as Record<string, unknown>
  const authorization = doc['authorization_endpoint']
  const token = doc['token_endpoint']
  if (typeof authorization !== 'string' || typeof token !== 'string') {
    throw new SmartError('discovery', 'The record system’s sign-in settings are incomplete.')
  }
  const methods = Array.isArray(doc['code_challenge_methods_supported'])
    ? doc['code_challenge_methods_supported'].filter((m): m is string => typeof m === 'string')
    : []
  if (!methods.includes('S256')) {
    throw new SmartError('no-pkce', 'This record system doesn’t support secure sign-in for this app (PKCE S256).')
  }
  const authorizationUrl = requireSecure(authorization)
  const tokenUrl = requireSecure(token)
  if (![authorizationUrl, tokenUrl].every((url) => isEndpointAllowed(url, base, authorizationOrigins))) {
    throw new SmartError('not-allowed', 'The record system’s sign-in is on a site this app is not set up to use.')
  }
  const issuer = typeof doc['issuer'] === 'string' ? doc['issuer'] : authorizationUrl.origin
  return {
    issuer,
    authorizationEndpoint: authorization,
    tokenEndpoint: token,
    codeChallengeMethods: methods,
    issParameterSupported: doc['authorization_response_iss_parameter_supported'] === true,
  }
}
