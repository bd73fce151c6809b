/**
 * SMART App Launch catalogue items of docs/reliability.md group A at the unit layer: the standalone authorize
 * request (A1), a denial redirect (A7), discovery failures (A12, A13), token-response checks (A14, A16) and the scope
 * string (A27). Only `fetch` is replaced (the network edge); oauth4webapi runs as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { beginLaunch } from './smart/beginLaunch.ts'
import { completeLaunch } from './smart/completeLaunch.ts'
import { discover } from './smart/discover.ts'
import { endSession, getAccessToken } from './smart/session.ts'
import { launchScope, RECORD_SCOPES } from './smart/launchScope.ts'
import { memoryStorage } from './testStorage.ts'

const ISS = 'https://ehr.example/fhir'
const CLIENT = {
  clientId: 'twin',
  redirectUri: 'https://twin.example/callback',
  issAllowlist: [ISS],
  authorizationOrigins: ['https://auth.example'],
}
const DISCOVERY = {
  issuer: 'https://auth.example',
  authorization_endpoint: 'https://auth.example/auth',
  token_endpoint: 'https://auth.example/token',
  code_challenge_methods_supported: ['S256'],
}
const INVALID_TOKEN_RESPONSE =
  "The record system's answer to the sign-in could not be used (it is not a valid token response). Please launch the app again."
const GOOD_TOKEN = {
  access_token: 'at-1',
  token_type: 'Bearer',
  expires_in: 3600,
  scope: 'launch/patient',
  patient: 'p-1',
}

/** Answers discovery with `discovery` and the token endpoint with `token`; records every request. */
function stubServer(discovery: unknown, token: unknown = GOOD_TOKEN): { urls: string[]; bodies: string[] } {
  const seen = { urls: [] as string[], bodies: [] as string[] }
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    seen.urls.push(url)
    seen.bodies.push(init?.body instanceof URLSearchParams ? init.body.toString() : '')
    if (url === DISCOVERY.token_endpoint) return Promise.resolve(Response.json(token))
    return Promise.resolve(Response.json(discovery))
  })
  return seen
}

/** A standalone launch up to the redirect back, with the pending state. */
async function pendingLaunch(storage: Storage): Promise<string> {
  const url = new URL(await beginLaunch({ iss: ISS, launch: null }, CLIENT, storage))
  return url.searchParams.get('state') ?? ''
}

afterEach(() => {
  endSession()
  vi.unstubAllGlobals()
})

describe('authorize request', () => {
  it('A1 a standalone launch asks with every parameter and no launch', async () => {
    stubServer(DISCOVERY)
    const storage = memoryStorage()
    const url = new URL(await beginLaunch({ iss: `${ISS}/`, launch: null }, CLIENT, storage))
    const pending = JSON.parse(storage.getItem('twin:smart:pending') ?? '{}') as Record<string, unknown>
    expect(url.origin + url.pathname).toBe('https://auth.example/auth')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'twin',
      redirect_uri: 'https://twin.example/callback',
      scope: launchScope('standalone'),
      state: pending['state'],
      aud: ISS,
      code_challenge: url.searchParams.get('code_challenge'),
      code_challenge_method: 'S256',
    })
    expect(pending['launch']).toBeNull()
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('A27 asks for the exact minimal scope list: launch context, identity and read/search of the shown types', () => {
    const types = 'Patient Condition Procedure Observation MedicationRequest MedicationStatement AllergyIntolerance'
    const more = 'Immunization FamilyMemberHistory Encounter DiagnosticReport CarePlan'
    const reads = `${types} ${more}`.split(' ').map((type) => `patient/${type}.rs`)
    expect(RECORD_SCOPES).toEqual(reads)
    expect(launchScope('ehr')).toBe(['launch', 'openid', 'fhirUser', 'online_access', ...reads].join(' '))
    expect(launchScope('standalone')).toBe(
      ['launch/patient', 'openid', 'fhirUser', 'online_access', ...reads].join(' '),
    )
    for (const scope of launchScope('ehr').split(' ')) expect(scope).not.toMatch(/\*|\.[a-z]*[cud]|\.(read|write)$/)
  })
})

describe('redirect back', () => {
  it('A7 access_denied with an HTML description gives the plain denial and sends nothing', async () => {
    const seen = stubServer(DISCOVERY)
    const storage = memoryStorage()
    const state = await pendingLaunch(storage)
    const callback = new URL(CLIENT.redirectUri)
    callback.search = new URLSearchParams({
      error: 'access_denied',
      error_description: '<img src=x onerror=alert(1)>',
      state,
    }).toString()
    const done = completeLaunch(callback, CLIENT, storage)
    await expect(done).rejects.toMatchObject({
      kind: 'denied',
      message: 'The record system did not allow the sign-in. You can launch the app again.',
    })
    expect(seen.urls).toEqual([`${ISS}/.well-known/smart-configuration`])
    expect(storage.length).toBe(0)
  })

  it('A16 a token response without a patient stops the launch and no search guesses one', async () => {
    const seen = stubServer(DISCOVERY, { ...GOOD_TOKEN, patient: undefined, fhirUser: 'Patient/p-9' })
    const storage = memoryStorage()
    const state = await pendingLaunch(storage)
    const done = completeLaunch(new URL(`${CLIENT.redirectUri}?code=c&state=${state}`), CLIENT, storage)
    await expect(done).rejects.toMatchObject({
      kind: 'no-patient',
      message: 'The record system did not say whose record to open. Please launch again.',
    })
    const discovery = `${ISS}/.well-known/smart-configuration`
    expect(seen.urls).toEqual([discovery, discovery, DISCOVERY.token_endpoint])
    expect(await getAccessToken()).toBeUndefined()
  })
})

describe('token response', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['no access_token', { ...GOOD_TOKEN, access_token: undefined }],
    ['an empty access_token', { ...GOOD_TOKEN, access_token: '' }],
    ['token_type mac', { ...GOOD_TOKEN, token_type: 'mac' }],
    ['token_type DPoP (not asked for)', { ...GOOD_TOKEN, token_type: 'DPoP' }],
    ['no token_type', { ...GOOD_TOKEN, token_type: undefined }],
    ['no scope', { ...GOOD_TOKEN, scope: undefined }],
  ]
  it.each(cases)('A14 a token response with %s fails closed with a clear error', async (_name, token) => {
    stubServer(DISCOVERY, token)
    const storage = memoryStorage()
    const state = await pendingLaunch(storage)
    const done = completeLaunch(new URL(`${CLIENT.redirectUri}?code=c&state=${state}`), CLIENT, storage)
    await expect(done).rejects.toMatchObject({ kind: 'exchange', message: INVALID_TOKEN_RESPONSE })
    expect(await getAccessToken()).toBeUndefined()
  })

  it('A14 a Bearer token response with access_token and scope is accepted', async () => {
    stubServer(DISCOVERY)
    const storage = memoryStorage()
    const state = await pendingLaunch(storage)
    const result = await completeLaunch(new URL(`${CLIENT.redirectUri}?code=c&state=${state}`), CLIENT, storage)
    expect(result).toMatchObject({ patientId: 'p-1', grantedScope: 'launch/patient', fhirBaseUrl: ISS })
    expect(await getAccessToken()).toBe('at-1')
  })
})

describe('discovery', () => {
  const NOT_SET_UP = 'The record system is not set up for sign-in by apps (no SMART configuration).'
  const answers: [string, () => Response][] = [
    ['404', () => new Response('Not found', { status: 404 })],
    ['HTML', () => new Response('<html><body>Welcome</body></html>', { headers: { 'content-type': 'text/html' } })],
    [
      'malformed JSON',
      () => new Response('{"authorization_endpoint": ', { headers: { 'content-type': 'application/json' } }),
    ],
    ['a JSON string', () => Response.json('smart')],
    [
      'a network failure',
      () => {
        throw new TypeError('fetch failed')
      },
    ],
  ]
  it.each(answers)('A12 discovery answering %s gives the clear "not set up" error', async (_name, answer) => {
    vi.stubGlobal('fetch', () => Promise.resolve().then(answer))
    await expect(discover(ISS)).rejects.toMatchObject({ kind: 'discovery', message: NOT_SET_UP })
  })

  it('A13 an https endpoint on a host that is neither the FHIR base nor configured is refused', async () => {
    const OTHER = 'The record system’s sign-in is on a site this app is not set up to use.'
    stubServer({ ...DISCOVERY, token_endpoint: 'https://collector.example/token' })
    await expect(discover(ISS, ['https://auth.example'])).rejects.toMatchObject({ kind: 'not-allowed', message: OTHER })
    stubServer(DISCOVERY)
    await expect(discover(ISS)).rejects.toMatchObject({ kind: 'not-allowed', message: OTHER })
    await expect(discover(ISS, ['https://auth.example:8443'])).rejects.toMatchObject({ kind: 'not-allowed' })
    await expect(discover(ISS, ['https://auth.example'])).resolves.toMatchObject({
      tokenEndpoint: DISCOVERY.token_endpoint,
    })
    stubServer({
      ...DISCOVERY,
      authorization_endpoint: `https://ehr.example:9443/auth`,
      token_endpoint: `${ISS}/token`,
    })
    await expect(discover(ISS)).resolves.toMatchObject({ authorizationEndpoint: 'https://ehr.example:9443/auth' })
  })

  it('A13 an http endpoint off this machine is refused even when its origin is configured', async () => {
    stubServer({ ...DISCOVERY, authorization_endpoint: 'http://auth.example/auth' })
    await expect(discover(ISS, ['http://auth.example'])).rejects.toMatchObject({
      kind: 'insecure',
      message: 'The record system’s sign-in does not use a secure connection.',
    })
  })
})

describe('clock skew', () => {
  const HOUR = 3_600_000
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each([
    ['2 hours ahead', 2 * HOUR],
    ['2 hours behind', -2 * HOUR],
  ])('A28 with the device clock %s, expiry follows receipt time plus expires_in', async (_name, skew) => {
    // given a server whose own clock (Date header, JWT exp) is the true time, and a device clock off by `skew`
    const serverNow = Date.now()
    const exp = Math.floor(serverNow / 1000) + 3600
    const accessToken = `${btoa('{"alg":"none"}')}.${btoa(JSON.stringify({ exp, iat: exp - 3600 }))}.`
    const refreshes: string[] = []
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input)
      const body = init?.body instanceof URLSearchParams ? init.body : new URLSearchParams()
      const headers = { date: new Date(serverNow).toUTCString() }
      if (url !== DISCOVERY.token_endpoint) return Promise.resolve(Response.json(DISCOVERY))
      if (body.get('grant_type') === 'refresh_token') refreshes.push(body.get('refresh_token') ?? '')
      const n = String(refreshes.length)
      const token = { ...GOOD_TOKEN, access_token: `${accessToken}${n}`, refresh_token: `rt-${n}` }
      return Promise.resolve(Response.json(token, { headers }))
    })
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: serverNow + skew })
    const storage = memoryStorage()
    const state = await pendingLaunch(storage)
    // when
    await completeLaunch(new URL(`${CLIENT.redirectUri}?code=c&state=${state}`), CLIENT, storage)
    // then no early expiry and no refresh for 59 minutes, however many callers ask
    expect(await getAccessToken()).toBe(`${accessToken}0`)
    await vi.advanceTimersByTimeAsync(59 * 60_000 - 1)
    const early = await Promise.all(Array.from({ length: 10 }, () => getAccessToken()))
    expect(early).toEqual(Array.from({ length: 10 }, () => `${accessToken}0`))
    expect(refreshes).toEqual([])
    // and exactly one refresh a minute before expiry, then none until the next one is due
    await vi.advanceTimersByTimeAsync(1)
    expect(refreshes).toEqual(['rt-0'])
    expect(await getAccessToken()).toBe(`${accessToken}1`)
    await vi.advanceTimersByTimeAsync(58 * 60_000)
    expect(refreshes).toEqual(['rt-0'])
  })
})
