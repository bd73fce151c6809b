import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, holdRequests, type TwinPage } from './fixtures.ts'
import type { OrganId } from '../src/anatomy/organIds.ts'
import { ORGANS } from '../src/anatomy/organIds.ts'
import { placeLabel } from '../src/i18n/placeLabel.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Opens a patient and waits until the 3D body has loaded and drawn a frame (a signal, not a sleep). */
async function openWithScene(twin: TwinPage, name: string): Promise<void> {
  await twin.page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto()
  await twin.openPatient(name)
  await twin.page.waitForFunction(() => window.__twin?.ready === true)
  await twin.page.locator('.scene canvas').scrollIntoViewIfNeeded()
}

async function screenPos(page: Page, id: OrganId): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((organ) => window.__twin?.screenPos(organ) ?? null, id)
  if (pos === null) throw new Error(`no pick point for ${id}`)
  return pos
}

async function colourAt(page: Page, point: { x: number; y: number }): Promise<readonly number[]> {
  return page.evaluate((p) => window.__twin?.sample(p).at ?? [], point)
}

function selectedButton(page: Page, id: OrganId) {
  return page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: placeLabel(id), exact: true })
}

for (const [name, sex] of [
  ['Courtney Schinner', 'female'],
  ['Jacob King', 'male'],
] as const) {
  test(`every organ of the ${sex} body is selected by a click at its pick point (${name})`, async ({ twin }) => {
    test.setTimeout(240_000)
    const { page } = twin
    await openWithScene(twin, name)
    const info = await page.evaluate(() => window.__twin?.webgl())
    console.log(`webgl: ${JSON.stringify(info)}`)
    expect(info?.webgl2).toBe(true)
    const picks = await page.evaluate(() => window.__twin?.picks() ?? [])
    // The skin layer (skin, body fat) never catches a click: it is reached through the body map.
    // Drawn only where the record places something: the joint markers on any body (nothing placed there for either
    // patient, see the check below) and the breast stand-ins on a male body (none for Jacob King).
    const breast = (id: string) => id === 'breast_left' || id === 'breast_right'
    await expect(selectedButton(page, 'joints')).toHaveCount(0)
    const expected = picks.filter(
      (p) =>
        ORGANS[p.id].layer !== 'skin' &&
        p.id !== 'joints' &&
        (ORGANS[p.id].sex === null || ORGANS[p.id].sex === sex) &&
        (sex === 'female' || !breast(p.id)),
    )
    // 67 nodes: less skin, body fat and joint markers, and the other sex's organs (3 male / 5 female) or, for the
    // male body, the two breasts as well. The spinal cord stand-in is clicked like any organ.
    expect(expected.map((p) => p.id)).toContain('spinal_cord')
    expect(expected).toHaveLength(sex === 'female' ? 61 : 57)
    const status = page.getByRole('region', { name: 'Body map' }).getByRole('status')
    for (const { id, pickFrom, pickHide } of expected) {
      await page.evaluate(
        ([organ, from, hide]) => {
          window.__twin?.hideOrgans(hide)
          window.__twin?.view(from ?? 'front', organ)
        },
        [id, pickFrom, pickHide] as const,
      )
      const pos = await screenPos(page, id)
      await page.mouse.click(pos.x, pos.y)
      await expect(status, `clicking ${id}`).toHaveText(`Selected: ${placeLabel(id)}`)
      await expect(selectedButton(page, id)).toHaveAttribute('aria-pressed', 'true')
    }
    // the other sex's organs are not in the list
    const other = sex === 'female' ? 'prostate' : 'uterus'
    await expect(selectedButton(page, other)).toHaveCount(0)
  })
}

test('the body fat, drawn where the record places something, is reached through the body map, not by a click', async ({
  twin,
}) => {
  const { page } = twin
  // Jacob King's record has a BMI 30+ (obesity) finding, which the mapping places on the body fat.
  await openWithScene(twin, 'Jacob King')
  await expect(selectedButton(page, 'adipose_tissue')).toHaveCount(1)
  // a click at the body fat's pick point lands on what lies under it, never on the see-through fat itself
  await page.evaluate(() => window.__twin?.view('front', 'adipose_tissue'))
  const pos = await screenPos(page, 'adipose_tissue')
  await page.mouse.click(pos.x, pos.y)
  await expect(selectedButton(page, 'adipose_tissue')).toHaveAttribute('aria-pressed', 'false')
  await selectedButton(page, 'adipose_tissue').click()
  await expect(page.getByRole('region', { name: 'Body map' }).getByRole('status')).toHaveText(
    `Selected: ${placeLabel('adipose_tissue')}`,
  )
})

test('keyboard only: Tab into the body map, arrows, Enter selects and the organ is highlighted', async ({ twin }) => {
  const { page } = twin
  await openWithScene(twin, 'Courtney Schinner')
  await page.evaluate(() => window.__twin?.view('front', 'heart'))
  const before = await colourAt(page, await screenPos(page, 'heart'))
  // the panel's "Body map" button moves the focus to the body map, like a skip link; Tab enters its list
  await page.getByRole('button', { name: 'Body map', exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(selectedButton(page, 'brain')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(selectedButton(page, 'skin')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowDown')
  await expect(selectedButton(page, 'heart')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(selectedButton(page, 'heart')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('region', { name: 'Body map' }).getByRole('status')).toHaveText('Selected: Heart')
  await expect(page.locator('#scene-description')).toContainText('Selected: Heart.')
  // the camera frames the heart from the front (reduced motion: it jumps), the same pose as view('front','heart')
  await page.waitForFunction(() => window.__twin?.moving() === false)
  await page.evaluate(() => window.__twin?.view('front', 'heart'))
  const after = await colourAt(page, await screenPos(page, 'heart'))
  console.log(`heart colour before ${before.join(',')} after ${after.join(',')}`)
  expect(after).toHaveLength(4)
  expect(after).not.toEqual(before)
})

test('the bones layer hides and shows: a click at the femur selects it only while bones are shown', async ({
  twin,
}) => {
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await page.evaluate(() => window.__twin?.view('front', 'femur_left'))
  const pos = await screenPos(page, 'femur_left')
  const shown = await page.evaluate(() => window.__twin?.sample())
  await page.mouse.click(pos.x, pos.y)
  await expect(selectedButton(page, 'femur_left')).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('checkbox', { name: 'Bones' }).uncheck()
  await expect(page.locator('#scene-description')).toContainText('Showing skin (25% opaque), organs and blood vessels.')
  const hidden = await page.evaluate(() => window.__twin?.sample())
  expect(hidden?.share).not.toBe(shown?.share)
  // using the checkbox may have scrolled the page: bring the canvas back and project again
  await page.locator('.scene canvas').scrollIntoViewIfNeeded()
  const again = await screenPos(page, 'femur_left')
  await page.mouse.click(again.x, again.y)
  await expect(page.getByRole('region', { name: 'Body map' }).getByRole('status')).toHaveText('No organ selected.')
  await expect(selectedButton(page, 'femur_left')).toHaveAttribute('aria-pressed', 'false')

  await page.getByRole('checkbox', { name: 'Bones' }).check()
  await page.locator('.scene canvas').scrollIntoViewIfNeeded()
  const back = await screenPos(page, 'femur_left')
  await page.mouse.click(back.x, back.y)
  await expect(selectedButton(page, 'femur_left')).toHaveAttribute('aria-pressed', 'true')
})

test('the scene draws a shaded body, and the view buttons work without dragging', async ({ twin }) => {
  const { page } = twin
  await openWithScene(twin, 'Courtney Schinner')
  const s = await page.evaluate(() => window.__twin?.sample())
  console.log(`sample: share ${String(s?.share)}, distinct ${String(s?.distinct)}`)
  expect(s?.share).toBeGreaterThan(0.05)
  expect(s?.distinct).toBeGreaterThan(50)
  const description = page.locator('#scene-description')
  // Her record lists depression screenings (procedures in the mind region), so the mind halo is drawn.
  await expect(description).toHaveText(
    'Front view of the female body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
      'Side not recorded, both sides striped: Left kidney, Right kidney, Left foot and Right foot. ' +
      'A soft halo around the figure marks what the record lists about mind and mood. Nothing selected.',
  )
  await page.getByRole('button', { name: 'Left side' }).click()
  await expect(description).toContainText('View from the left side of the female body.')
  await page.getByRole('button', { name: 'Reset view' }).click()
  await expect(description).toContainText('Front view of the female body.')
})

const HALO_SENTENCE = 'A soft halo around the figure marks what the record lists about mind and mood.'
const HALO_LEGEND = 'Soft halo around the whole figure: mind and mood (for the whole person, not the brain)'

/** A page point beside the figure at hand height, in the halo's reach (front view). */
async function besideFigure(page: Page): Promise<{ x: number; y: number }> {
  await page.evaluate(() => window.__twin?.view('front'))
  const left = await screenPos(page, 'hand_left')
  const right = await screenPos(page, 'hand_right')
  return { x: left.x + (left.x - right.x) * 0.3, y: left.y }
}

/** The canvas background, read at its top-left corner. */
async function backgroundColour(page: Page): Promise<readonly number[]> {
  const box = await page.locator('.scene canvas').boundingBox()
  if (box === null) throw new Error('no canvas')
  return colourAt(page, { x: box.x + 1, y: box.y + 1 })
}

test('a soft halo around the whole figure marks mind and mood, and never catches a click', async ({ twin }) => {
  const { page } = twin
  // Darron Feeney's record lists Major depression and Opioid abuse, both placed in the mind region.
  await openWithScene(twin, 'Darron Feeney')
  const description = page.locator('#scene-description')
  await expect(description).toHaveText(
    'Front view of the male body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
      `Side not recorded, both sides striped: Left foot and Right foot. ${HALO_SENTENCE} Nothing selected.`,
  )
  await expect(page.locator('.legend li').last()).toHaveText(HALO_LEGEND)
  const point = await besideFigure(page)
  const background = await backgroundColour(page)
  expect(background).toEqual([238, 241, 244, 255])
  const shown = await colourAt(page, point)
  console.log(`beside the figure: ${shown.join(',')} (background ${background.join(',')})`)
  // tinted towards the active-condition blue (#0072B2): less red, blue stays highest
  expect(shown).toHaveLength(4)
  expect((background[0] ?? 0) - (shown[0] ?? 0)).toBeGreaterThan(20)
  expect(shown[2]).toBeGreaterThan(shown[0] ?? 0)

  // the mind panel open: the halo is stronger, and the description names the selection
  await page.getByRole('button', { name: /^Mind and mood \(\d+\)$/ }).click()
  await expect(description).toHaveText(
    'Front view of the male body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
      `Side not recorded, both sides striped: Left foot and Right foot. ${HALO_SENTENCE} Selected: Mind and mood.`,
  )
  // the button may have scrolled the page: bring the canvas back and project again
  await page.locator('.scene canvas').scrollIntoViewIfNeeded()
  const beside = await besideFigure(page)
  // the 3D view commits in its own React root: poll the read-back until it shows the stronger halo
  await expect.poll(async () => (await colourAt(page, beside))[0]).toBeLessThan(shown[0] ?? 0)
  console.log(`beside the figure, mind selected: ${(await colourAt(page, beside)).join(',')}`)

  // a click on the halo beside the figure is a click on empty space: it clears an organ selection
  await selectedButton(page, 'heart').click()
  await expect(page.getByRole('region', { name: 'Body map' }).getByRole('status')).toHaveText('Selected: Heart')
  await page.locator('.scene canvas').scrollIntoViewIfNeeded()
  const again = await besideFigure(page)
  await page.mouse.click(again.x, again.y)
  await expect(page.getByRole('region', { name: 'Body map' }).getByRole('status')).toHaveText('No organ selected.')
  await expect(description).toContainText(`${HALO_SENTENCE} Nothing selected.`)
})

test('no halo for a record without anything about mind and mood', async ({ twin }) => {
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await expect(page.locator('#scene-description')).toHaveText(
    'Front view of the male body. Showing skin (25% opaque), bones, organs and blood vessels. ' +
      'Side not recorded, both sides striped: Left ear, Right ear, Left lung, Right lung, Left hand and wrist and ' +
      'Right hand and wrist. Nothing selected.',
  )
  await expect(page.locator('.legend')).not.toContainText('halo')
  const point = await besideFigure(page)
  const background = await backgroundColour(page)
  expect(background).toEqual([238, 241, 244, 255])
  expect(await colourAt(page, point)).toEqual(background)
})

test('no axe violations with the scene loaded and an organ selected', async ({ twin }) => {
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await selectedButton(page, 'liver').click()
  await expect(selectedButton(page, 'liver')).toHaveAttribute('aria-pressed', 'true')
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(result.violations).toEqual([])
})

test('without WebGL the record is shown with a notice instead of the 3D body', async ({ twin }) => {
  const { page } = twin
  await page.addInitScript(() => {
    type GetContext = (this: HTMLCanvasElement, type: string, ...args: unknown[]) => RenderingContext | null
    const original = Reflect.get(HTMLCanvasElement.prototype, 'getContext') as GetContext
    const noWebGL: GetContext = function (type, ...args) {
      return type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl'
        ? null
        : original.call(this, type, ...args)
    }
    Reflect.set(HTMLCanvasElement.prototype, 'getContext', noWebGL)
  })
  await twin.goto()
  await twin.openPatient('Courtney Schinner')
  await expect(
    page.getByText('The 3D body is not available on this device. Everything it shows is in the lists.'),
  ).toBeVisible()
  await expect(page.locator('canvas')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Record' })).toBeVisible()
  await selectedButton(page, 'heart').click()
  await expect(page.getByRole('region', { name: 'Body map' }).getByRole('status')).toHaveText('Selected: Heart')
})

test('while the record loads, the preview worker draws the bare body under the progress bar (a picture only)', async ({
  twin,
}) => {
  const { page } = twin
  const release = await holdRequests(page, /\/fhir\/Condition\?/)
  await twin.goto()
  // Not twin.openPatient: that waits for the record, which is held back here.
  await page.getByRole('button', { name: 'Open the record of Courtney Schinner' }).click()
  await page.waitForFunction(() => performance.getEntriesByName('twin:body-frame').length > 0)
  const preview = page.locator('.loading-view .scene-preview')
  await expect(preview).toHaveAttribute('aria-hidden', 'true')
  await expect(page.getByRole('progressbar')).toBeVisible()
  // The share of the preview's pixels that are not the scene background: the figure, drawn from its home pose.
  const drawn = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.scene-preview canvas')
    if (canvas === null) return null
    const copy = document.createElement('canvas')
    copy.width = canvas.width
    copy.height = canvas.height
    const context = copy.getContext('2d')
    context?.drawImage(canvas, 0, 0)
    const pixels = context?.getImageData(0, 0, copy.width, copy.height).data ?? new Uint8ClampedArray(0)
    let figure = 0
    for (let i = 0; i < pixels.length; i += 4) {
      const off =
        Math.abs((pixels[i] ?? 0) - 0xee) +
        Math.abs((pixels[i + 1] ?? 0) - 0xf1) +
        Math.abs((pixels[i + 2] ?? 0) - 0xf4)
      if (off > 12) figure++
    }
    const deviceWidth = Math.round(canvas.clientWidth * Math.min(window.devicePixelRatio, 2))
    return { width: canvas.width, deviceWidth, share: figure / (pixels.length / 4) }
  })
  expect(drawn?.width).toBe(drawn?.deviceWidth)
  expect(drawn?.width).toBe(1248)
  expect(drawn?.share).toBeGreaterThan(0.04)
  expect(drawn?.share).toBeLessThan(0.3)
  // The twin's own scene replaces it once the record is shown.
  release()
  await page.waitForFunction(() => window.__twin?.ready === true)
  await expect(page.locator('.scene-preview')).toHaveCount(0)
  await expect(page.locator('.scene canvas')).toHaveCount(1)
})

test('the record-ready signal waits for the record view: a record that comes before the lay-name tables is signalled once both are shown', async ({
  twin,
}) => {
  const { page } = twin
  // What the page shows at the moment of the signal.
  await page.addInitScript(() => {
    addEventListener('twin:record-ready', () => {
      const shown = {
        places: document.querySelectorAll('.bodymap li button').length,
        record: document.querySelector('[aria-label="Record"]') !== null,
      }
      document.documentElement.dataset.shownAtSignal = JSON.stringify(shown)
    })
  })
  const release = await holdRequests(page, /\/assets\/layTables-[\w-]+\.js$/)
  await twin.goto()
  // The last of the record's searches has been answered while the tables are still held back.
  const answered = page.waitForResponse((r) => /\/fhir\/CarePlan\?/.test(r.url()))
  await page.getByRole('button', { name: 'Open the record of Jacob King' }).click()
  await answered
  expect(await page.evaluate(() => document.documentElement.dataset.recordReady)).toBeUndefined()
  release()
  await twin.waitForRecord()
  const shown = JSON.parse((await page.evaluate(() => document.documentElement.dataset.shownAtSignal)) ?? '{}') as {
    places?: number
    record?: boolean
  }
  expect(shown.record).toBe(true)
  expect(shown.places).toBe(await page.locator('.bodymap li button').count())
  expect(shown.places).toBeGreaterThan(3)
})
