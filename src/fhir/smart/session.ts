/**
 * The one signed-in SMART session of this page: tokens in this module's memory only, refreshed before expiry and
 * once more after a 401 (refreshAfterUnauthorized). Nothing here logs.
 */
import * as oauth from 'oauth4webapi'
import { SmartError } from './SmartError.ts'
import { authorizationServer } from './authorizationServer.ts'
import type { SmartConfiguration } from './discover.ts'
import { requestOptions } from './requestOptions.ts'

const REFRESH_MARGIN_MS = 60_000

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

/**
 * Starts the session of a completed launch (ending any earlier one) and schedules its refresh.
 * @param config - the discovered configuration
 * @param clientId - this app's client id
 * @param token - the token endpoint's response
 */
export function startSession(config: SmartConfiguration, clientId: string, token: oauth.TokenEndpointResponse): void {
  endSession()
  const receivedAt = Date.now()
  const lifetimeMs = (token.expires_in ?? 3600) * 1000
  session = {
    config,
    clientId,
    accessToken: token.access_token,
    refreshToken: token.refresh_token ?? null,
    expiresAt: receivedAt + lifetimeMs,
    refreshAt: refreshTime(receivedAt, lifetimeMs),
    refreshing: null,
    timer: null,
  }
  scheduleRefresh(session)
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
