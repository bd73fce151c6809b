/**
 * Token refresh of the SMART client (docs/reliability.md A19, A20, A21, A22) against the real oidc-provider authorization
 * server of the demo, started in-process on 127.0.0.1 with 60-second access tokens. Only the FHIR server's
 * `.well-known/smart-configuration` is answered by the test (the FHIR server itself is not needed); every token
 * request goes over real HTTP to oidc-provider. The clock (`Date`, `setTimeout`) is faked, so "near expiry" is a
 * clock jump and the refresh timer runs only when the test advances it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEMO_USERS, startAuthServer } from '../../server/smart/authServer.ts'
import type { RunningAuthServer } from '../../server/smart/authServer.ts'
import { SmartError } from './smart/SmartError.ts'
import { beginLaunch } from './smart/beginLaunch.ts'
import { completeLaunch } from './smart/completeLaunch.ts'
import { endSession, getAccessToken, refreshAfterUnauthorized } from './smart/session.ts'
import { memoryStorage } from './testStorage.ts'

const CLIENT_ID = 'twin-refresh-test'
const REDIRECT_URI = 'http://127.0.0.1:5199/callback'
const EXPIRED_MESSAGE = 'The sign-in has ended. Reopen the app from your record system.'
const realFetch = globalThis.fetch

/** One request the client sent to the token endpoint, and the JSON it got back. */
interface TokenCall {
  readonly body: URLSearchParams
  readonly status: number
  readonly response: Readonly<Record<string, unknown>>
}

let auth: RunningAuthServer
let fhirBase: string
let tokenCalls: TokenCall[]

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input
  return input instanceof URL ? input.href : input.url
}

/** The app's fetch: discovery answered here, everything else to the real server, token requests recorded. */
async function recordingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = requestUrl(input)
  if (url === `${fhirBase}/.well-known/smart-configuration`) return Response.json(auth.smartConfiguration)
  const response = await realFetch(input, init)
  if (url === `${auth.issuer}/token`) {
    const body = init?.body instanceof URLSearchParams ? new URLSearchParams(init.body) : new URLSearchParams()
    const json = (await response.clone().json()) as Record<string, unknown>
    tokenCalls.push({ body, status: response.status, response: json })
  }
  return response
}

function refreshCalls(): TokenCall[] {
  return tokenCalls.filter((call) => call.body.get('grant_type') === 'refresh_token')
}

function field(call: TokenCall | undefined, name: string): string {
  const value = call?.response[name]
  if (typeof value !== 'string') throw new Error(`no ${name} in the token response`)
  return value
}

/** Follows the authorization redirects (with the server's cookies) up to the app's redirect URI. */
async function authorize(authorizationUrl: string): Promise<URL> {
  const jar = new Map<string, string>()
  let url = authorizationUrl
  for (let hop = 0; hop < 10; hop += 1) {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
    const response = await realFetch(url, { redirect: 'manual', headers: cookie === '' ? {} : { cookie } })
    await response.arrayBuffer()
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? ''
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq)
      const value = pair.slice(eq + 1)
      if (value === '') jar.delete(name)
      else jar.set(name, value)
    }
    const location = response.headers.get('location')
    if (location === null) throw new Error(`the authorization stopped with HTTP ${String(response.status)}`)
    const next = new URL(location, url)
    if (next.href.startsWith(REDIRECT_URI)) return next
    url = next.href
  }
  throw new Error('too many redirects')
}

/** An EHR launch through the real server; returns the tokens of the code exchange. */
async function launch(): Promise<{ accessToken: string; refreshToken: string }> {
  const user = DEMO_USERS[0]
  if (user === undefined) throw new Error('no demo user')
  const client = { clientId: CLIENT_ID, redirectUri: REDIRECT_URI, issAllowlist: [fhirBase] }
  const storage = memoryStorage()
  const launchId = auth.createLaunch(user, { patient: 'p-1', needPatientBanner: true })
  const callback = await authorize(await beginLaunch({ iss: fhirBase, launch: launchId }, client, storage))
  const result = await completeLaunch(callback, client, storage)
  expect(result.patientId).toBe('p-1')
  expect(tokenCalls).toHaveLength(1)
  const exchange = tokenCalls[0]
  expect(exchange?.body.get('grant_type')).toBe('authorization_code')
  expect(exchange?.response['expires_in']).toBe(60)
  return { accessToken: field(exchange, 'access_token'), refreshToken: field(exchange, 'refresh_token') }
}

/** Uses a refresh token once, outside the app (another party), so the server refuses it from then on. */
async function useElsewhere(refreshToken: string): Promise<void> {
  const response = await realFetch(`${auth.issuer}/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID }),
  })
  expect(response.status).toBe(200)
  await response.arrayBuffer()
}

/** Moves the fake wall clock forward without running timers (a late timer, a woken laptop). */
function jump(ms: number): void {
  vi.setSystemTime(Date.now() + ms)
}

beforeAll(async () => {
  auth = await startAuthServer({
    port: 0,
    fhirBaseUrl: 'http://127.0.0.1:5198/fhir',
    clientId: CLIENT_ID,
    redirectUris: [REDIRECT_URI],
    listPatients: () => Promise.resolve([]),
    accessTokenTtl: 60,
  })
  fhirBase = 'http://127.0.0.1:5198/fhir'
})

afterAll(async () => {
  await auth.close()
})

beforeEach(() => {
  tokenCalls = []
  vi.stubGlobal('fetch', recordingFetch)
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: Date.now() })
})

afterEach(() => {
  endSession()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('refresh near expiry (A19, A22)', () => {
  it('sends one refresh for 10 parallel callers, rotates the refresh token and never resends the old one', async () => {
    // given a launch with 60-second tokens, 15 seconds before expiry
    const first = await launch()
    jump(45_000)
    // when
    const tokens = await Promise.all(Array.from({ length: 10 }, () => getAccessToken()))
    // then exactly one refresh, with the launch's refresh token and nothing else (no scope: A22)
    const [refresh] = refreshCalls()
    expect(refreshCalls()).toHaveLength(1)
    expect(refresh?.status).toBe(200)
    expect([...(refresh?.body.keys() ?? [])].sort()).toEqual(['client_id', 'grant_type', 'refresh_token'])
    expect(refresh?.body.get('client_id')).toBe(CLIENT_ID)
    expect(refresh?.body.get('refresh_token')).toBe(first.refreshToken)
    expect(refresh?.body.has('scope')).toBe(false)
    const second = { accessToken: field(refresh, 'access_token'), refreshToken: field(refresh, 'refresh_token') }
    expect(second.accessToken).not.toBe(first.accessToken)
    expect(second.refreshToken).not.toBe(first.refreshToken)
    expect(tokens).toEqual(Array.from({ length: 10 }, () => second.accessToken))

    // and the fresh token is used as it is, even when the launch's (overdue) timer runs now
    await vi.advanceTimersByTimeAsync(0)
    expect(await getAccessToken()).toBe(second.accessToken)
    expect(refreshCalls()).toHaveLength(1)

    // when the next expiry nears, the rotated refresh token is the one sent
    jump(45_000)
    const third = await getAccessToken()
    expect(refreshCalls()).toHaveLength(2)
    expect(refreshCalls()[1]?.body.get('refresh_token')).toBe(second.refreshToken)
    expect(third).toBe(field(refreshCalls()[1], 'access_token'))
    expect(tokenCalls.filter((call) => call.body.get('refresh_token') === first.refreshToken)).toHaveLength(1)

    // and the server itself no longer accepts the launch's refresh token (it was rotated)
    const replay = await realFetch(`${auth.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: first.refreshToken,
        client_id: CLIENT_ID,
      }),
    })
    expect(replay.status).toBe(400)
    expect(((await replay.json()) as Record<string, unknown>)['error']).toBe('invalid_grant')
  })

  it('refreshes from its timer before expiry, with the same body shape', async () => {
    // given
    const first = await launch()
    // when the scheduled refresh time comes: halfway through a 60-second lifetime (the clock and timers move together)
    await vi.advanceTimersByTimeAsync(29_999)
    expect(refreshCalls()).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    const token = await getAccessToken()
    // then
    expect(refreshCalls()).toHaveLength(1)
    const [refresh] = refreshCalls()
    expect(Object.fromEntries(refresh?.body ?? [])).toEqual({
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: first.refreshToken,
    })
    expect(token).toBe(field(refresh, 'access_token'))
  })
})

describe('refresh refused (A20)', () => {
  it('purges the tokens on invalid_grant, rejects every caller with one typed error, and does not retry', async () => {
    // given a launch whose refresh token another party has already used (the server rotated it away)
    const first = await launch()
    await useElsewhere(first.refreshToken)
    jump(45_000)
    // when 5 callers need a token
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => getAccessToken()))
    // then one request, answered 400 invalid_grant, and every caller gets the same typed error
    expect(refreshCalls()).toHaveLength(1)
    expect(refreshCalls()[0]?.status).toBe(400)
    expect(refreshCalls()[0]?.response['error']).toBe('invalid_grant')
    for (const result of results) {
      expect(result.status).toBe('rejected')
      const reason: unknown = result.status === 'rejected' ? result.reason : undefined
      expect(reason).toBeInstanceOf(SmartError)
      expect(reason).toMatchObject({ kind: 'expired', message: EXPIRED_MESSAGE })
    }
    // and the tokens are gone: no token even though the old access token has 15 seconds left
    expect(await getAccessToken()).toBeUndefined()
    // and nothing retries, whatever the clock does
    await vi.runAllTimersAsync()
    jump(3_600_000)
    await vi.runAllTimersAsync()
    expect(await getAccessToken()).toBeUndefined()
    expect(refreshCalls()).toHaveLength(1)
  })
})

describe('refresh after a 401 with an unexpired token (A21)', () => {
  it('sends one refresh for 5 parallel callers with the refused token and returns the rotated token', async () => {
    // given a launch whose access token has 60 seconds left (no refresh is due)
    const first = await launch()
    // when the FHIR server has refused it and 5 requests ask for a new one at once
    const tokens = await Promise.all(Array.from({ length: 5 }, () => refreshAfterUnauthorized(first.accessToken)))
    // then exactly one refresh, with the launch's refresh token, and every caller gets the rotated access token
    expect(refreshCalls()).toHaveLength(1)
    const [refresh] = refreshCalls()
    expect(refresh?.status).toBe(200)
    expect(Object.fromEntries(refresh?.body ?? [])).toEqual({
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: first.refreshToken,
    })
    const rotated = field(refresh, 'access_token')
    expect(rotated).not.toBe(first.accessToken)
    expect(tokens).toEqual(Array.from({ length: 5 }, () => rotated))
    expect(await getAccessToken()).toBe(rotated)
    expect(tokenCalls).toHaveLength(2)
  })

  it('makes no request when the refused token was already replaced, and returns the current one', async () => {
    // given a launch whose access token was then replaced by a refresh
    const first = await launch()
    const second = await refreshAfterUnauthorized(first.accessToken)
    expect(refreshCalls()).toHaveLength(1)
    expect(second).toBe(field(refreshCalls()[0], 'access_token'))
    // when a late request reports a 401 to the launch's token
    const token = await refreshAfterUnauthorized(first.accessToken)
    // then the current token, without any token request
    expect(token).toBe(second)
    expect(refreshCalls()).toHaveLength(1)
    expect(tokenCalls).toHaveLength(2)
  })

  it('joins a refresh already in flight instead of starting a second one', async () => {
    // given a refresh near expiry in flight
    const first = await launch()
    jump(45_000)
    const pending = getAccessToken()
    // when a 401 to the launch's token arrives meanwhile
    const token = await refreshAfterUnauthorized(first.accessToken)
    // then both get the one refresh's token
    expect(refreshCalls()).toHaveLength(1)
    expect(token).toBe(field(refreshCalls()[0], 'access_token'))
    expect(await pending).toBe(token)
  })

  it('ends the session after exactly one request when the server refuses the refresh token', async () => {
    // given a launch whose refresh token another party has already used
    const first = await launch()
    await useElsewhere(first.refreshToken)
    // when 3 requests got a 401 with the (unexpired) access token
    const tokens = await Promise.all(Array.from({ length: 3 }, () => refreshAfterUnauthorized(first.accessToken)))
    // then one refresh, refused with invalid_grant, and no token for anyone
    expect(tokens).toEqual([undefined, undefined, undefined])
    expect(refreshCalls()).toHaveLength(1)
    expect(refreshCalls()[0]?.status).toBe(400)
    expect(refreshCalls()[0]?.response['error']).toBe('invalid_grant')
    // and the session has ended: the unexpired access token is gone too
    expect(await getAccessToken()).toBeUndefined()
    // and nothing asks again, neither a later 401 nor the clock
    expect(await refreshAfterUnauthorized(first.accessToken)).toBeUndefined()
    await vi.runAllTimersAsync()
    jump(3_600_000)
    await vi.runAllTimersAsync()
    expect(refreshCalls()).toHaveLength(1)
    expect(tokenCalls).toHaveLength(2)
  })

  it('returns undefined without a request when no one is signed in', async () => {
    // given a launch that was then signed out
    const first = await launch()
    endSession()
    // when
    const token = await refreshAfterUnauthorized(first.accessToken)
    // then
    expect(token).toBeUndefined()
    expect(refreshCalls()).toHaveLength(0)
  })
})

describe('sign-out during a refresh', () => {
  it('keeps no token from a refresh that was in flight and schedules no further refresh', async () => {
    // given a refresh in flight
    await launch()
    jump(45_000)
    const pending = getAccessToken()
    // when
    endSession()
    // then
    await expect(pending).rejects.toMatchObject({ kind: 'expired', message: EXPIRED_MESSAGE })
    expect(await getAccessToken()).toBeUndefined()
    await vi.runAllTimersAsync()
    jump(3_600_000)
    await vi.runAllTimersAsync()
    expect(refreshCalls()).toHaveLength(1)
  })
})
