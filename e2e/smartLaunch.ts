/**
 * Shared steps of the SMART e2e specs (e2e/smart-*.spec.ts) against server/smartDemo.ts: the app and protected FHIR
 * server on 4176, oidc-provider on 4177, the example portal on 4178.
 */
import type { Page, Request } from '@playwright/test'
import { expect } from '@playwright/test'

export const APP = 'http://127.0.0.1:4176'
export const FHIR = `${APP}/fhir`
export const AUTH = 'http://127.0.0.1:4177'
export const PORTAL = 'http://127.0.0.1:4178'
export const JACOB_ID = '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb'
export const COURTNEY_ID = 'f8cb2d52-c53d-4585-8417-7a1cc1a74377'
export const SIGN_IN = 'Sign in to the demo record system'
export const STATE_REFUSED = 'Sign-in could not be verified. Please launch the app again.'

/**
 * Every request of the page (all frames), for "never sent" assertions.
 * @param page - the page
 */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => {
    requests.push(request)
  })
  return requests
}

/**
 * The app's POSTs to the token endpoint, by grant type, in order.
 * @param requests - recorded requests
 */
export function tokenGrants(requests: readonly Request[]): string[] {
  return requests
    .filter((r) => r.method() === 'POST' && r.url() === `${AUTH}/token`)
    .map((r) => new URLSearchParams(r.postData() ?? '').get('grant_type') ?? '')
}

/**
 * Resolves once the page has a record on screen (polls across the redirect's navigations).
 * @param page - the page
 */
export async function recordReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.documentElement as HTMLElement | null)?.dataset.recordReady !== undefined,
    undefined,
    { timeout: 45_000 },
  )
}

/**
 * Starts a standalone sign-in and stops on the authorization server's page.
 * @param page - the page
 */
export async function startSignIn(page: Page): Promise<void> {
  await page.goto(`${APP}/`)
  await page.getByRole('button', { name: SIGN_IN }).click()
  await page.waitForURL(`${AUTH}/interaction/**`)
}

/**
 * Picks the patient and allows on the authorization server's page.
 * @param page - the page, on the interaction page
 * @param name - the patient's name
 */
export async function allow(page: Page, name: string): Promise<void> {
  await page.getByLabel('Patient').selectOption({ label: name })
  await page.getByRole('button', { name: 'Allow and continue' }).click()
}

/**
 * A whole standalone launch from the app's sign-in screen.
 * @param page - the page
 * @param name - the patient's name
 */
export async function standaloneLaunch(page: Page, name: string): Promise<void> {
  await startSignIn(page)
  await allow(page, name)
  await recordReady(page)
}

/**
 * The state of the sign-in pending in this tab, read on the app's origin (then back to the sign-in page).
 * @param page - the page, on the interaction page
 */
export async function pendingState(page: Page): Promise<string> {
  const signIn = page.url()
  await page.goto(`${APP}/twin-config.json`)
  const pending = await page.evaluate(() => sessionStorage.getItem('twin:smart:pending'))
  await page.goto(signIn)
  const state = (JSON.parse(pending ?? '{}') as { state?: string }).state
  expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/)
  return state ?? ''
}

/**
 * Opens a portal page, launches `name` in its frame and waits for the twin's record view inside it.
 * @param page - the page
 * @param name - the patient's name
 */
export async function launchInPortal(page: Page, name: string): Promise<void> {
  await page.goto(`${PORTAL}/`)
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: name })
  await page.getByRole('button', { name: 'Open the twin' }).click()
  await expect(page.frameLocator('#twin').getByRole('region', { name: 'Record' })).toBeVisible({ timeout: 45_000 })
}
