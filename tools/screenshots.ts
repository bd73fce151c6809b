/**
 * `npm run screenshots`: regenerates the README/docs screenshots from the e2e build against the embedded server.
 */
import { chromium } from '@playwright/test'
import { startServer } from '../server/main.ts'
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts'

const server = await startServer({ port: 0, staticDir: 'dist-e2e' })
const browser = await chromium.launch(CHROMIUM_LAUNCH)
try {
  // The twin at a phone, a tablet and a laptop, in patient mode with the heart's details open (beside the body on
  // the laptop, in the bottom sheet on the phone and tablet), and the laptop in clinician mode.
  for (const [file, width, height, mode] of [
    ['docs/twin-phone.png', 390, 844, 'patient'],
    ['docs/twin-tablet.png', 820, 1180, 'patient'],
    ['docs/twin-patient-mode.png', 1440, 900, 'patient'],
    ['docs/twin-clinician-mode.png', 1440, 900, 'clinician'],
  ] as const) {
    const touch = width < 900
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: width < 500 })
    const twin = await context.newPage()
    await twin.addInitScript(() => {
      window.localStorage.setItem('twin.guideSeen', '1')
    })
    await twin.emulateMedia({ reducedMotion: 'reduce' })
    await twin.goto(`${server.url}?patient=2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb#organ=heart&mode=${mode}`)
    await twin.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 60_000 })
    if (touch) await twin.getByRole('button', { name: 'Details', exact: true }).click()
    await twin.evaluate(() => window.__twin?.view('front'))
    await twin.evaluate(() => window.__twin?.sample())
    await twin.screenshot({ path: file })
    console.log(`wrote ${file}`)
    await context.close()
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
