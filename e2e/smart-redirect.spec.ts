/**
 * SMART App Launch, the launch and redirect legs as the user sees them (docs/reliability.md A6, A7, A8, A10, A11,
 * A26), against server/smartDemo.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import {
  allow,
  APP,
  AUTH,
  FHIR,
  JACOB_ID,
  pendingState,
  recordReady,
  recordRequests,
  SIGN_IN,
  standaloneLaunch,
  startSignIn,
  STATE_REFUSED,
  tokenGrants,
} from './smartLaunch.ts'

const INCOMPLETE = 'This launch link is incomplete. Open the app again from your record system, or sign in below.'

test('A6 a reload, or the redirect URL again with the same code, never exchanges the code twice', async ({ page }) => {
  // given a completed standalone launch
  const requests = recordRequests(page)
  const callbackRequest = page.waitForRequest((r) => new URL(r.url()).pathname === '/callback')
  await standaloneLaunch(page, 'Jacob King')
  const callback = (await callbackRequest).url()
  expect(new URL(callback).searchParams.get('code')).toMatch(/^\S{20,}$/)
  expect(page.url()).toBe(`${APP}/`)
  expect(tokenGrants(requests)).toEqual(['authorization_code'])
  // when the page is reloaded: code and state are gone from the address bar, so the sign-in screen shows
  await page.reload()
  await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
  expect(page.url()).toBe(`${APP}/`)
  // and when the redirect URL itself comes again (what Back or a reload of it would load)
  await page.goto(callback)
  // then a clean "launch again" message, no second exchange, no loop
  await expect(page.getByRole('alert')).toContainText(STATE_REFUSED)
  await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
  expect(tokenGrants(requests)).toEqual(['authorization_code'])
  expect(page.url()).toBe(`${APP}/`)
})

test('A7 access_denied with an HTML description shows plain text, runs nothing and forwards nothing', async ({
  page,
}) => {
  // given a sign-in in flight, and its state
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await startSignIn(page)
  const state = await pendingState(page)
  const requests = recordRequests(page)
  // when the authorization server sends the user back with a denial whose description is markup
  const description = '<img src=x onerror=alert(1)>'
  const query = new URLSearchParams({ error: 'access_denied', error_description: description, state })
  await page.goto(`${APP}/callback?${query.toString()}`)
  // then the friendly denial, in plain words, with the sign-in option
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('paragraph')).toHaveText(
    'The record system did not allow the sign-in. You can launch the app again.',
  )
  await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
  // and the description is neither rendered nor run nor sent anywhere
  await expect(page.locator('img')).toHaveCount(0)
  expect(await page.locator('body').innerText()).not.toContain('onerror')
  expect(dialogs).toEqual([])
  const after = requests.filter((r) => new URL(r.url()).pathname !== '/callback')
  expect(after.filter((r) => r.url().includes('onerror') || (r.postData() ?? '').includes('onerror'))).toEqual([])
  expect(tokenGrants(requests)).toEqual([])
  expect(page.url()).toBe(`${APP}/`)
})

test('A8 next, return and redirect parameters on the redirect never make the app navigate', async ({ page }) => {
  // given a sign-in allowed whose first code exchange never reaches the server (so the code stays unused), and
  // the pending launch as it was before the redirect
  const requests = recordRequests(page)
  await startSignIn(page)
  const signIn = page.url()
  await page.goto(`${APP}/twin-config.json`)
  const pending = await page.evaluate(() => sessionStorage.getItem('twin:smart:pending'))
  expect(pending).not.toBeNull()
  await page.goto(signIn)
  await page.route(`${AUTH}/token`, (route) => route.abort())
  const callbackRequest = page.waitForRequest((r) => new URL(r.url()).pathname === '/callback')
  const held = page.waitForEvent('requestfailed', (r) => r.url() === `${AUTH}/token`)
  await allow(page, 'Jacob King')
  const callback = (await callbackRequest).url()
  await held
  await page.unroute(`${AUTH}/token`)
  await page.goto(`${APP}/twin-config.json`)
  await page.evaluate((value) => {
    sessionStorage.setItem('twin:smart:pending', value)
  }, pending ?? '')
  // when the redirect arrives carrying parameters that point elsewhere
  const elsewhere = 'https://evil.example/phish'
  const extra = new URLSearchParams({
    next: elsewhere,
    return: elsewhere,
    redirect: elsewhere,
    redirect_uri: elsewhere,
  })
  await page.goto(`${callback}&${extra.toString()}`)
  await recordReady(page)
  // then the launch completes on the app's own page, and nothing went to the other site
  await expect(page.getByRole('region', { name: 'Patient', exact: true })).toContainText('Jacob King')
  expect(page.url()).toBe(`${APP}/`)
  expect(requests.filter((r) => new URL(r.url()).hostname !== '127.0.0.1')).toEqual([])
  expect(tokenGrants(requests)).toEqual(['authorization_code', 'authorization_code'])
})

test('A10 open-server and client-id parameters are ignored where SMART is configured', async ({ page }) => {
  // given
  const requests = recordRequests(page)
  const open = new URLSearchParams({
    fhir: FHIR,
    patient: JACOB_ID,
    fhirServiceUrl: FHIR,
    patientId: JACOB_ID,
    clientId: 'evil-client',
    client_id: 'evil-client',
  })
  // when the app is opened with them
  await page.goto(`${APP}/?${open.toString()}`)
  // then the sign-in screen, and no record is read without a sign-in
  await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
  expect(requests.filter((r) => new URL(r.url()).pathname.startsWith('/fhir/Patient'))).toEqual([])
  // and a launch link with a client id override asks with the registered client id
  const authorize = page.waitForRequest((r) => r.url().startsWith(`${AUTH}/auth?`))
  await page.goto(`${APP}/launch?iss=${encodeURIComponent(FHIR)}&launch=abc&client_id=evil-client&clientId=evil-client`)
  expect(new URL((await authorize).url()).searchParams.get('client_id')).toBe('health-record-twin')
})

test('A11 a launch link without iss or launch, or with no configured server, says so with no crash', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const requests = recordRequests(page)
  for (const query of [`launch=abc`, `iss=${encodeURIComponent(FHIR)}`, '']) {
    // when
    await page.goto(`${APP}/launch?${query}`)
    // then the message and the standalone option
    await expect(page.getByRole('alert').getByRole('paragraph')).toHaveText(INCOMPLETE)
    await expect(page.getByRole('button', { name: SIGN_IN })).toBeVisible()
    expect(page.url()).toBe(`${APP}/`)
  }
  expect(requests.filter((r) => r.url().startsWith(AUTH))).toEqual([])
  // and with no record system configured for standalone sign-in
  await page.route(`${APP}/twin-config.json`, async (route) => {
    const response = await route.fetch()
    const json = (await response.json()) as Record<string, unknown>
    await route.fulfill({ response, json: { ...json, standaloneServers: [] } })
  })
  await page.goto(`${APP}/launch?launch=abc`)
  await expect(page.getByRole('alert').getByRole('paragraph')).toHaveText(INCOMPLETE)
  await expect(
    page.getByText('No record systems are set up for sign-in. Open the app from your record system.'),
  ).toBeVisible()
  expect(errors).toEqual([])
})

/** Every file of the e2e build's output that the browser can load as script. */
function builtScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(m?js|html)$/.test(name))
    .map((name) => join(dir, name))
}

test('A26 the built JavaScript and the served configuration hold no client secret', async ({ request }) => {
  // given the build the SMART server serves (npm run build:e2e)
  const files = builtScripts('dist-e2e')
  expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(3)
  const secretLike = [
    /client_secret/i,
    /client_assertion/i,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    /"?secret"?\s*[:=]\s*["'`]/i,
  ]
  // then none of its files carries a secret or a secret-based client authentication
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    expect(secretLike.filter((pattern) => pattern.test(text)).map(String), file).toEqual([])
  }
  // and the runtime configuration names a public client only
  const config = await (await request.get(`${APP}/twin-config.json`)).text()
  expect(secretLike.filter((pattern) => pattern.test(config))).toEqual([])
  expect(JSON.parse(config)).toMatchObject({ clientId: 'health-record-twin' })
})
