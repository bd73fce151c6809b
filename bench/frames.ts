/**
 * Frames in software GL and the payload (issue 15 point 4): the frame time while orbiting with every finding of the
 * largest fixture painted versus the bare model (a patient with no findings), frames rendered during 5 idle seconds
 * (frameloop="demand": 0 expected), and the payload read from dist-e2e: the initial JS (the entry script and its
 * modulepreloads) gzip, all JS gzip, and the model files' bytes. Needs the e2e build (window.__twin hooks).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { freshContext } from './pageLoad.ts'

const ORBIT_FRAMES = 60
const IDLE_MS = 5000
const DIST = 'dist-e2e'

/** Orbit frame time (ms/frame) and, optionally, frames drawn while idle. */
export interface FrameFigures {
  readonly msPerFrame: number
  readonly idleFrames: number
  readonly webgl: string
}

/**
 * Opens the app at `url`, waits for the record and the body, orbits twice (the first warms up) and counts idle frames.
 * @param browser - a launched Chromium
 * @param url - the app's URL with the patient
 * @param idle - whether to count frames during IDLE_MS
 */
export async function frameFigures(browser: Browser, url: string, idle: boolean): Promise<FrameFigures> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForFunction(
      () => window.__twin?.ready === true && document.documentElement.dataset.recordReady !== undefined,
      undefined,
      { timeout: 120_000 },
    )
    await page.evaluate((n) => window.__twin?.orbit(n), ORBIT_FRAMES)
    const msPerFrame = await page.evaluate((n) => window.__twin?.orbit(n) ?? Number.NaN, ORBIT_FRAMES)
    const webgl = await page.evaluate(() => window.__twin?.webgl().renderer ?? '')
    let idleFrames = Number.NaN
    if (idle) {
      // Let the orbit's last invalidation settle before counting.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      const before = await page.evaluate(() => window.__twin?.perf.frames ?? 0)
      await page.waitForTimeout(IDLE_MS)
      idleFrames = (await page.evaluate(() => window.__twin?.perf.frames ?? 0)) - before
    }
    return { msPerFrame, idleFrames, webgl }
  } finally {
    await context.close()
  }
}

/** Payload figures (KB = 1024 bytes). */
export interface PayloadFigures {
  readonly initialJsGzipKB: number
  readonly totalJsGzipKB: number
  readonly modelKB: number
  /** Each model file's bytes and gzip -9 bytes (what the server sends), KB. */
  readonly models: Readonly<Record<string, { readonly kb: number; readonly gzipKB: number }>>
  readonly initialFiles: readonly string[]
}

function gzipKB(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024
}

/** Reads the payload from dist-e2e (the entry script, its modulepreloads, every JS chunk, the models). */
export function payloadFigures(dist = DIST): PayloadFigures {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)]
    .map((m) => m[1] ?? '')
    .filter((file) => file !== '')
  const assets = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'))
  const models = readdirSync(join(dist, 'models')).filter((file) => file.endsWith('.glb'))
  return {
    initialJsGzipKB: initial.reduce((sum, file) => sum + gzipKB(join(dist, file)), 0),
    totalJsGzipKB: assets.reduce((sum, file) => sum + gzipKB(join(dist, 'assets', file)), 0),
    modelKB: models.reduce((sum, file) => sum + statSync(join(dist, 'models', file)).size, 0) / 1024,
    models: Object.fromEntries(
      models.map((file) => {
        const path = join(dist, 'models', file)
        return [file, { kb: statSync(path).size / 1024, gzipKB: gzipKB(path) }]
      }),
    ),
    initialFiles: initial,
  }
}
