import type { ConsoleMessage, Page, Request } from '@playwright/test'
import { test, expect } from '@playwright/test'
import { conditionCounts, SYNTHEA } from './fixtures.ts'

// The SMART environment of server/smartDemo.ts (second webServer in playwright.config.ts).
const APP = 'http://127.0.0.1:4176'
const FHIR = `${APP}/fhir`
const AUTH = 'http://127.0.0.1:4177'
const PORTAL = 'http://127.0.0.1:4178'
const UNLISTED_PORTAL = 'http://127.0.0.1:4179'
const JACOB_ID = '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb'
const COURTNEY_ID = 'f8cb2d52-c53d-4585-8417-7a1cc1a74377'

const STATE_REFUSED = 'Sign-in could not be verified. Please launch the app again.'
const RELAUNCH = 'Your sign-in to the record system has ended. Open the app again from your portal or sign in again.'

/** Every request of the page (all frames), for "never sent" assertions. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => {
    requests.push(request)
  })
  return requests
}

/** The app's POSTs to the token endpoint, by grant type, in order. */
function tokenGrants(requests: readonly Request[]): string[] {
  return requests
    .filter((r) => r.method() === 'POST' && r.url() === `${AUTH}/token`)
    .map((r) => new URLSearchParams(r.postData() ?? '').get('grant_type') ?? '')
}

/** The Authorization header of each request to `pathname` on the app's FHIR base, in order. */
async function authorizations(requests: readonly Request[], pathname: string): Promise<(string | undefined)[]> {
  const matching = requests.filter((r) => r.url().startsWith(`${FHIR}/`) && new URL(r.url()).pathname === pathname)
  return Promise.all(matching.map(async (r) => (await r.allHeaders())['authorization']))
}

/** What a FHIR server answers to a bearer token it no longer accepts (revoked). */
const REFUSED_TOKEN = {
  status: 401,
  contentType: 'application/fhir+json',
  headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
  json: {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: 'login', diagnostics: 'Token revoked' }],
  },
}

/** Opens a portal page, launches `name` in its frame and waits for the twin's record view inside it. */
async function launchInPortal(page: Page, portal: string, name: string): Promise<void> {
  await page.goto(`${portal}/`)
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: name })
  await page.getByRole('button', { name: 'Open the twin' }).click()
  const app = page.frameLocator('#twin')
  await expect(app.getByRole('region', { name: 'Record' })).toBeVisible({ timeout: 45_000 })
}

/** Standalone launch from the app's sign-in screen through the authorization server's sign-in page. */
async function standaloneLaunch(page: Page, name: string): Promise<void> {
  await page.goto(`${APP}/`)
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  await page.waitForURL(`${AUTH}/interaction/**`)
  await page.getByLabel('Patient').selectOption({ label: name })
  await page.getByRole('button', { name: 'Allow and continue' }).click()
  // The page navigates through the redirect while this polls: between documents there is no documentElement.
  await page.waitForFunction(
    () => (document.documentElement as HTMLElement | null)?.dataset.recordReady !== undefined,
    undefined,
    { timeout: 45_000 },
  )
}

test('an EHR launch inside a portal frame on another origin shows the launched patient', async ({ page }) => {
  // given
  const expected = conditionCounts(SYNTHEA['Jacob King'])
  const patientRead = page.waitForRequest((r) => new URL(r.url()).pathname === `/fhir/Patient/${JACOB_ID}`)
  // when
  await launchInPortal(page, PORTAL, 'Jacob King')
  // then: the record of the launched patient, read with a bearer token, in the frame
  const read = await patientRead
  expect((await read.allHeaders())['authorization']).toMatch(/^Bearer \S+$/)
  const app = page.frameLocator('#twin')
  await expect(app.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ })).toHaveText(
    `Active (${String(expected.active)})`,
  )
  // need_patient_banner=false: the portal shows the patient, the app does not repeat it
  await expect(page.getByRole('region', { name: 'Patient in context' })).toHaveText('Jacob King')
  await expect(app.getByRole('region', { name: 'Patient', exact: true })).toHaveCount(0)
  expect(page.frame({ url: /^http:\/\/127\.0\.0\.1:4176\// })?.url()).toBe(`${APP}/`)
})

test('a standalone launch completes and shows the chosen patient with a banner', async ({ page }) => {
  // given
  const expected = conditionCounts(SYNTHEA['Courtney Schinner'])
  const patientRead = page.waitForRequest((r) => new URL(r.url()).pathname === `/fhir/Patient/${COURTNEY_ID}`)
  // when
  await standaloneLaunch(page, 'Courtney Schinner')
  // then
  await patientRead
  await expect(
    page.getByRole('region', { name: 'Patient', exact: true }).getByRole('heading', { name: 'Courtney Schinner' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ })).toHaveText(
    `Active (${String(expected.active)})`,
  )
  expect(page.url()).toBe(`${APP}/`)
})

test('a redirect with a wrong state is refused before any token request', async ({ page }) => {
  // given: a launch in flight (its state waits in sessionStorage)
  const requests = recordRequests(page)
  await page.goto(`${APP}/`)
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  await page.waitForURL(`${AUTH}/interaction/**`)
  // when
  await page.goto(`${APP}/callback?code=forged-code&state=not-the-state&iss=${encodeURIComponent(AUTH)}`)
  // then
  await expect(page.getByRole('alert')).toContainText(STATE_REFUSED)
  expect(requests.filter((r) => r.url().startsWith(`${AUTH}/token`))).toHaveLength(0)
  expect(page.url()).toBe(`${APP}/`)
})

test('a redirect without a state is refused before any token request', async ({ page }) => {
  // given
  const requests = recordRequests(page)
  await page.goto(`${APP}/`)
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  await page.waitForURL(`${AUTH}/interaction/**`)
  // when
  await page.goto(`${APP}/callback?code=forged-code`)
  // then
  await expect(page.getByRole('alert')).toContainText(STATE_REFUSED)
  expect(requests.filter((r) => r.url().startsWith(`${AUTH}/token`))).toHaveLength(0)
})

test('a replayed authorization code is refused by the server and the app says so', async ({ page }) => {
  // given: a launch in flight; its pending entry (state, verifier) is copied from the app origin's sessionStorage
  await page.goto(`${APP}/`)
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  await page.waitForURL(`${AUTH}/interaction/**`)
  const signIn = page.url()
  await page.goto(`${APP}/twin-config.json`)
  const pending = await page.evaluate(() => sessionStorage.getItem('twin:smart:pending'))
  expect(pending).not.toBeNull()
  // the first use of the code succeeds
  await page.goto(signIn)
  const callbackRequest = page.waitForRequest((r) => new URL(r.url()).pathname === '/callback')
  await page.getByLabel('Patient').selectOption({ label: 'Jacob King' })
  await page.getByRole('button', { name: 'Allow and continue' }).click()
  const callback = (await callbackRequest).url()
  expect(new URL(callback).searchParams.get('code')).toMatch(/^\S{20,}$/)
  await page.waitForFunction(() => (document.documentElement as HTMLElement | null)?.dataset.recordReady !== undefined)
  // when: the same code and state again, with the pending launch put back
  await page.goto(`${APP}/twin-config.json`)
  await page.evaluate((value) => {
    sessionStorage.setItem('twin:smart:pending', value)
  }, pending ?? '')
  const tokenResponse = page.waitForResponse(`${AUTH}/token`)
  await page.goto(callback)
  // then
  expect((await tokenResponse).status()).toBe(400)
  await expect(page.getByRole('alert')).toContainText(
    'The record system refused to finish the sign-in (the sign-in code was already used or has expired).',
  )
  await expect(page.getByRole('region', { name: 'Record', exact: true })).toHaveCount(0)
})

test('a record system without PKCE S256 is refused before the authorization request', async ({ page }) => {
  // given: discovery that offers only "plain"
  const requests = recordRequests(page)
  await page.route(`${FHIR}/.well-known/smart-configuration`, async (route) => {
    const response = await route.fetch()
    const json = (await response.json()) as Record<string, unknown>
    await route.fulfill({ response, json: { ...json, code_challenge_methods_supported: ['plain'] } })
  })
  await page.goto(`${APP}/`)
  // when
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  // then
  await expect(page.getByRole('alert')).toContainText(
    'This record system doesn’t support secure sign-in for this app (PKCE S256).',
  )
  expect(requests.filter((r) => r.url().startsWith(AUTH))).toHaveLength(0)
  expect(page.url()).toBe(`${APP}/`)
})

test('an EHR launch whose iss is not on the allowlist is refused before any request to it', async ({ page }) => {
  // given
  const requests = recordRequests(page)
  // when
  await page.goto(`${APP}/launch?iss=${encodeURIComponent('https://evil.example/fhir')}&launch=abc123`)
  // then
  await expect(page.getByRole('alert')).toContainText('This app is not set up to open records from that record system.')
  expect(requests.filter((r) => new URL(r.url()).hostname !== '127.0.0.1')).toHaveLength(0)
  expect(page.url()).toBe(`${APP}/`)
})

test('a postMessage from an origin that is not on the allowlist is ignored', async ({ page }) => {
  // given: the same portal page on an origin that may frame the app but is not on its postMessage allowlist
  const warnings: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  await launchInPortal(page, UNLISTED_PORTAL, 'Jacob King')
  // when
  await page.getByRole('button', { name: 'Select the heart' }).click()
  // then: refused and said so in the console (origin only, no payload); no event reaches the unlisted page
  await expect
    .poll(() => warnings.find((w) => w.includes('ignored a message from http://127.0.0.1:4179')))
    .toBe('Health record twin: ignored a message from http://127.0.0.1:4179, which is not on the embed allowlist.')
  await expect(page.locator('#events li')).toHaveCount(0)
  await expect(page.getByRole('status')).toHaveText('Opening the twin…')
})

test('a next link on another origin is not followed, so the token never goes there', async ({ page }) => {
  // given: the Condition search answers with a next link on another origin (localhost instead of 127.0.0.1)
  const requests = recordRequests(page)
  await page.route(
    (url) => url.host === '127.0.0.1:4176' && url.pathname === '/fhir/Condition',
    async (route) => {
      const response = await route.fetch()
      const bundle = (await response.json()) as { link?: { relation: string; url: string }[] }
      const next = `http://localhost:4176/fhir/Condition?patient=Patient/${JACOB_ID}&_offset=1000`
      await route.fulfill({
        response,
        json: {
          ...bundle,
          link: [...(bundle.link ?? []).filter((l) => l.relation !== 'next'), { relation: 'next', url: next }],
        },
      })
    },
  )
  // when
  await standaloneLaunch(page, 'Jacob King')
  // then: the search on the FHIR base carried the token; nothing was sent to the other origin
  const condition = requests.find((r) => new URL(r.url()).pathname === '/fhir/Condition')
  expect((await condition?.allHeaders())?.['authorization']).toMatch(/^Bearer \S+$/)
  expect(requests.filter((r) => new URL(r.url()).hostname === 'localhost')).toHaveLength(0)
})

test('after a launch the token is in neither the URL, localStorage, sessionStorage nor the console', async ({
  page,
}) => {
  // given
  const console: string[] = []
  page.on('console', (message) => {
    console.push(message.text())
  })
  const tokenResponse = page.waitForResponse(`${AUTH}/token`)
  // when
  await launchInPortal(page, PORTAL, 'Jacob King')
  // then
  const token = (await (await tokenResponse).json()) as { access_token: string; refresh_token?: string }
  const secrets = [token.access_token, ...(token.refresh_token === undefined ? [] : [token.refresh_token])]
  expect(token.access_token.length).toBeGreaterThan(20)
  const frame = page.frame({ url: /^http:\/\/127\.0\.0\.1:4176\// })
  expect(frame?.url()).toBe(`${APP}/`)
  const stored = await frame?.evaluate(() => ({
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
    cookies: document.cookie,
    url: document.URL,
  }))
  expect(stored).toEqual({ local: '[]', session: '[]', cookies: '', url: `${APP}/` })
  for (const secret of secrets) {
    expect(page.url()).not.toContain(secret)
    expect(console.filter((line) => line.includes(secret))).toEqual([])
  }
})

test('the example portal selects the heart by postMessage and receives organSelected back', async ({ page }) => {
  // given
  await launchInPortal(page, PORTAL, 'Jacob King')
  await expect(page.getByRole('status')).toHaveText('The twin is ready.')
  // when
  await page.getByRole('button', { name: 'Select the heart' }).click()
  // then
  await expect(page.locator('#events li').filter({ hasText: 'organSelected' })).toHaveText(['organSelected: heart'])
})

test('a 401 to an unexpired token leads to exactly one refresh and one retry, then the whole record', async ({
  page,
}) => {
  // given: the FHIR server refuses the launch's access token on the Condition search (revoked at the server); the
  // token is an hour from expiry, so nothing else would refresh it
  const expected = conditionCounts(SYNTHEA['Jacob King'])
  const requests = recordRequests(page)
  const exchange = page.waitForResponse((r) => r.url() === `${AUTH}/token` && r.request().method() === 'POST')
  let refused: string | null = null
  await page.route(
    (url) => url.host === '127.0.0.1:4176' && url.pathname === '/fhir/Condition',
    async (route) => {
      const authorization = (await route.request().allHeaders())['authorization'] ?? ''
      refused ??= authorization
      if (authorization === refused) await route.fulfill(REFUSED_TOKEN)
      else await route.continue()
    },
  )
  // when
  await standaloneLaunch(page, 'Jacob King')
  // then: the code exchange and one refresh, sent with the exchange's refresh token
  expect(tokenGrants(requests)).toEqual(['authorization_code', 'refresh_token'])
  const launched = (await (await exchange).json()) as { access_token: string; refresh_token: string }
  expect(refused).toBe(`Bearer ${launched.access_token}`)
  const refresh = requests.filter((r) => r.method() === 'POST' && r.url() === `${AUTH}/token`)[1]
  expect(new URLSearchParams(refresh?.postData() ?? '').get('refresh_token')).toBe(launched.refresh_token)
  // and one retry of the load with the new token: two Patient reads, the refused Condition search once
  const patientReads = await authorizations(requests, `/fhir/Patient/${JACOB_ID}`)
  expect(patientReads).toHaveLength(2)
  expect(patientReads[0]).toBe(refused)
  expect(patientReads[1]).toMatch(/^Bearer \S+$/)
  expect(patientReads[1]).not.toBe(refused)
  // (Jacob King's conditions fit on one page)
  expect(await authorizations(requests, '/fhir/Condition')).toEqual([refused, patientReads[1]])
  // and the record is whole: the conditions are there and nothing is listed as missing
  await expect(page.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ })).toHaveText(
    `Active (${String(expected.active)})`,
  )
  await expect(page.getByRole('heading', { name: 'Some information could not be loaded' })).toHaveCount(0)
})

test('a 401 that persists after the refresh ends with the relaunch message and no further token requests', async ({
  page,
}) => {
  // given: the FHIR server refuses every token on data requests (metadata stays open, as on the real server); the
  // page clock is installed so the app's timers can be run ahead afterwards
  await page.clock.install()
  const requests = recordRequests(page)
  await page.route(
    (url) => url.host === '127.0.0.1:4176' && url.pathname.startsWith('/fhir/') && url.pathname !== '/fhir/metadata',
    async (route) => {
      if ((await route.request().allHeaders())['authorization'] === undefined) await route.continue()
      else await route.fulfill(REFUSED_TOKEN)
    },
  )
  // when
  await page.goto(`${APP}/`)
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  await page.waitForURL(`${AUTH}/interaction/**`)
  await page.getByLabel('Patient').selectOption({ label: 'Jacob King' })
  await page.getByRole('button', { name: 'Allow and continue' }).click()
  // then: the relaunch message, in plain words, with a way to sign in again and no "Try again"
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText('Sign-in ended')
  await expect(alert.getByRole('paragraph')).toHaveText(RELAUNCH)
  await expect(alert.getByRole('button')).toHaveText(['Sign in again'])
  await expect(page.getByRole('region', { name: 'Record', exact: true })).toHaveCount(0)
  // and exactly one refresh and one retry: two refused Patient reads with two different tokens, no search
  expect(tokenGrants(requests)).toEqual(['authorization_code', 'refresh_token'])
  const patientReads = await authorizations(requests, `/fhir/Patient/${JACOB_ID}`)
  expect(patientReads).toHaveLength(2)
  expect(new Set(patientReads).size).toBe(2)
  const dataRequests = (): Request[] =>
    requests.filter(
      (r) =>
        r.url().startsWith(`${FHIR}/`) &&
        !['/fhir/metadata', '/fhir/.well-known/smart-configuration'].includes(new URL(r.url()).pathname),
    )
  expect(dataRequests()).toHaveLength(2)
  // and no loop: two hours of the page's timers later (a kept session would refresh within the hour), nothing more
  await page.clock.runFor('02:00:00')
  expect(tokenGrants(requests)).toEqual(['authorization_code', 'refresh_token'])
  expect(dataRequests()).toHaveLength(2)
  await expect(alert.getByRole('paragraph')).toHaveText(RELAUNCH)
  // and "Sign in again" leads to the sign-in screen
  await alert.getByRole('button', { name: 'Sign in again' }).click()
  await expect(page.getByRole('button', { name: 'Sign in to the demo record system' })).toBeVisible()
  expect(new URL(page.url()).search).toBe('')
})
