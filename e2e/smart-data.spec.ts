/**
 * SMART App Launch, what a launched session keeps and shows (docs/reliability.md A17, A18, A23, A25, A29), against
 * server/smartDemo.ts.
 */
import type { Page, Request, Route } from '@playwright/test'
import { test, expect } from '@playwright/test'
import { conditionCounts, SYNTHEA } from './fixtures.ts'
import {
  APP,
  AUTH,
  COURTNEY_ID,
  JACOB_ID,
  launchInPortal,
  recordRequests,
  SIGN_IN,
  standaloneLaunch,
} from './smartLaunch.ts'

/** Answers a search of `type` on the app's FHIR server with its real bundle plus `resources`. */
async function addToSearch(page: Page, type: string, resources: Record<string, unknown>[]): Promise<void> {
  await page.route(
    (url) => url.host === '127.0.0.1:4176' && url.pathname === `/fhir/${type}`,
    async (route: Route) => {
      const response = await route.fetch()
      const bundle = (await response.json()) as { entry?: unknown[]; total?: number }
      const extra = resources.map((resource) => ({
        fullUrl: `${APP}/fhir/${type}/${String(resource['id'])}`,
        resource: { resourceType: type, ...resource },
        search: { mode: 'match' },
      }))
      await route.fulfill({ response, json: { ...bundle, entry: [...(bundle.entry ?? []), ...extra] } })
    },
  )
}

const ACTIVE = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] }

test('A18 a search result for another patient is left out and disclosed on screen', async ({ page }) => {
  // given Jacob King's Condition search also returns a condition of Courtney Schinner
  await addToSearch(page, 'Condition', [
    {
      id: 'a18-other',
      clinicalStatus: ACTIVE,
      code: { text: 'A18 probe of another patient' },
      subject: { reference: `Patient/${COURTNEY_ID}` },
    },
  ])
  const expected = conditionCounts(SYNTHEA['Jacob King'])
  // when
  await standaloneLaunch(page, 'Jacob King')
  // then the other patient's condition is not shown, and not counted as Jacob's
  await expect(page.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ })).toHaveText(
    `Active (${String(expected.active)})`,
  )
  await expect(page.getByText('A18 probe of another patient')).toHaveCount(0)
  // and the notice says a record was left out because it belongs to a different patient
  await page.getByText(/records? not shown\. Why\?$/).click()
  await expect(page.getByText('1 belonging to a different patient.')).toBeVisible()
})

test('A25 references, photos and attachments on another origin are never fetched', async ({ page }) => {
  // given the record names URLs on another origin (localhost instead of 127.0.0.1) in several places
  const requests = recordRequests(page)
  const foreign = 'http://localhost:4176/fhir'
  await page.route(
    (url) => url.host === '127.0.0.1:4176' && url.pathname === `/fhir/Patient/${JACOB_ID}`,
    async (route) => {
      const response = await route.fetch()
      const patient = (await response.json()) as Record<string, unknown>
      const photo = [{ contentType: 'image/png', url: `${foreign}/Binary/photo` }]
      await route.fulfill({
        response,
        json: { ...patient, photo, link: [{ other: { reference: `${foreign}/Patient/x` } }] },
      })
    },
  )
  await addToSearch(page, 'Condition', [
    {
      id: 'a25-refs',
      clinicalStatus: ACTIVE,
      code: { text: 'A25 probe' },
      subject: { reference: `Patient/${JACOB_ID}` },
      encounter: { reference: `${foreign}/Encounter/e1` },
      evidence: [{ detail: [{ reference: `${foreign}/Observation/o1` }] }],
    },
  ])
  await addToSearch(page, 'DiagnosticReport', [
    {
      id: 'a25-report',
      status: 'final',
      code: { text: 'A25 report' },
      subject: { reference: `Patient/${JACOB_ID}` },
      presentedForm: [{ contentType: 'application/pdf', url: `${foreign}/Binary/report`, title: 'A25 report file' }],
      result: [{ reference: `${foreign}/Observation/o2` }],
    },
  ])
  // when
  await standaloneLaunch(page, 'Jacob King')
  // then nothing went to the other origin, with or without a token
  expect(requests.filter((r) => new URL(r.url()).hostname === 'localhost').map((r) => r.url())).toEqual([])
  const withToken = await Promise.all(
    requests.map(async (r) => ({ origin: new URL(r.url()).origin, auth: (await r.allHeaders())['authorization'] })),
  )
  expect([...new Set(withToken.filter((r) => r.auth !== undefined).map((r) => r.origin))]).toEqual([APP])
})

test('A23 after a launch no token or launch detail sits in any browser storage or the URL', async ({ page }) => {
  // given
  const tokenResponse = page.waitForResponse(`${AUTH}/token`)
  // when
  await launchInPortal(page, 'Jacob King')
  const token = (await (await tokenResponse).json()) as { access_token: string; refresh_token?: string }
  expect(token.access_token.length).toBeGreaterThan(20)
  // then
  const frame = page.frame({ url: /^http:\/\/127\.0\.0\.1:4176\// })
  const stored = await frame?.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    indexedDb: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    url: document.URL,
  }))
  expect(stored).toEqual({ local: 0, session: 0, cookies: '', indexedDb: [], caches: [], url: `${APP}/` })
})

test('A17 a second launch in the same frame shows only the new patient', async ({ page }) => {
  // given Jacob King launched in the portal's frame
  const requests = recordRequests(page)
  await launchInPortal(page, 'Jacob King')
  const expected = conditionCounts(SYNTHEA['Courtney Schinner'])
  // when the portal launches Courtney Schinner in the same frame
  const secondExchange = page.waitForResponse((r) => r.url() === `${AUTH}/token` && r.request().method() === 'POST')
  await page.getByLabel('Patient', { exact: true }).selectOption({ label: 'Courtney Schinner' })
  await page.getByRole('button', { name: 'Open the twin' }).click()
  await secondExchange
  const from = requests.length
  // then the frame shows Courtney Schinner's record, and no request after her launch reads Jacob King's
  const app = page.frameLocator('#twin')
  await expect(page.getByRole('region', { name: 'Patient in context' })).toHaveText('Courtney Schinner')
  await expect(app.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ })).toHaveText(
    `Active (${String(expected.active)})`,
  )
  await expect(app.locator('html[data-record-ready]')).toHaveCount(1)
  const later = requests.slice(from).map((r) => r.url())
  expect(later.some((url) => url.includes(COURTNEY_ID))).toBe(true)
  expect(later.filter((url) => url.includes(JACOB_ID))).toEqual([])
})

test('A29 two tabs with two patients share no keys and never mix, and a copied tab starts signed out', async ({
  context,
}) => {
  // given two tabs of one browser, each launched with another patient
  const all: Request[] = []
  context.on('request', (request) => all.push(request))
  const jacob = await context.newPage()
  const courtney = await context.newPage()
  const jacobRequests = recordRequests(jacob)
  const courtneyRequests = recordRequests(courtney)
  await standaloneLaunch(jacob, 'Jacob King')
  await standaloneLaunch(courtney, 'Courtney Schinner')
  // then each tab keeps its own patient
  const banner = (page: Page) => page.getByRole('region', { name: 'Patient', exact: true }).getByRole('heading')
  await expect(banner(jacob)).toHaveText('Jacob King')
  await expect(banner(courtney)).toHaveText('Courtney Schinner')
  const fhirUrls = (list: { url: () => string }[]) => list.map((r) => r.url()).filter((u) => u.includes('/fhir/'))
  expect(fhirUrls(jacobRequests).filter((url) => url.includes(COURTNEY_ID))).toEqual([])
  expect(fhirUrls(courtneyRequests).filter((url) => url.includes(JACOB_ID))).toEqual([])
  // and no storage key is shared between them (nothing is stored at all)
  for (const page of [jacob, courtney]) {
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ''])
  }
  // when the first tab is copied (a window it opens inherits its sessionStorage, as a duplicated tab does)
  const [copy] = await Promise.all([context.waitForEvent('page'), jacob.evaluate(() => window.open('/', '_blank'))])
  await copy.waitForLoadState()
  // then the copy starts signed out, reads no record and leaves both tabs as they were
  await expect(copy.getByRole('button', { name: SIGN_IN })).toBeVisible()
  const copyRequests = all.filter((r) => r.frame().page() === copy)
  expect(copyRequests.length).toBeGreaterThan(0)
  expect(fhirUrls(copyRequests).filter((url) => /\/fhir\/(Patient|Condition)/.test(url))).toEqual([])
  await expect(banner(jacob)).toHaveText('Jacob King')
  await expect(banner(courtney)).toHaveText('Courtney Schinner')
})

test('A15 a grant without Conditions lists them as not shared, never as none, and they are not searched', async ({
  page,
}) => {
  // given an authorization server that grants everything asked for but Conditions (the token response's scope)
  const requests = recordRequests(page)
  await page.route(`${AUTH}/token`, async (route: Route) => {
    const response = await route.fetch()
    const token = (await response.json()) as { scope?: string }
    const scope = (token.scope ?? '')
      .split(' ')
      .filter((s) => s !== 'patient/Condition.rs')
      .join(' ')
    await route.fulfill({ response, json: { ...token, scope } })
  })
  // when
  await standaloneLaunch(page, 'Jacob King')
  // then the notice names Conditions as not shared, the list says so instead of "no conditions", and the rest shows
  const notice = page.getByRole('region', { name: 'Some information could not be loaded' })
  await expect(notice.getByRole('listitem')).toHaveText([
    'Conditions were not shared with this app when you signed in.',
  ])
  await expect(page.locator('.no-conditions')).toHaveText(
    'Conditions were not shared with this app when you signed in, so none can be listed here.',
  )
  await expect(page.getByText(/^No conditions were shared/)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: /^Immunisations \(\d+\)$/ })).toBeVisible()
  expect(requests.filter((r) => new URL(r.url()).pathname === '/fhir/Condition')).toEqual([])
  expect(requests.filter((r) => new URL(r.url()).pathname === '/fhir/Immunization').length).toBeGreaterThan(0)
})
