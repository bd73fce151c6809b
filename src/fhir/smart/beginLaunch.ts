/**
 * SMART App Launch 2.2 as a public browser client, on oauth4webapi (no hand-rolled crypto): discovery through
 * `{iss}/.well-known/smart-configuration`, PKCE S256 always (a server without it is refused), a 256-bit state that
 * is validated on return and used once, `aud` = `iss`, the token exchange, the launch context from the token
 * response, refresh before expiry and one forced refresh after a 401 (refreshAfterUnauthorized). Tokens live in
 * session.ts's memory only; sessionStorage holds `{ state, codeVerifier, iss, launch }` across the redirect and is
 * cleared on return. Nothing here logs.
 */
import * as oauth from 'oauth4webapi'
import { SmartError } from './SmartError.ts'
import { discover } from './discover.ts'
import { isIssAllowed } from './isIssAllowed.ts'
import { launchScope } from './launchScope.ts'
import { newState } from './newState.ts'
import { normaliseBase } from './normaliseBase.ts'
import { PENDING_KEY, type PendingLaunch } from './pendingLaunch.ts'

/** The client registration and policy of this app (from the runtime configuration). */
export interface SmartClientOptions {
  readonly clientId: string
  readonly redirectUri: string
  /** Exact FHIR base URLs the app may launch against. */
  readonly issAllowlist: readonly string[]
  /** Exact origins of sign-in endpoints on another host than the FHIR base's (A13); none by default. */
  readonly authorizationOrigins?: readonly string[]
}

/**
 * Starts a launch: allowlist check (before any request), discovery, PKCE S256 and state; stores
 * `{ state, codeVerifier, iss, launch }` in sessionStorage for the return trip.
 * @param request - `iss`, and `launch` for an EHR launch (null for standalone)
 * @param client - client id, redirect URI and allowlist
 * @param storage - where the pending launch waits (sessionStorage)
 * @returns the authorization URL to navigate to
 */
export async function beginLaunch(
  request: { readonly iss: string; readonly launch: string | null },
  client: SmartClientOptions,
  storage: Storage = sessionStorage,
): Promise<string> {
  if (!isIssAllowed(request.iss, client.issAllowlist)) {
    throw new SmartError('not-allowed', 'This app is not set up to open records from that record system.')
  }
  const iss = normaliseBase(request.iss)
  const config = await discover(iss, client.authorizationOrigins)
  const state = newState()
  const codeVerifier = oauth.generateRandomCodeVerifier()
  const challenge = await oauth.calculatePKCECodeChallenge(codeVerifier)
  const url = new URL(config.authorizationEndpoint)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('client_id', client.clientId)
  url.searchParams.set('redirect_uri', client.redirectUri)
  url.searchParams.set('scope', launchScope(request.launch === null ? 'standalone' : 'ehr'))
  url.searchParams.set('state', state)
  url.searchParams.set('aud', iss)
  url.searchParams.set('code_challenge', challenge)
  url.searchParams.set('code_challenge_method', 'S256')
  if (request.launch !== null) url.searchParams.set('launch', request.launch)
  const pending: PendingLaunch = { state, codeVerifier, iss, launch: request.launch }
  storage.setItem(PENDING_KEY, JSON.stringify(pending))
  return url.href
}
