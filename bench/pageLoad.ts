/**
 * One page load of the app in headless Chromium, timed from navigation start (bench/loadPath.ts and
 * bench/throttled.ts): the record view complete ('twin:record-ready'), the first frame with the body (the
 * 'twin:body-frame' mark, or the e2e build's 'twin:scene-ready' event), the full model ('twin:model-full' when the
 * app loads the model in steps, else the first body frame), and twin-ready: the first frame drawn with both the
 * body and the record's findings (the twin scene's first frame, 'twin:scene-frame': the body frame may be the
 * loading preview's, which shows no finding). Also the FHIR requests it sent, the requests before the first frame and the JS heap.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test'

/** What one load measured (ms since navigation start). */
export interface LoadTimes {
  readonly recordReady: number
  readonly bodyFrame: number
  readonly modelFull: number
  readonly twinReady: number
  /** FHIR request URLs in the order sent (resource timing). */
  readonly fhirUrls: readonly string[]
  /** Resources requested before the first body frame, the document included. */
  readonly requestsBeforeFrame: number
  /** Bytes of the body model(s) fetched (encoded). */
  readonly modelBytes: number
  /** JS heap after a GC with the record shown (MB), or NaN. */
  readonly heapMB: number
}

/** Mobile throttling as Lighthouse sets it (4x CPU, 150 ms RTT, 1.6 Mbps down, 750 kbps up). */
export const MOBILE = { cpu: 4, latency: 150, download: 200_000, upload: 93_750 } as const

declare global {
  interface Window {
    __bench?: { record: number | null; body: number | null; scene: number | null; ready: number | null }
  }
}

// Runs in the page before its scripts: records the signals' times and twin-ready. A string, not a function: tsx wraps
// named inner functions in a helper that does not exist in the page. Twin-ready is the twin scene's first frame
// ('twin:scene-frame'), which is drawn with the record (the scene mounts with the record view); only a scene frame
// before the record-ready signal (none in this app) would wait for the next frame. The load is done once the e2e
// build's 'twin:scene-ready' (the full model shown) has come too.
const BENCH_INIT = `(() => {
  const b = { record: null, body: null, scene: null, ready: null }
  window.__bench = b
  const finish = () => {
    if (b.record === null || b.scene === null || b.ready !== null) return
    if (b.scene >= b.record) { b.ready = b.scene; return }
    const frames = window.__twin ? window.__twin.perf.frames : 0
    const tick = () => {
      if ((window.__twin ? window.__twin.perf.frames : 0) > frames) b.ready = performance.now()
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  addEventListener('twin:record-ready', () => {
    if (b.record === null) b.record = performance.now()
    finish()
  })
  addEventListener('twin:scene-ready', () => {
    const mark = performance.getEntriesByName('twin:body-frame')[0]
    const scene = performance.getEntriesByName('twin:scene-frame')[0]
    if (b.body === null) b.body = mark ? mark.startTime : performance.now()
    if (b.scene === null) b.scene = scene ? scene.startTime : performance.now()
    finish()
  })
})()`

/** Applies MOBILE to a page through CDP. */
export async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE.latency,
    downloadThroughput: MOBILE.download,
    uploadThroughput: MOBILE.upload,
  })
  return cdp
}

async function heapMB(page: Page, cdp: CDPSession | null): Promise<number> {
  const session = cdp ?? (await page.context().newCDPSession(page))
  await session.send('HeapProfiler.collectGarbage')
  const usage = await session.send('Runtime.getHeapUsage')
  return usage.usedSize / 1048576
}

/** A fresh context (cold cache) at a phone-free desktop size. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 } })
}

/**
 * Opens one patient in a fresh context and waits for twin-ready.
 * @param browser - a launched Chromium
 * @param appUrl - the app's URL with the patient (`?patient=<id>`)
 * @param throttled - whether to apply MOBILE through CDP
 * @param timeout - ms to wait for twin-ready
 */
export async function loadOnce(
  browser: Browser,
  appUrl: string,
  throttled: boolean,
  timeout: number,
): Promise<LoadTimes> {
  const context = await freshContext(browser)
  try {
    await context.addInitScript({ content: BENCH_INIT })
    const page = await context.newPage()
    const cdp = throttled ? await throttle(page) : null
    await page.goto(appUrl)
    await page.waitForFunction(() => window.__bench?.ready != null, undefined, { timeout, polling: 50 })
    const times = await page.evaluate(() => {
      const b = window.__bench
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const body = b?.body ?? Number.NaN
      const full = performance.getEntriesByName('twin:model-full')[0]?.startTime ?? body
      return {
        recordReady: b?.record ?? Number.NaN,
        bodyFrame: body,
        modelFull: full,
        twinReady: b?.ready ?? Number.NaN,
        fhirUrls: entries.filter((e) => new URL(e.name).pathname.startsWith('/fhir/')).map((e) => e.name),
        requestsBeforeFrame: 1 + entries.filter((e) => e.startTime < body).length,
        // Fetched from the network only (a second read of the light model from the HTTP cache transfers nothing).
        modelBytes: entries
          .filter((e) => e.name.endsWith('.glb') && e.transferSize > 0)
          .reduce((sum, e) => sum + e.encodedBodySize, 0),
      }
    })
    return { ...times, heapMB: await heapMB(page, cdp) }
  } finally {
    await context.close()
  }
}

/** Like loadOnce, but a load that fails or times out gives null (printed), so one bad load does not end the bench. */
export async function tryLoad(
  browser: Browser,
  appUrl: string,
  throttled: boolean,
  timeout: number,
): Promise<LoadTimes | null> {
  try {
    return await loadOnce(browser, appUrl, throttled, timeout)
  } catch (error) {
    console.log(`  load of ${appUrl} failed: ${String(error).split('\n')[0] ?? ''}`)
    return null
  }
}
