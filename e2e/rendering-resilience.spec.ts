/**
 * The 3D body when things go wrong (docs/reliability.md group E): the WebGL context lost during use, the body model
 * missing, corrupt or slow, and a CPU throttled 4x. In every case the lists keep working and nothing is lost.
 * The model faults are test doubles at the edge the app owns (page.route on its own /models/body.glb).
 */
import type { Page, Route } from '@playwright/test'
import { test, expect, fromMenu, holdRequests, type TwinPage } from './fixtures.ts'
import { placeLabel } from '../src/i18n/placeLabel.ts'
import { en } from '../src/i18n/en.ts'

const MODEL = '**/models/body.glb'

function bodyMapButton(page: Page, organ: 'heart' | 'liver') {
  return page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: placeLabel(organ), exact: true })
}

function selectionStatus(page: Page) {
  return page.getByRole('region', { name: 'Body map' }).getByRole('status')
}

async function openWithScene(twin: TwinPage, name: string): Promise<void> {
  await twin.page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto()
  await twin.openPatient(name)
  await twin.page.waitForFunction(() => window.__twin?.ready === true)
}

/** The lists work without the 3D body: groups shown, a body-map selection opens the details. */
async function expectListsWork(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Record', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ }).first()).toBeVisible()
  await bodyMapButton(page, 'liver').click()
  await expect(selectionStatus(page)).toHaveText(`Selected: ${placeLabel('liver')}`)
  await expect(page.getByRole('heading', { level: 3, name: placeLabel('liver') })).toBeVisible()
}

test('E2 webglcontextlost during use: a notice, the lists and the selection stay; restored, the body draws again', async ({
  twin,
}) => {
  const { page } = twin
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openWithScene(twin, 'Courtney Schinner')
  await bodyMapButton(page, 'heart').click()
  await expect(selectionStatus(page)).toHaveText('Selected: Heart')

  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')
    const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')
    if (!lose) throw new Error('no WEBGL_lose_context')
    Reflect.set(window, '__lose', lose)
    lose.loseContext()
  })
  const notice = page.getByRole('note').filter({ hasText: en['scene.contextLost'] })
  await expect(notice).toBeVisible()
  // nothing lost: the selection and the record stay, and the lists carry on
  await expect(selectionStatus(page)).toHaveText('Selected: Heart')
  await expect(bodyMapButton(page, 'heart')).toHaveAttribute('aria-pressed', 'true')
  await expectListsWork(page)

  await page.evaluate(() => {
    ;(Reflect.get(window, '__lose') as WEBGL_lose_context).restoreContext()
  })
  await expect(notice).toHaveCount(0)
  await expect.poll(async () => (await page.evaluate(() => window.__twin?.sample().share)) ?? 0).toBeGreaterThan(0.05)
  await expect(bodyMapButton(page, 'liver')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('#scene-description')).toContainText(`Selected: ${placeLabel('liver')}.`)

  // lost again, the print summary says there is no image rather than printing a blank canvas (E14)
  await page.evaluate(() => {
    ;(Reflect.get(window, '__lose') as WEBGL_lose_context).loseContext()
  })
  await expect(notice).toBeVisible()
  await fromMenu(page, 'Print summary')
  const summary = page.getByRole('article', { name: 'Summary of the record' })
  await expect(summary.getByText(en['print.noImage'])).toBeVisible()
  await expect(summary.locator('img')).toHaveCount(0)
  expect(errors).toEqual([])
})

for (const [fault, answer] of [
  ['404', (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })],
  [
    'corrupt',
    (route: Route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: Buffer.from('glTF this is not a model') }),
  ],
] as const) {
  test(`E3 body model ${fault}: the notice replaces the 3D body and the list view is unaffected`, async ({ twin }) => {
    const { page } = twin
    await page.route(MODEL, answer)
    await twin.goto()
    await twin.openPatient('Courtney Schinner')
    await expect(page.getByRole('note').filter({ hasText: en['scene.unavailable'] })).toBeVisible()
    await expect(page.locator('.scene canvas')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0)
    await expectListsWork(page)
  })
}

test('E3 body model 10 s slow (held back until the lists are checked): lists first, loading announced, then the body', async ({
  twin,
}) => {
  const { page } = twin
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  const release = await holdRequests(page, MODEL)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto()
  await twin.openPatient('Courtney Schinner')
  // E7: the loading is announced in the live region the canvas is described by
  const description = page.locator('#scene-description')
  await expect(description).toHaveText(en['scene.loading'])
  await expect(description).toHaveAttribute('aria-live', 'polite')
  await expectListsWork(page)
  expect(await page.evaluate(() => window.__twin?.ready ?? false)).toBe(false)
  release()
  await page.waitForFunction(() => window.__twin?.ready === true)
  await expect(description).toContainText('Front view of the female body.')
  await expect(description).toContainText(`Selected: ${placeLabel('liver')}.`)
  // no decoder, environment map or texture fetched from anywhere but the app (third-party hosts fail the fixture)
  expect(requests.filter((p) => /draco|basis|ktx2|\.hdr$|\.exr$/i.test(p))).toEqual([])
})

test('E4 CPU throttled 4x: selecting, turning and zooming still respond, rendering on demand, no crash', async ({
  twin,
}) => {
  test.setTimeout(180_000)
  const { page } = twin
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await openWithScene(twin, 'Jacob King')
  const description = page.locator('#scene-description')
  await bodyMapButton(page, 'heart').click()
  await expect(selectionStatus(page)).toHaveText('Selected: Heart')
  await expect(description).toContainText('Selected: Heart.')
  await page.getByRole('button', { name: 'Left side' }).click()
  await expect(description).toContainText('View from the left side of the male body.')
  const frames = await page.evaluate(() => window.__twin?.perf.frames ?? 0)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  // a click asks for frames; none are drawn without one (frameloop "demand")
  await expect.poll(() => page.evaluate(() => window.__twin?.perf.frames ?? 0)).toBeGreaterThan(frames)
  await page.getByRole('button', { name: 'Reset view' }).click()
  await expect(description).toContainText('Front view of the male body.')
  await expectListsWork(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  expect(errors).toEqual([])
})
