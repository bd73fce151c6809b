/**
 * The 3D body and its lists for everyone (docs/reliability.md group E): keyboard only, no-drag controls with
 * 24 px targets, greyscale, reduced motion, 200% and 400% zoom, forced colours and print.
 */
import type { Locator, Page } from '@playwright/test'
import { test, expect, fromMenu, type TwinPage } from './fixtures.ts'
import { placeLabel } from '../src/i18n/placeLabel.ts'
import { en } from '../src/i18n/en.ts'
import { ORGAN_STATUSES } from '../src/twin/selectors.ts'

async function openWithScene(twin: TwinPage, name: string, reducedMotion: 'reduce' | 'no-preference' = 'reduce') {
  await twin.page.emulateMedia({ reducedMotion })
  await twin.goto()
  await twin.openPatient(name)
  await twin.page.waitForFunction(() => window.__twin?.ready === true)
}

function bodyMapButton(page: Page, organ: 'heart' | 'liver' | 'brain') {
  return page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: placeLabel(organ), exact: true })
}

/** The focused element's box and whether the point at its centre belongs to it (focus not hidden, WCAG 2.4.11). */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!(el instanceof HTMLElement) || el === document.body) return null
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
    const style = getComputedStyle(el)
    return {
      tag: el.tagName,
      label: el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40),
      key: `${el.tagName} ${el.id} ${el.getAttribute('name') ?? ''} ${el.textContent.slice(0, 40)} ${String(r.x)},${String(r.y)}`,
      visible: hit !== null && (el === hit || el.contains(hit) || hit.contains(el)),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    }
  })
}

test('E5 keyboard only: Tab never traps in the canvas, focus stays visible and unobscured, Enter opens, Esc closes', async ({
  twin,
}) => {
  test.setTimeout(120_000)
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await page.locator('body').focus()
  const seen: string[] = []
  const labels: string[] = []
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const state = await focusState(page)
    if (state === null) continue
    expect(state.tag, `Tab ${String(i)} lands on the canvas`).not.toBe('CANVAS')
    expect(state.visible, `focus hidden on ${state.label}`).toBe(true)
    expect(state.outline, `no visible focus ring on ${state.label}`).toBe(true)
    seen.push(state.key)
    labels.push(state.label)
  }
  // Tab moves on every press (no trap), and reaches the view buttons and the body map
  for (let i = 1; i < seen.length; i++) expect(seen[i], `stuck at ${seen[i] ?? ''}`).not.toBe(seen[i - 1])
  expect(labels).toContain(en['controls.zoomIn'])

  // Enter on a body-map button opens its details; Escape closes them and gives the focus back to the button
  await bodyMapButton(page, 'liver').focus()
  await page.keyboard.press('Enter')
  const panel = page.locator('.organ-panel')
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(placeLabel('liver'))
  await panel.getByRole('button', { name: en['panel.close'] }).focus()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(bodyMapButton(page, 'liver')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(placeLabel('liver'))
  // the menu opens by keyboard and Escape closes it, the focus back on its button
  const menu = page.getByRole('button', { name: 'Menu', exact: true })
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Print summary', exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Print summary', exact: true })).toHaveCount(0)
  await expect(menu).toBeFocused()
})

/** Every button and labelled checkbox of the view controls, with its box. */
async function controlTargets(page: Page): Promise<{ name: string; width: number; height: number }[]> {
  const controls = page.locator('.scene-controls')
  const out: { name: string; width: number; height: number }[] = []
  const targets: Locator[] = [
    ...(await controls.getByRole('button').all()),
    ...(await controls.locator('label').all()),
    ...(await controls.getByRole('slider').all()),
  ]
  for (const target of targets) {
    const box = await target.boundingBox()
    out.push({ name: (await target.textContent()) ?? '', width: box?.width ?? 0, height: box?.height ?? 0 })
  }
  return out
}

test('E6 every turn, tilt, zoom and view button moves the camera without dragging; targets at least 24x24 px', async ({
  twin,
}) => {
  const { page } = twin
  await openWithScene(twin, 'Courtney Schinner')
  const targets = await controlTargets(page)
  expect(targets.length).toBeGreaterThanOrEqual(11 + 4 + 1)
  for (const t of targets) {
    expect(t.width, `${t.name} width`).toBeGreaterThanOrEqual(24)
    expect(t.height, `${t.name} height`).toBeGreaterThanOrEqual(24)
  }
  const heart = () => page.evaluate(() => window.__twin?.screenPos('heart'))
  for (const name of ['turnLeft', 'turnRight', 'tiltUp', 'tiltDown', 'zoomIn', 'zoomOut'] as const) {
    await page.getByRole('button', { name: en['controls.reset'] }).click()
    const before = await heart()
    await page.getByRole('button', { name: en[`controls.${name}`], exact: true }).click()
    await expect.poll(heart, `${name} moves the camera`).not.toEqual(before)
  }
  const description = page.locator('#scene-description')
  for (const [button, view] of [
    ['Back', 'Back view'],
    ['Left side', 'View from the left side'],
    ['Right side', 'View from the right side'],
    ['Front', 'Front view'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click()
    await expect(description).toContainText(`${view} of the female body.`)
  }
})

test('E8 in greyscale every status keeps its own words and its own swatch shape, not colour alone', async ({
  twin,
}) => {
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'achromatopsia' })
  // the legend lists the statuses this record uses, each with its own words
  const legend = page.locator('.legend').first()
  await expect(legend.locator('li').first()).toBeVisible()
  const shown: string[] = []
  const shots: Buffer[] = []
  for (const status of ORGAN_STATUSES) {
    const item = legend.locator('li').filter({ hasText: en[`legend.${status}`] })
    if ((await item.count()) !== 1) continue
    shown.push(status)
    shots.push(await item.locator('svg.swatch').screenshot())
  }
  expect(shown.length, shown.join(', ')).toBeGreaterThanOrEqual(3)
  // seen in greyscale, no two swatches look the same (the pattern differs, not only the colour)
  for (let i = 0; i < shots.length; i++) {
    for (let j = i + 1; j < shots.length; j++) {
      expect(shots[i]?.equals(shots[j] ?? Buffer.alloc(0)), `${shown[i] ?? ''} vs ${shown[j] ?? ''}`).toBe(false)
    }
  }
  // every body-map place with a status says it in words next to its swatch, and the button is described by them
  const statuses = page.locator('.bodymap .organ-status')
  expect(await statuses.count()).toBeGreaterThan(3)
  const words = new Set(ORGAN_STATUSES.map((s) => en[`status.${s}`]))
  for (const status of await statuses.all()) {
    await expect(status.locator('svg.swatch').first()).toBeVisible()
    const text = (await status.textContent()) ?? ''
    expect(
      [...words].some((w) => text.includes(w)),
      text,
    ).toBe(true)
  }
  await expect(bodyMapButton(page, 'heart')).toHaveAccessibleDescription(/\S/)
  await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' })
})

/** Clicks a view button in the page; returns `moving()` and the heart's page position over the next frames. */
function framesAfterClick(page: Page, name: string) {
  return page.evaluate(async (label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label)
    if (button === undefined) throw new Error(`no button ${label}`)
    button.click()
    const out: { moving: boolean; at: { x: number; y: number } | null }[] = []
    for (let i = 0; i < 8; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      out.push({ moving: window.__twin?.moving() ?? true, at: window.__twin?.screenPos('heart') ?? null })
    }
    return out
  }, name)
}

test('E9 with prefers-reduced-motion the camera jumps, never animates, and nothing turns by itself', async ({
  twin,
}) => {
  const { page } = twin
  await openWithScene(twin, 'Courtney Schinner', 'reduce')
  for (const [button, view] of [
    ['Left side', 'View from the left side'],
    ['Back', 'Back view'],
    ['Front', 'Front view'],
  ] as const) {
    const frames = await framesAfterClick(page, button)
    // no frame of a move in between: from the first frame on, the camera is where it ends, and never moving
    expect(frames.map((f) => f.moving)).toEqual(Array.from({ length: 8 }, () => false))
    for (const f of frames) expect(f.at).toEqual(frames.at(-1)?.at)
    await expect(page.locator('#scene-description')).toContainText(`${view} of the female body.`)
  }
  // no auto-rotation: with nothing pressed, the camera stays where it is
  const at = await page.evaluate(() => window.__twin?.screenPos('heart'))
  const later = await page.evaluate(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
    return window.__twin?.screenPos('heart')
  })
  expect(later).toEqual(at)
})

for (const [zoom, viewport] of [
  ['200%', { width: 640, height: 400 }],
  ['400%', { width: 320, height: 256 }],
  ['a 320 px wide frame', { width: 320, height: 640 }],
] as const) {
  test(`E10 at ${zoom} the list reads without scrolling sideways and the canvas hides none of it`, async ({ twin }) => {
    const { page } = twin
    await page.setViewportSize(viewport)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await twin.goto()
    // on a narrow screen the record sits in the bottom sheet, folded until asked for
    await page.getByRole('button', { name: 'Open the record of Jacob King' }).click()
    // the record, not the 3D body: in a frame 256 px high the stage may leave the canvas no height to draw in
    await page.waitForFunction(() => document.documentElement.dataset.recordReady !== undefined)
    const record = page.getByRole('region', { name: 'Record', exact: true })
    const sideways = () =>
      page.evaluate(() => {
        const over = [document.scrollingElement, ...document.querySelectorAll('.record, .sheet, .sheet *')]
          .filter((el): el is Element => el !== null)
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden')
        return over.map((el) => `${el.tagName}.${el.className}`)
      })
    await page.getByRole('button', { name: en['record.region'], exact: true }).click()
    const heading = record.getByRole('heading', { level: 4 }).first()
    await heading.scrollIntoViewIfNeeded()
    await expect(heading).toBeInViewport()
    expect(await sideways()).toEqual([])
    // the point at the heading's centre is the heading, not the canvas over it
    const covered = await heading.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      return hit === null ? 'nothing' : el.contains(hit) ? '' : hit.tagName
    })
    expect(covered).toBe('')
    const box = await record.boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width + 1)
  })
}

test('E11 in forced colours the status swatches keep their colours and the focus ring shows', async ({ twin }) => {
  const { page } = twin
  await page.emulateMedia({ forcedColors: 'active' })
  await openWithScene(twin, 'Jacob King')
  const swatch = page.locator('.legend').first().locator('li').first().locator('svg.swatch')
  expect(await swatch.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none')
  expect(await swatch.locator('rect').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(0, 114, 178)')
  await bodyMapButton(page, 'brain').focus()
  await page.keyboard.press('ArrowDown')
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement ?? document.body)
    return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), colour: s.outlineColor }
  })
  expect(ring.style).toBe('solid')
  expect(ring.width).toBeGreaterThanOrEqual(2)
  expect(ring.colour).not.toBe('rgba(0, 0, 0, 0)')
  // the 3D body still draws (the canvas is not repainted by forced colours)
  expect((await page.evaluate(() => window.__twin?.sample().share)) ?? 0).toBeGreaterThan(0.05)
})

test('E14 the print summary prints the lists with their sources and the disclaimer, and a drawn body', async ({
  twin,
}) => {
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await page.getByRole('radio', { name: 'Clinician view' }).check()
  await fromMenu(page, 'Print summary')
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true')
  await page.emulateMedia({ media: 'print' })
  const summary = page.getByRole('article', { name: 'Summary of the record' })
  await expect(summary.getByText(en['app.disclaimer'])).toBeVisible()
  const rows = summary.locator('.print-findings dd')
  expect(await rows.count()).toBeGreaterThan(3)
  for (const row of await rows.all()) await expect(row.locator('code').last()).toHaveText(/^Condition\/[\w.-]+$/)
  await expect(page.getByRole('button', { name: en['print.print'] })).toBeHidden()
  // the body image is a drawn picture, not a blank canvas: a good share of it is not the background
  const share = await summary.locator('img').evaluate(async (img: HTMLImageElement) => {
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.naturalWidth
    c.height = img.naturalHeight
    const g = c.getContext('2d')
    if (g === null) return 0
    g.drawImage(img, 0, 0)
    const px = g.getImageData(0, 0, c.width, c.height).data
    let body = 0
    for (let i = 0; i < px.length; i += 4) if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2]) body++
    return body / (px.length / 4)
  })
  expect(share).toBeGreaterThan(0.05)
})

test('E14 printing the twin page itself prints the lists and the disclaimer, not the canvas', async ({ twin }) => {
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.scene canvas')).toBeHidden()
  await expect(page.locator('.sheet-disclaimer').getByText(en['app.disclaimer'])).toBeVisible()
  const record = page.getByRole('region', { name: 'Record', exact: true })
  await expect(record.getByRole('heading', { level: 4, name: /^Active \(\d+\)$/ }).first()).toBeVisible()
  // nothing scrolls inside the page: every list is on paper, none clipped in a scroller
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('.sheet, .sheet-body')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1)
      .map((el) => el.className),
  )
  expect(clipped).toEqual([])
})
