/**
 * 3D body figures for `npm run bench` (called from bench/run.ts): model load to first frame, frame time while
 * orbiting in software GL, and frames rendered while idle (frameloop="demand": 0 expected). Prints, asserts nothing.
 * Needs the e2e build (window.__twin hooks).
 */
import type { Browser } from '@playwright/test'

const PATIENT = 'Courtney Schinner'
const ORBIT_FRAMES = 60
const IDLE_MS = 5000

function row(label: string, value: string, target = ''): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${target}`)
}

/**
 * Opens a patient with the 3D body and prints the scene figures.
 * @param baseUrl - the app's origin URL (the embedded server serving dist-e2e)
 * @param browser - a launched Chromium
 */
export async function sceneFigures(baseUrl: string, browser: Browser): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.goto(baseUrl)
    await page.getByRole('button', { name: `Open the record of ${PATIENT}` }).waitFor()
    const clickedAt = await page.evaluate(() => performance.now())
    await page.getByRole('button', { name: `Open the record of ${PATIENT}` }).click()
    await page.waitForFunction(() => window.__twin?.ready === true, undefined, { timeout: 60_000 })
    const load = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/models/body.glb'))
      return {
        fetched: entry === undefined ? Number.NaN : entry.startTime + entry.duration,
        readyAt: performance.now(),
        webgl: window.__twin?.webgl(),
      }
    })
    // Time of the first frame that showed the body: ready is set right after that frame.
    row('3D body: WebGL', load.webgl?.webgl2 ? 'WebGL2' : 'WebGL1', load.webgl?.renderer ?? '')
    row('3D body: body.glb fetched (ms after navigation)', `${load.fetched.toFixed(0)} ms`)
    row(
      '3D body: open patient -> first frame with the body',
      `${(load.readyAt - clickedAt).toFixed(0)} ms`,
      'includes the record load; model preloaded at app start',
    )
    const msPerFrame = await page.evaluate((n) => window.__twin?.orbit(n) ?? Promise.resolve(Number.NaN), ORBIT_FRAMES)
    row(
      `3D body: orbiting, software GL (${String(ORBIT_FRAMES)} frames)`,
      `${msPerFrame.toFixed(1)} ms/frame`,
      `${(1000 / msPerFrame).toFixed(1)} fps`,
    )
    const before = await page.evaluate(() => window.__twin?.perf.frames ?? 0)
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS))
    const after = await page.evaluate(() => window.__twin?.perf.frames ?? 0)
    row(`3D body: frames rendered while idle for ${String(IDLE_MS / 1000)} s`, String(after - before), 'target 0')
  } finally {
    await context.close()
  }
}
