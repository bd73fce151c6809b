import { afterEach, describe, expect, it, vi } from 'vitest'
import { SmartError } from './smart/SmartError.ts'
import { beginLaunch } from './smart/beginLaunch.ts'
import { completeLaunch } from './smart/completeLaunch.ts'
import { discover } from './smart/discover.ts'
import { isIssAllowed } from './smart/isIssAllowed.ts'
import { launchScope } from './smart/launchScope.ts'
import { newState } from './smart/newState.ts'
import { memoryStorage } from './testStorage.ts'

const ISS = 'https://ehr.example/fhir'
const CLIENT = {
  clientId: 'twin',
  redirectUri: 'https://twin.example/callback',
  issAllowlist: [ISS],
  authorizationOrigins: ['https://auth.example'],
}

function smartConfiguration(methods: unknown): Record<string, unknown> {
  return {
    issuer: 'https://auth.example',
    authorization_endpoint: 'https://auth.example/auth',
    token_endpoint: 'https://auth.example/token',
    code_challenge_methods_supported: methods,
  }
}

function stubFetch(body: unknown): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(() => Promise.resolve(Response.json(body)))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('state', () => {
  it('gives 10,000 distinct states of 32 random bytes (256 bits, at least the 122 SMART asks)', () => {
    // when
    const states = Array.from({ length: 10_000 }, () => newState())
    // then
    expect(new Set(states).size).toBe(10_000)
    for (const state of states) {
      expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(Buffer.from(state, 'base64url').length * 8).toBe(256)
    }
  })
})

describe('isIssAllowed', () => {
  it('matches only the exact base, a trailing slash aside', () => {
    expect(isIssAllowed(ISS, [ISS])).toBe(true)
    expect(isIssAllowed(`${ISS}/`, [ISS])).toBe(true)
    expect(isIssAllowed('https://ehr.example/fhir2', [ISS])).toBe(false)
    expect(isIssAllowed('https://ehr.example/fhir/other', [ISS])).toBe(false)
    expect(isIssAllowed('https://ehr.example.evil.example/fhir', [ISS])).toBe(false)
    expect(isIssAllowed('https://EHR.example/fhir', [ISS])).toBe(false)
    expect(isIssAllowed('http://ehr.example/fhir', [ISS])).toBe(false)
    expect(isIssAllowed('', [ISS])).toBe(false)
    expect(isIssAllowed(ISS, [])).toBe(false)
  })
})

describe('discover', () => {
  it('refuses a server that offers only plain PKCE', async () => {
    stubFetch(smartConfiguration(['plain']))
    await expect(discover(ISS)).rejects.toMatchObject({ kind: 'no-pkce' })
  })

  it('refuses a server that lists no PKCE method', async () => {
    stubFetch(smartConfiguration(undefined))
    await expect(discover(ISS)).rejects.toMatchObject({ kind: 'no-pkce' })
  })

  it('B14 refuses endpoints without TLS on another host', async () => {
    stubFetch({ ...smartConfiguration(['S256']), token_endpoint: 'http://auth.example/token' })
    await expect(discover(ISS)).rejects.toMatchObject({ kind: 'insecure' })
  })
})

describe('beginLaunch', () => {
  it('refuses an iss that is not on the allowlist before any request', async () => {
    // given
    const fetchMock = stubFetch(smartConfiguration(['S256']))
    const storage = memoryStorage()
    // when
    const launch = beginLaunch({ iss: 'https://evil.example/fhir', launch: 'x' }, CLIENT, storage)
    // then
    await expect(launch).rejects.toBeInstanceOf(SmartError)
    await expect(launch).rejects.toMatchObject({ kind: 'not-allowed' })
    expect(fetchMock).not.toHaveBeenCalled()
    expect(storage.length).toBe(0)
  })

  it('builds an EHR authorize request with S256, aud = iss, state and launch', async () => {
    // given
    const fetchMock = stubFetch(smartConfiguration(['S256']))
    const storage = memoryStorage()
    // when
    const url = new URL(await beginLaunch({ iss: ISS, launch: 'abc' }, CLIENT, storage))
    // then
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`${ISS}/.well-known/smart-configuration`)
    const pending = JSON.parse(storage.getItem('twin:smart:pending') ?? '{}') as Record<string, string>
    expect(Object.keys(pending).sort()).toEqual(['codeVerifier', 'iss', 'launch', 'state'])
    expect(url.origin + url.pathname).toBe('https://auth.example/auth')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'twin',
      redirect_uri: 'https://twin.example/callback',
      scope: launchScope('ehr'),
      state: pending['state'],
      aud: ISS,
      code_challenge: url.searchParams.get('code_challenge'),
      code_challenge_method: 'S256',
      launch: 'abc',
    })
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(url.searchParams.get('code_challenge')).not.toBe(pending['codeVerifier'])
  })
})

describe('completeLaunch', () => {
  it('refuses a wrong state, drops the pending launch and sends no request', async () => {
    // given
    stubFetch(smartConfiguration(['S256']))
    const storage = memoryStorage()
    await beginLaunch({ iss: ISS, launch: null }, CLIENT, storage)
    const fetchMock = stubFetch({})
    // when
    const done = completeLaunch(new URL('https://twin.example/callback?code=c&state=wrong'), CLIENT, storage)
    // then
    await expect(done).rejects.toMatchObject({ kind: 'state' })
    expect(fetchMock).not.toHaveBeenCalled()
    expect(storage.length).toBe(0)
  })

  it('refuses a code without a state', async () => {
    stubFetch(smartConfiguration(['S256']))
    const storage = memoryStorage()
    await beginLaunch({ iss: ISS, launch: null }, CLIENT, storage)
    await expect(
      completeLaunch(new URL('https://twin.example/callback?code=c'), CLIENT, storage),
    ).rejects.toMatchObject({ kind: 'state' })
  })

  it('refuses a redirect when no launch is pending', async () => {
    await expect(
      completeLaunch(new URL('https://twin.example/callback?code=c&state=s'), CLIENT, memoryStorage()),
    ).rejects.toMatchObject({ kind: 'state' })
  })
})
