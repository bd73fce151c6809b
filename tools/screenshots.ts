/**
 * `npm run screenshots`: regenerates the README/docs screenshots from the e2e build against the embedded server.
 */
import { chromium } from '@playwright/test'
import { startServer } from '../server/main.ts'
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts'

const server = await startServer({ port: 0, staticDir: 'dist-e2e' })
const browser = await chromium.launch(CHROMIUM_LAUNCH)
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${server.url}?patient=2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb`)
  await page.waitForFunction(() => document.documentElement.dataset.recordReady !== undefined)
  await page.screenshot({ path: 'docs/screenshot-record.png' })
  console.log('wrote docs/screenshot-record.png')
  // The twin with the heart's details panel open, in patient and in clinician mode.
  for (const mode of ['patient', 'clinician'] as const) {
    const twin = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await twin.emulateMedia({ reducedMotion: 'reduce' })
    await twin.goto(`${server.url}?patient=2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb#organ=heart&mode=${mode}`)
    await twin.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 60_000 })
    await twin.locator('.twin-layout').scrollIntoViewIfNeeded()
    await twin.evaluate(() => window.__twin?.view('front'))
    await twin.evaluate(() => window.__twin?.sample())
    const file = `docs/twin-${mode}-mode.png`
    await twin.screenshot({ path: file })
    console.log(`wrote ${file}`)
    await twin.close()
  }
  // The 3D body, front and left side, for a female and a male fixture patient (BodyParts3D-derived: CC BY-SA 4.0,
  // credits in public/models/CREDITS.md).
  for (const [name, sex] of [
    ['Courtney Schinner', 'female'],
    ['Jacob King', 'male'],
  ] as const) {
    const body = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await body.goto(server.url)
    await body.getByRole('button', { name: `Open the record of ${name}` }).click()
    await body.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 60_000 })
    const canvas = body.locator('.scene canvas')
    await canvas.scrollIntoViewIfNeeded()
    for (const [view, file] of [
      ['front', `docs/body-${sex}-front.png`],
      ['left', `docs/body-${sex}-side.png`],
    ] as const) {
      await body.evaluate((v) => window.__twin?.view(v), view)
      await body.evaluate(() => window.__twin?.sample())
      await canvas.screenshot({ path: file })
      console.log(`wrote ${file}`)
    }
    await body.close()
  }
} finally {
  await browser.close()
  await server.close()
}
