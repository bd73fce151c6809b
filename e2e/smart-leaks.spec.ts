/**
 * What a signed-in run leaves behind (docs/reliability.md F9, F10, F11, F12, F16), against server/smartDemo.ts: a
 * whole standalone launch (sign-in, twin, details, close) recorded as a HAR, with the console of every frame at every
 * level and library debug logging asked for (`localStorage.debug = '*'` before the app loads).
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from '@playwright/test'
import { fromMenu, GUIDE_KEY } from './fixtures.ts'
import { APP, AUTH, FHIR, JACOB_ID, recordRequests, standaloneLaunch, tokenGrants } from './smartLaunch.ts'

/** The app origin's storage: both storages, IndexedDB, Cache Storage and service workers. */
async function storedOnApp(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const dump: string[] = []
    for (const [name, storage] of [
      ['local', localStorage],
      ['session', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? ''
        dump.push(`${name} ${key}=${storage.getItem(key) ?? ''}`)
      }
    }
    for (const db of await indexedDB.databases()) dump.push(`idb ${db.name ?? ''}`)
    for (const name of await caches.keys()) dump.push(`cache ${name}`)
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      dump.push(`service worker ${registration.scope}`)
    }
    return dump
  })
}

/** The tab's URLs now: the address, `document.URL` and each history entry (Navigation API). */
async function tabUrls(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(() => {
    const nav = (window as { navigation?: { entries: () => { url: string | null }[] } }).navigation
    return [document.URL, ...(nav === undefined ? ['no Navigation API'] : nav.entries().map((e) => e.url ?? ''))]
  })
  return [page.url(), ...inPage]
}

test('F9 F10 F11 F12 a signed-in run leaves no code, state, token or patient id in URLs, Referer, console or storage, and reaches only the app and sign-in origins', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000)
  // given a context recording a HAR, debug logging asked for on the app's origin before anything loads
  const harPath = testInfo.outputPath('run.har')
  const context = await browser.newContext({ recordHar: { path: harPath } })
  await context.addInitScript((guideKey) => {
    if (window.location.origin !== 'http://127.0.0.1:4176') return
    localStorage.setItem('debug', '*')
    // a returning visitor: the first-run guide does not cover the places to click
    localStorage.setItem(guideKey, '1')
  }, GUIDE_KEY)
  const page = await context.newPage()
  const consoleLines: string[] = []
  page.on('console', (message) => consoleLines.push(`${message.type()} ${message.text()}`))
  page.on('pageerror', (error) => consoleLines.push(`pageerror ${error.message}`))
  const requests = recordRequests(page)
  const tokenResponse = page.waitForResponse((r) => r.url() === `${AUTH}/token` && r.request().method() === 'POST')
  const appUrls: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame.url().startsWith(APP)) appUrls.push(frame.url())
  })
  // when: sign-in, the twin, the details of four places, then close
  await standaloneLaunch(page, 'Jacob King')
  const token = (await (await tokenResponse).json()) as { access_token: string; refresh_token?: string }
  appUrls.push(...(await tabUrls(page)))
  const places = page.locator('.bodymap li button')
  expect(await places.count()).toBeGreaterThan(3)
  for (let i = 0; i < 4; i++) {
    await places.nth(i).click()
    appUrls.push(...(await tabUrls(page)))
  }
  const shown = (await page.getByRole('region', { name: 'Record', exact: true }).innerText()).split('\n')
  await fromMenu(page, 'Choose another patient')
  await expect(page.getByRole('button', { name: 'Sign in to the demo record system' })).toBeVisible()
  appUrls.push(...(await tabUrls(page)))
  const stored = await storedOnApp(page)
  await context.close()

  // then F9: after the redirect, no app URL holds the code, the state, the patient id or a line of the record
  const afterCallback = appUrls.filter((url) => !url.startsWith(`${APP}/callback?`))
  expect(appUrls.some((url) => url.startsWith(`${APP}/callback?`))).toBe(true)
  expect(afterCallback).not.toContain('no Navigation API')
  expect(
    afterCallback.filter((url) => /[?&#](code|state|patient|iss|launch)=/.test(url) || url.includes(JACOB_ID)),
  ).toEqual([])
  const lines = shown.filter((line) => line.length > 12)
  expect(lines.length).toBeGreaterThan(5)
  expect(afterCallback.filter((url) => lines.some((line) => decodeURIComponent(url).includes(line)))).toEqual([])
  // F10: no token, no "Bearer ", no FHIR query, no patient id in the console at any level, debug asked for or not
  const secrets = [token.access_token, ...(token.refresh_token === undefined ? [] : [token.refresh_token])]
  expect(
    consoleLines.filter(
      (line) =>
        secrets.some((s) => line.includes(s)) ||
        /Bearer |authorization|\/fhir\/|[?&]patient=|_count=/i.test(line) ||
        line.includes(JACOB_ID),
    ),
  ).toEqual([])
  // F11: after close the app's origin keeps nothing but the two switches the test set (no IndexedDB, no cache, no
  // service worker, nothing in sessionStorage)
  expect(stored.sort()).toEqual(['local debug=*', `local ${GUIDE_KEY}=1`])
  // F12: every request of the whole run, in the HAR, went to the app's origin or the sign-in origin
  const har = JSON.parse(readFileSync(harPath, 'utf8')) as {
    log: { entries: { request: { url: string; headers: { name: string; value: string }[] } }[] }
  }
  // (F9: nothing the app sends, the FHIR reads and the token requests, carries a Referer)
  const sent = har.log.entries.filter((e) => e.request.url.startsWith(`${FHIR}/`) || e.request.url === `${AUTH}/token`)
  expect(sent.length).toBeGreaterThan(10)
  expect(sent.filter((e) => e.request.headers.some((h) => h.name.toLowerCase() === 'referer'))).toEqual([])
  // (data: URLs, such as the page's empty icon, go to no host)
  const fetched = har.log.entries.map((entry) => entry.request.url).filter((url) => !url.startsWith('data:'))
  const origins = new Set(fetched.map((url) => new URL(url).origin))
  expect(fetched.length).toBeGreaterThan(20)
  expect([...origins].sort()).toEqual([APP, AUTH])
  expect(tokenGrants(requests)).toEqual(['authorization_code'])
})

test('F16 a signed-in page hidden for 15 minutes signs out and clears the record, and no token is used again', async ({
  page,
}) => {
  // given a completed launch, with the page clock installed so its timers can be run ahead
  await page.clock.install()
  const requests = recordRequests(page)
  await standaloneLaunch(page, 'Jacob King')
  await expect(page.getByRole('region', { name: 'Record', exact: true })).toBeVisible()
  const fhirRequests = (): number => requests.filter((r) => r.url().startsWith(`${FHIR}/`)).length
  const before = fhirRequests()
  // when the tab is hidden (the user walked away from a shared workstation) for 15 minutes
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await page.clock.runFor('14:59')
  await expect(page.getByRole('region', { name: 'Record', exact: true })).toBeVisible()
  await page.clock.runFor('00:02')
  // then the record is gone from the page and the sign-in has ended, said in plain words
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText('Sign-in ended')
  await expect(alert.getByRole('paragraph')).toHaveText(
    'You were signed out because this page stayed in the background for 15 minutes, and the record is no longer shown. Open the app again from your portal or sign in again.',
  )
  await expect(page.getByRole('region', { name: 'Record', exact: true })).toHaveCount(0)
  await expect(page.getByText('Jacob', { exact: false })).toHaveCount(0)
  // and the tokens are gone: two hours later (a kept session would refresh within the hour) no token request and
  // no FHIR request was made
  await page.clock.runFor('02:00:00')
  expect(tokenGrants(requests)).toEqual(['authorization_code'])
  expect(fhirRequests()).toBe(before)
  expect(page.url()).toBe(`${APP}/`)
})
