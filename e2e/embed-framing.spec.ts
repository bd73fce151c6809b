/**
 * Who may frame the app (docs/reliability.md F1, F2, F8; docs/embedding.md section 1). The app's CSP
 * `frame-ancestors` names 'self' and, on the SMART demo, its two portal origins exactly; every other origin is
 * refused by the browser. The allowed host is the demo portal (4178); the other host pages come from a server on a
 * free local port that no frame-ancestors names (a page served by a Playwright route counts as public, and Chromium's
 * local-network rule would block its frame before the CSP is read). The framed apps are the real servers (4173:
 * `npm start`, 4176: `npm run start:smart`).
 */
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Frame, Page, Request } from '@playwright/test'
import { test, expect } from '@playwright/test'

const PLAIN_APP = 'http://127.0.0.1:4173/'
const SMART_APP = 'http://127.0.0.1:4176/'
const PORTAL = 'http://127.0.0.1:4178'

/** Host pages by path, served by `other` (an origin no frame-ancestors names). */
const pages = new Map<string, string>()
let other: Server
let otherOrigin = ''

test.beforeAll(async () => {
  other = createServer((request, response) => {
    const body = pages.get(request.url ?? '')
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(body ?? 'not found')
  })
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done))
  otherOrigin = `http://127.0.0.1:${String((other.address() as AddressInfo).port)}`
})

test.afterAll(async () => {
  await new Promise<void>((done) => {
    other.close(() => {
      done()
    })
  })
})

/** The child frame once its navigation has committed or failed (a refused frame ends on Chromium's error page). */
async function childFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBe(2)
  const frame = page.frames()[1]
  if (frame === undefined) throw new Error('no child frame')
  await frame.waitForLoadState('domcontentloaded')
  return frame
}

/** Requests the app's own scripts make once it runs (its module chunks and its runtime configuration). */
function appRuntimeRequests(page: Page, appOrigin: string): Request[] {
  const seen: Request[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === appOrigin && (url.pathname.startsWith('/assets/') || url.pathname === '/twin-config.json')) {
      seen.push(request)
    }
  })
  return seen
}

test('F1 the allowlisted portal origin frames the SMART app, which runs, under the real header', async ({ page }) => {
  const document = page.waitForResponse(SMART_APP)
  await page.goto(`${PORTAL}/`)
  // the portal's own page (its CSP frame-src names the app) gets a frame on the app's start page
  await page.evaluate((src) => {
    const frame = window.document.createElement('iframe')
    frame.id = 'app'
    frame.title = 'app'
    frame.src = src
    window.document.body.append(frame)
  }, SMART_APP)
  // the real header: frame-ancestors names the two portal origins exactly, and no X-Frame-Options contradicts it
  const headers = (await document).headers()
  expect(headers['content-security-policy']).toContain(
    `frame-ancestors 'self' ${PORTAL} http://127.0.0.1:4179; require-trusted-types-for`,
  )
  expect(headers['x-frame-options']).toBeUndefined()
  await expect(
    page.frameLocator('#app').getByRole('button', { name: 'Sign in to the demo record system' }),
  ).toBeVisible()
})

test('F1 F2 a clickjacking page on another origin cannot frame either app: the frame is refused, no app code runs', async ({
  page,
}) => {
  for (const app of [SMART_APP, PLAIN_APP]) {
    await page.goto('about:blank')
    const ran = appRuntimeRequests(page, new URL(app).origin)
    // a transparent frame stretched over a decoy button: a click on "Claim your prize" would land in the app
    pages.set(
      '/prize.html',
      `<!doctype html><title>Prize</title><button style="position:absolute;left:40px;top:40px;width:400px;height:200px">Claim your prize</button>
       <iframe id="app" title="app" src="${app}" style="position:absolute;left:0;top:0;width:1000px;height:700px;opacity:0;border:0"></iframe>`,
    )
    await page.goto(`${otherOrigin}/prize.html`)
    const frame = await childFrame(page)
    expect(frame.url()).toBe('chrome-error://chromewebdata/')
    await page.mouse.click(200, 120)
    expect(ran.map((r) => r.url())).toEqual([])
  }
})
