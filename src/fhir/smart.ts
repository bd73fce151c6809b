/**
 * SMART App Launch 2.2 as a public browser client, on oauth4webapi (no hand-rolled crypto): discovery through
 * `{iss}/.well-known/smart-configuration`, PKCE S256 always (a server without it is refused), a 256-bit state that
 * is validated on return and used once, `aud` = `iss`, the token exchange, the launch context from the token
 * response, refresh before expiry and one forced refresh after a 401 (refreshAfterUnauthorized). Tokens live in
 * this module's memory only; sessionStorage holds `{ state, codeVerifier, iss, launch }` across the redirect and is
 * cleared on return. Nothing here logs.
 */
import * as oauth from 'oauth4webapi'

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

/** The parts of `.well-known/smart-configuration` the app uses. */
export interface SmartConfiguration {
  readonly issuer: string
  readonly authorizationEndpoint: string
  readonly tokenEndpoint: string
  readonly codeChallengeMethods: readonly string[]
  readonly issParameterSupported: boolean
}

/** The client registration and policy of this app (from the runtime configuration). */
export interface SmartClientOptions {
  readonly clientId: string
  readonly redirectUri: string
  /** Exact FHIR base URLs the app may launch against. */
  readonly issAllowlist: readonly string[]
}

/** What a completed launch gives the app (no token: that stays here). */
export interface LaunchResult {
  readonly fhirBaseUrl: string
  readonly patientId: string
  readonly encounterId: string | null
  /** False only when the server says the host already shows the patient. */
  readonly needPatientBanner: boolean
  readonly smartStyleUrl: string | null
  readonly grantedScope: string
}

/** The scopes the app asks for: launch context, identity, and read/search of the record types it shows. */
export const RECORD_SCOPES = [
  'patient/Patient.rs',
  'patient/Condition.rs',
  'patient/Procedure.rs',
  'patient/Observation.rs',
  'patient/MedicationRequest.rs',
  'patient/MedicationStatement.rs',
  'patient/AllergyIntolerance.rs',
  'patient/Immunization.rs',
  'patient/FamilyMemberHistory.rs',
  'patient/Encounter.rs',
  'patient/DiagnosticReport.rs',
  'patient/CarePlan.rs',
] as const

/**
 * The scope string of an EHR launch (`launch`) or a standalone launch (`launch/patient`).
 * @param kind - which launch
 */
export function launchScope(kind: 'ehr' | 'standalone'): string {
  return [kind === 'ehr' ? 'launch' : 'launch/patient', 'openid', 'fhirUser', 'online_access', ...RECORD_SCOPES].join(
    ' ',
  )
}

const PENDING_KEY = 'twin:smart:pending'
const REFRESH_MARGIN_MS = 60_000

function normaliseBase(url: string): string {
  return url.replace(/\/+$/, '')
}

/**
 * True when `iss` is exactly one of the allowlisted FHIR bases (a trailing slash aside): no prefix, suffix or
 * case-folding matches.
 * @param iss - the launch's `iss`
 * @param allowlist - configured FHIR base URLs
 */
export function isIssAllowed(iss: string, allowlist: readonly string[]): boolean {
  const candidate = normaliseBase(iss)
  return candidate !== '' && allowlist.some((allowed) => normaliseBase(allowed) === candidate)
}

/** A fresh `state`: 32 random bytes from the platform CSPRNG, base64url (256 bits, over the 122 SMART asks). */
export function newState(): string {
  return oauth.generateRandomState()
}

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
}

/** Tokens and endpoints go over TLS; plain http only to this machine (the local demo). */
function requireSecure(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SmartError('discovery', 'The record system’s sign-in settings are not usable.')
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new SmartError('insecure', 'The record system’s sign-in does not use a secure connection.')
  }
  return url
}

/**
 * Reads and checks `{iss}/.well-known/smart-configuration`; refuses a server without PKCE S256.
 * @param iss - an allowlisted FHIR base
 */
export async function discover(iss: string): Promise<SmartConfiguration> {
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
  requireSecure(token)
  const issuer = typeof doc['issuer'] === 'string' ? doc['issuer'] : authorizationUrl.origin
  return {
    issuer,
    authorizationEndpoint: authorization,
    tokenEndpoint: token,
    codeChallengeMethods: methods,
    issParameterSupported: doc['authorization_response_iss_parameter_supported'] === true,
  }
}

function authorizationServer(config: SmartConfiguration): oauth.AuthorizationServer {
  return {
    issuer: config.issuer,
    authorization_endpoint: config.authorizationEndpoint,
    token_endpoint: config.tokenEndpoint,
    authorization_response_iss_parameter_supported: config.issParameterSupported,
  }
}

function requestOptions(config: SmartConfiguration): oauth.TokenEndpointRequestOptions {
  // Plain http is accepted for this machine only (the local demo); requireSecure refused it everywhere else.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return { [oauth.allowInsecureRequests]: isLoopback(new URL(config.tokenEndpoint)) }
}

interface Pending {
  readonly state: string
  readonly codeVerifier: string
  readonly iss: string
  readonly launch: string | null
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
  const config = await discover(iss)
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
  const pending: Pending = { state, codeVerifier, iss, launch: request.launch }
  storage.setItem(PENDING_KEY, JSON.stringify(pending))
  return url.href
}

function readPending(storage: Storage): Pending | null {
  const raw = storage.getItem(PENDING_KEY)
  storage.removeItem(PENDING_KEY)
  if (raw === null) return null
  try {
    const value = JSON.parse(raw) as Partial<Pending>
    if (typeof value.state !== 'string' || typeof value.codeVerifier !== 'string' || typeof value.iss !== 'string') {
      return null
    }
    return { state: value.state, codeVerifier: value.codeVerifier, iss: value.iss, launch: value.launch ?? null }
  } catch {
    return null
  }
}

interface Session {
  readonly config: SmartConfiguration
  readonly clientId: string
  accessToken: string
  refreshToken: string | null
  /** Receipt time + expires_in (never the server's clock). */
  expiresAt: number
  /** When to refresh: see refreshTime. */
  refreshAt: number
  refreshing: Promise<string> | null
  timer: ReturnType<typeof setTimeout> | null
}

/** The one signed-in session of this page, in memory only. */
let session: Session | null = null

const STATE_MESSAGE = 'Sign-in could not be verified. Please launch the app again.'

/**
 * Finishes a launch on the redirect URL: the pending entry is read and removed first (single use), the state must
 * match, then the code is exchanged with the PKCE verifier. The caller strips `code` and `state` from the address
 * bar before awaiting this.
 * @param callbackUrl - the redirect URL as it arrived
 * @param client - client id, redirect URI and allowlist
 * @param storage - sessionStorage
 * @returns the launch context
 */
export async function completeLaunch(
  callbackUrl: URL,
  client: SmartClientOptions,
  storage: Storage = sessionStorage,
): Promise<LaunchResult> {
  const pending = readPending(storage)
  const params = new URLSearchParams(callbackUrl.search)
  const state = params.get('state')
  if (pending === null || state === null || state !== pending.state) throw new SmartError('state', STATE_MESSAGE)
  if (params.has('error')) {
    throw new SmartError('denied', 'The record system did not allow the sign-in. You can launch the app again.')
  }
  if (!isIssAllowed(pending.iss, client.issAllowlist)) {
    throw new SmartError('not-allowed', 'This app is not set up to open records from that record system.')
  }
  const config = await discover(pending.iss)
  const as = authorizationServer(config)
  const oauthClient: oauth.Client = { client_id: client.clientId }
  let token: oauth.TokenEndpointResponse
  try {
    const checked = oauth.validateAuthResponse(as, oauthClient, params, pending.state)
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      oauthClient,
      oauth.None(),
      checked,
      client.redirectUri,
      pending.codeVerifier,
      requestOptions(config),
    )
    token = await oauth.processAuthorizationCodeResponse(as, oauthClient, response)
  } catch {
    throw new SmartError(
      'exchange',
      'The record system refused to finish the sign-in (the sign-in code was already used or has expired). Please launch the app again.',
    )
  }
  const patient = token['patient']
  if (typeof patient !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(patient)) {
    throw new SmartError('no-patient', 'The record system did not say whose record to open. Please launch again.')
  }
  const encounter = token['encounter']
  const style = token['smart_style_url']
  endSession()
  const receivedAt = Date.now()
  const lifetimeMs = (token.expires_in ?? 3600) * 1000
  session = {
    config,
    clientId: client.clientId,
    accessToken: token.access_token,
    refreshToken: token.refresh_token ?? null,
    expiresAt: receivedAt + lifetimeMs,
    refreshAt: refreshTime(receivedAt, lifetimeMs),
    refreshing: null,
    timer: null,
  }
  scheduleRefresh(session)
  return {
    fhirBaseUrl: pending.iss,
    patientId: patient,
    encounterId: typeof encounter === 'string' ? encounter : null,
    needPatientBanner: token['need_patient_banner'] !== false,
    smartStyleUrl: typeof style === 'string' ? style : null,
    grantedScope: token.scope ?? '',
  }
}

/**
 * A minute before expiry; for a lifetime of two minutes or less, halfway through it (else a 60-second token would
 * be due for refresh the moment it arrives, and every refresh would start the next one).
 */
function refreshTime(receivedAt: number, lifetimeMs: number): number {
  return receivedAt + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2)
}

function clearTimer(current: Session): void {
  if (current.timer !== null) clearTimeout(current.timer)
  current.timer = null
}

function scheduleRefresh(current: Session): void {
  clearTimer(current)
  if (current.refreshToken === null) return
  const delay = Math.max(0, current.refreshAt - Date.now())
  current.timer = setTimeout(() => {
    refresh(current).catch(() => undefined)
  }, delay)
}

/** One refresh at a time; the new refresh token replaces the old one, which is never sent again. */
function refresh(current: Session): Promise<string> {
  if (current.refreshing !== null) return current.refreshing
  const refreshToken = current.refreshToken
  if (refreshToken === null) return Promise.reject(new SmartError('expired', 'The sign-in has ended.'))
  current.refreshToken = null
  // A caller got here first (a late timer, a woken laptop): the pending timer must not start a second refresh.
  clearTimer(current)
  current.refreshing = (async () => {
    try {
      const as = authorizationServer(current.config)
      const client: oauth.Client = { client_id: current.clientId }
      const response = await oauth.refreshTokenGrantRequest(
        as,
        client,
        oauth.None(),
        refreshToken,
        requestOptions(current.config),
      )
      const token = await oauth.processRefreshTokenResponse(as, client, response)
      // Signed out (or relaunched) while this was in flight: keep nothing, schedule nothing.
      if (session !== current) throw new Error('ended')
      const receivedAt = Date.now()
      const lifetimeMs = (token.expires_in ?? 3600) * 1000
      current.accessToken = token.access_token
      current.refreshToken = token.refresh_token ?? null
      current.expiresAt = receivedAt + lifetimeMs
      current.refreshAt = refreshTime(receivedAt, lifetimeMs)
      scheduleRefresh(current)
      return token.access_token
    } catch {
      if (session === current) endSession()
      throw new SmartError('expired', 'The sign-in has ended. Reopen the app from your record system.')
    } finally {
      current.refreshing = null
    }
  })()
  return current.refreshing
}

/**
 * The current access token, refreshed first when it is about to expire; undefined when not signed in.
 * @returns the token, for the FHIR base's origin only
 */
export async function getAccessToken(): Promise<string | undefined> {
  const current = session
  if (current === null) return undefined
  if (Date.now() < current.refreshAt) return current.accessToken
  if (current.refreshToken !== null || current.refreshing !== null) return refresh(current)
  return current.expiresAt > Date.now() ? current.accessToken : undefined
}

/**
 * One forced refresh after the FHIR server refused an access token that had not expired (401: revoked, or the
 * server lost its state). Parallel callers share the single refresh; a caller whose token was already replaced gets
 * the current one without a request. Without a refresh token, or when the refresh is refused, the session ends.
 * The caller retries at most once with the result and never calls this again for the same load (no loop).
 * @param rejectedToken - the access token the FHIR server answered 401 to
 * @returns the new access token, or undefined when the sign-in has ended
 */
export async function refreshAfterUnauthorized(rejectedToken: string): Promise<string | undefined> {
  const current = session
  if (current === null) return undefined
  if (current.refreshing === null && current.accessToken !== rejectedToken) return current.accessToken
  if (current.refreshing === null && current.refreshToken === null) {
    endSession()
    return undefined
  }
  try {
    return await refresh(current)
  } catch {
    // refresh() has already ended the session (tokens dropped) when the server refused it.
    return undefined
  }
}

/** Forgets the tokens of this page (sign-out, relaunch). */
export function endSession(): void {
  const current = session
  session = null
  if (current === null) return
  clearTimer(current)
  current.accessToken = ''
  current.refreshToken = null
}
