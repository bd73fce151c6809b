/**
 * The twin first (issue 12): at a phone (390x844, touch), a tablet (820x1180, touch) and a laptop (1440x900) the 3D
 * body is the stage, in view without scrolling; the details open beside it (>= 900 px) or over it in a bottom sheet
 * (phone, tablet); the timeline drives the body; keyboard-only use reaches every organ of the body map and every
 * finding of an organ; axe finds nothing in any state; the first-run guide is remembered without patient data.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { test, expect, fromMenu, GUIDE_KEY } from './fixtures.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const JACOB = '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb'
/** The organs the body map lists for Jacob King (a male body: no female organs). */
const BODY_MAP_ORGANS = 59

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, touch: true, wide: false },
  { name: 'tablet', width: 820, height: 1180, touch: true, wide: false },
  { name: 'laptop', width: 1440, height: 900, touch: false, wide: true },
] as const

async function openJacob(page: Page, hash = ''): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`/?patient=${JACOB}${hash}`)
  await page.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 60_000 })
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(
    result.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Presses Tab until the focused element matches, at most `limit` times; fails if it never does. */
async function tabUntil(page: Page, target: Locator, limit: number): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`focus never reached ${target.toString()} in ${String(limit)} tabs`)
}

const sheet = (page: Page) => page.locator('section.sheet')
const canvas = (page: Page) => page.locator('.scene canvas')
const bodyMap = (page: Page, name = 'Body map') => page.getByRole('region', { name })

for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} ${String(vp.width)}x${String(vp.height)}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, hasTouch: vp.touch, isMobile: vp.width < 500 })

    test('the body is the stage: in view without scrolling, under a slim header', async ({ page }) => {
      test.setTimeout(90_000)
      await openJacob(page)
      const box = await canvas(page).boundingBox()
      expect(box).not.toBeNull()
      if (box === null) return
      expect(box.y).toBeLessThan(120)
      expect(box.height / vp.height).toBeGreaterThanOrEqual(0.6)
      expect(box.y + box.height).toBeLessThanOrEqual(vp.height)
      // Nothing needs a page scroll to reach the stage: the page is exactly one screen tall.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(vp.height)
      await expect(sheet(page)).toHaveAttribute('data-sheet', vp.wide ? 'side' : 'peek')
      await expectNoAxeViolations(page, 'twin')
    })

    test('the details open beside the body (wide) or over it in a bottom sheet (narrow), and close again', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await openJacob(page)
      if (!vp.wide) await page.getByRole('button', { name: 'Body map', exact: true }).click()
      await bodyMap(page).getByRole('button', { name: 'Heart', exact: true }).click()
      const panel = page.locator('.organ-panel')
      await expect(panel.getByRole('heading', { level: 3, name: 'Heart' })).toBeInViewport()
      const stage = await canvas(page).boundingBox()
      const details = await panel.boundingBox()
      if (stage === null || details === null) throw new Error('no box')
      if (vp.wide) {
        // beside: the panel starts right of the canvas
        expect(details.x).toBeGreaterThanOrEqual(stage.x + stage.width - 1)
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'side')
      } else {
        // over: the sheet rises to half the screen over the body
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'half')
        const sheetBox = await sheet(page).boundingBox()
        expect(sheetBox?.y ?? 0).toBeLessThan(stage.y + stage.height)
        expect(sheetBox?.y ?? 0).toBeGreaterThan(vp.height * 0.4)
        await expectNoAxeViolations(page, 'bottom sheet')
        // Escape closes it to its peek height, and the browser's back button does too.
        await page.keyboard.press('Escape')
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'peek')
        await page.getByRole('button', { name: 'Show more' }).click()
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'half')
        await page.getByRole('button', { name: 'Show more' }).click()
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'full')
        await page.goBack()
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'peek')
        // still on the twin, with the organ selected: back closed the sheet, not the app
        expect(new URL(page.url()).hash).toContain('organ=heart')
        await page.getByRole('button', { name: 'Details', exact: true }).click()
        await expect(sheet(page)).toHaveAttribute('data-sheet', 'half')
      }
      await expectNoAxeViolations(page, 'organ panel')
    })

    test('the timeline drives the body', async ({ page }) => {
      test.setTimeout(90_000)
      await openJacob(page)
      const heart = await page.evaluate(() => {
        const pick = window.__twin?.picks().find((p) => p.id === 'heart')
        window.__twin?.hideOrgans(pick?.pickHide ?? [])
        window.__twin?.view('front', 'heart')
        return window.__twin?.screenPos('heart') ?? null
      })
      if (heart === null) throw new Error('no heart pick')
      const now = await page.evaluate((p) => window.__twin?.sample(p).at?.join(','), heart)
      // when: the day before the first recorded finding (Home moves the slider to the record's start)
      const slider = page.getByRole('slider', { name: 'Show the body as of' })
      await slider.focus()
      await page.keyboard.press('Home')
      await expect(page.locator('.timeline-readout')).toHaveText(/^Body as of \d+ \w+ \d{4}$/)
      const before = await page.evaluate((p) => window.__twin?.sample(p).at?.join(','), heart)
      // then: the heart is painted now and not at the start
      expect(now).not.toBe(before)
      await page.getByRole('button', { name: 'Back to now' }).click()
      expect(await page.evaluate((p) => window.__twin?.sample(p).at?.join(','), heart)).toBe(now)
    })

    test('keyboard only reaches every organ in the body map and every finding of the heart', async ({ page }) => {
      test.setTimeout(120_000)
      await openJacob(page)
      await page.locator('body').focus()
      const jump = page.getByRole('button', { name: 'Body map', exact: true })
      await tabUntil(page, jump, 80)
      await page.keyboard.press('Enter')
      // like a skip link, the jump moves the focus to the body map (also from the sheet's peek height)
      await expect(page.locator('#sheet-bodymap')).toBeFocused()
      const organs = bodyMap(page).locator('.bodymap-list button')
      const count = await organs.count()
      // every organ of a male body in the model, each listed once
      expect(count).toBe(BODY_MAP_ORGANS)
      await page.keyboard.press('Tab')
      await expect(organs.first()).toBeFocused()
      // every organ by arrow keys (roving focus), each named once
      const seen: string[] = []
      for (let i = 0; i < count; i += 1) {
        seen.push(await page.evaluate(() => document.activeElement?.textContent ?? ''))
        await page.keyboard.press('ArrowDown')
      }
      expect(new Set(seen).size).toBe(count)
      // the heart, then every finding's source by Tab
      await page.keyboard.press('Home')
      for (let i = 0; i < count; i += 1) {
        if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('Heart')) break
        await page.keyboard.press('ArrowDown')
      }
      await page.keyboard.press('Enter')
      const findings = page.locator('.organ-panel [data-finding]')
      await expect(findings.first()).toBeAttached()
      const expected = await findings.evaluateAll((els) => els.map((el) => el.getAttribute('data-finding')))
      const reached = new Set<string>()
      for (let i = 0; i < expected.length * 4 + 20 && reached.size < expected.length; i += 1) {
        await page.keyboard.press('Tab')
        const id = await page.evaluate(
          () => document.activeElement?.closest('.organ-panel [data-finding]')?.getAttribute('data-finding') ?? null,
        )
        if (id !== null) reached.add(id)
      }
      expect([...reached].sort()).toEqual([...expected].sort())
    })

    test('picker, print summary and Spanish have no axe violations', async ({ page }) => {
      test.setTimeout(90_000)
      await page.goto('/')
      await expect(page.getByRole('button', { name: 'Open the record of Jacob King' })).toBeVisible()
      await expectNoAxeViolations(page, 'picker')
      await openJacob(page, '#lang=es')
      await expect(page.locator('html')).toHaveAttribute('lang', 'es')
      await expectNoAxeViolations(page, 'Spanish twin')
      if (!vp.wide) await page.getByRole('button', { name: 'Mapa corporal', exact: true }).click()
      await bodyMap(page, 'Mapa corporal').getByRole('button', { name: 'Corazón', exact: true }).click()
      await expect(page.locator('.organ-panel h3')).toHaveText('Corazón')
      await expectNoAxeViolations(page, 'Spanish organ panel')
      await fromMenu(page, 'Imprimir resumen')
      await expect(page.getByRole('button', { name: 'Volver al gemelo' })).toBeVisible()
      await expectNoAxeViolations(page, 'print summary')
    })
  })
}

test.describe('first-run guide', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('shows on the first visit, is remembered without patient data once dismissed, and comes back from the menu', async ({
    browser,
  }) => {
    test.setTimeout(90_000)
    // a fresh context: nothing stored (the shared fixture marks the guide as seen)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    await openJacob(page)
    const guide = page.getByRole('region', { name: 'How to use the twin' })
    await expect(guide).toBeVisible()
    await expectNoAxeViolations(page, 'guide')
    await guide.getByRole('button', { name: 'Got it' }).click()
    await expect(guide).toHaveCount(0)
    expect(
      await page.evaluate(() =>
        Object.fromEntries(Object.keys(window.localStorage).map((k) => [k, window.localStorage.getItem(k)])),
      ),
    ).toEqual({ [GUIDE_KEY]: '1' })
    await page.reload()
    await page.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 60_000 })
    await expect(guide).toHaveCount(0)
    await fromMenu(page, 'Show the guide')
    await expect(guide).toBeVisible()
    await context.close()
  })
})
