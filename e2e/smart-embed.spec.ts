/**
 * Sign-in inside a frame (docs/reliability.md F6, F7, F8), against server/smartDemo.ts: the example portal frames the
 * app and launches it; the frame's sandbox or its storage is changed before the launch.
 */
import type { Page } from '@playwright/test'
import { test, expect } from '@playwright/test'
import { APP, AUTH, PORTAL, launchInPortal, recordRequests, tokenGrants } from './smartLaunch.ts'

const UNLISTED_PORTAL = 'http://127.0.0.1:4179'
const BLOCKED_HEADING = 'Sign-in cannot work here'
const NEW_WINDOW = 'Open the app in a new window'

/** Opens the portal, sets the frame's sandbox (it applies from the frame's next navigation) and launches `name`. */
async function launchSandboxed(page: Page, sandbox: string, name: string): Promise<void> {
  await page.goto(`${PORTAL}/`)
  await page.evaluate((flags) => {
    document.getElementById('twin')?.setAttribute('sandbox', flags)
  }, sandbox)
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: name })
  await page.getByRole('button', { name: 'Open the twin' }).click()
}

/** The launch link of the frame, as the portal set it. */
async function frameLaunchUrl(page: Page): Promise<string> {
  return page.evaluate(() => (document.getElementById('twin') as HTMLIFrameElement).src)
}

test('F6 sign-in completes inside the portal frame; completion messages from any origin are ignored', async ({
  page,
}) => {
  // given a launch completed inside the frame (the sign-in redirects the frame itself: no popup, no message)
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  const requests = recordRequests(page)
  await launchInPortal(page, 'Jacob King')
  expect(tokenGrants(requests)).toEqual(['authorization_code'])
  // when the portal page, then a page on an origin not on the allowlist, post a "sign-in complete" message
  const forged = { type: 'completeAuth', url: `${APP}/callback?code=forged-code&state=forged-state` }
  await page.evaluate((message) => {
    ;(document.getElementById('twin') as HTMLIFrameElement).contentWindow?.postMessage(message, '*')
  }, forged)
  await expect.poll(() => warnings).toContain('Health record twin: ignored a message that is not a known command.')
  await page.goto(`${UNLISTED_PORTAL}/`)
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: 'Jacob King' })
  await page.getByRole('button', { name: 'Open the twin' }).click()
  await expect(page.frameLocator('#twin').getByRole('region', { name: 'Record' })).toBeVisible({ timeout: 45_000 })
  await page.evaluate((message) => {
    ;(document.getElementById('twin') as HTMLIFrameElement).contentWindow?.postMessage(message, '*')
  }, forged)
  // then neither is acted on: no navigation, no token request with the forged code, the record stays
  await expect
    .poll(() => warnings)
    .toContain('Health record twin: ignored a message from http://127.0.0.1:4179, which is not on the embed allowlist.')
  expect(page.frame({ url: /^http:\/\/127\.0\.0\.1:4176\// })?.url()).toBe(`${APP}/`)
  expect(tokenGrants(requests)).toEqual(['authorization_code', 'authorization_code'])
  expect(requests.filter((r) => (r.postData() ?? '').includes('forged-code'))).toEqual([])
  await expect(page.frameLocator('#twin').getByRole('region', { name: 'Record' })).toBeVisible()
})

test('F7 storage blocked in the frame: the app says so and offers a new window, where sign-in completes', async ({
  page,
}) => {
  // given a browser that blocks the framed app's storage (as Safari ITP, Firefox or "block third-party cookies"
  // may): in the frame, reading sessionStorage throws the SecurityError those browsers throw; top-level pages keep it
  await page.addInitScript(() => {
    if (window.location.origin !== 'http://127.0.0.1:4176' || window === window.top) return
    Object.defineProperty(window, 'sessionStorage', {
      get: () => {
        throw new DOMException(
          "Failed to read the 'sessionStorage' property from 'Window': Access is denied.",
          'SecurityError',
        )
      },
    })
  })
  const requests = recordRequests(page)
  // when
  await launchSandboxed(page, 'allow-scripts allow-same-origin allow-forms allow-popups', 'Jacob King')
  // then a clear message in the frame, and the sign-in never started: nothing went to the authorization server
  const app = page.frameLocator('#twin')
  const alert = app.getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText(BLOCKED_HEADING)
  await expect(alert.getByRole('paragraph').first()).toHaveText(
    'This browser blocks the storage the app needs to finish signing in while it is shown inside another page. Open the app in a new window to sign in there.',
  )
  expect(requests.filter((r) => r.url().startsWith(AUTH))).toEqual([])
  const launchUrl = await frameLaunchUrl(page)
  const link = alert.getByRole('link', { name: NEW_WINDOW })
  await expect(link).toHaveAttribute('href', launchUrl)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  // and the new window, a first-party page, completes the same launch; no token is ever in a URL, and the frame
  // never got a code
  const all = recordRequests(page)
  page.context().on('request', (request) => all.push(request))
  const opened = page.context().waitForEvent('page')
  await link.click()
  const window2 = await opened
  await expect(window2.getByRole('region', { name: 'Record' })).toBeVisible({ timeout: 45_000 })
  expect(window2.url()).toBe(`${APP}/`)
  expect(tokenGrants(all)).toEqual(['authorization_code'])
  expect(all.filter((r) => /access_token|refresh_token/.test(r.url()))).toEqual([])
  expect(requests.filter((r) => /[?&]code=/.test(r.url()))).toEqual([])
})

test('F8 a sandboxed frame without allow-same-origin says sign-in cannot work there', async ({ page }) => {
  // given the portal's frame sandboxed without allow-same-origin: the app runs with an opaque origin
  const requests = recordRequests(page)
  // when
  await launchSandboxed(page, 'allow-scripts allow-forms allow-popups', 'Jacob King')
  // then a specific message at once (no blank frame, no endless "Starting…"), with the launch to open in a new window
  const alert = page.frameLocator('#twin').getByRole('alert')
  await expect(alert.getByRole('heading')).toHaveText(BLOCKED_HEADING)
  await expect(alert.getByRole('paragraph').first()).toHaveText(
    'The page around this app keeps it in a sandbox without its own origin (a frame without allow-same-origin), so the app can neither keep a sign-in nor read a record here. Open the app in a new window.',
  )
  await expect(alert.getByRole('link', { name: NEW_WINDOW })).toHaveAttribute('href', await frameLaunchUrl(page))
  expect(requests.filter((r) => r.url().startsWith(AUTH))).toEqual([])
})

test('F8 a sandboxed frame without allow-popups still signs in (the sign-in opens no popup)', async ({ page }) => {
  // given the portal's frame sandboxed with allow-same-origin but without allow-popups
  const requests = recordRequests(page)
  // when
  await launchSandboxed(page, 'allow-scripts allow-same-origin allow-forms', 'Jacob King')
  // then the launch completes in the frame
  await expect(page.frameLocator('#twin').getByRole('region', { name: 'Record' })).toBeVisible({ timeout: 45_000 })
  expect(tokenGrants(requests)).toEqual(['authorization_code'])
  expect(page.context().pages()).toHaveLength(1)
})
