/**
 * Load path in headless Chromium (issue 15 point 2): for each bench patient, navigation to twin-ready beside two
 * references measured in the same run: the lower bound (the FHIR requests the app sent, issued at once with plain
 * fetch + JSON.parse in a page of the same origin, and the bare model's first frame: whichever is longer) and the
 * naive baseline many FHIR apps use (each record type fetched page after page at the server's default page size,
 * one request at a time). Each figure is the median of RUNS cold loads (a fresh context each).
 */
import type { Browser } from '@playwright/test'
import { RECORD_TYPES } from '../src/timeline/recordTypes.ts'
import { freshContext, throttle, tryLoad, type LoadTimes } from './pageLoad.ts'
import { median } from './report.ts'
import type { BenchPatient } from './setup.ts'

const RUNS = 3
const TIMEOUT = 90_000

const EMPTY: LoadTimes = {
  recordReady: Number.NaN,
  bodyFrame: Number.NaN,
  modelFull: Number.NaN,
  twinReady: Number.NaN,
  fhirUrls: [],
  requestsBeforeFrame: Number.NaN,
  modelBytes: Number.NaN,
  heapMB: Number.NaN,
}

/** The load-path figures of one patient (medians, ms). */
export interface LoadFigures {
  readonly patient: BenchPatient
  readonly twinReady: number
  readonly recordReady: number
  readonly bodyFrame: number
  readonly fetchAll: number
  readonly lowerBound: number
  readonly naive: number
  readonly naiveRequests: number
  readonly appRequests: number
  readonly heapMB: number
  readonly last: LoadTimes
}

/** The same-origin page the reference fetches run in (a static file, no app script). */
function blankUrl(baseUrl: string): string {
  return new URL('twin-config.json', baseUrl).href
}

/** All the URLs at once, each read and parsed; ms. */
export async function fetchAllMs(browser: Browser, baseUrl: string, urls: readonly string[]): Promise<number> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await page.goto(blankUrl(baseUrl))
    return await page.evaluate(async (list) => {
      const t0 = performance.now()
      await Promise.all(list.map(async (url): Promise<unknown> => JSON.parse(await (await fetch(url)).text())))
      return performance.now() - t0
    }, urls)
  } finally {
    await context.close()
  }
}

/** Each record type page after page, one request at a time; ms and requests. */
export async function naiveMs(
  browser: Browser,
  fhirBaseUrl: string,
  patientId: string,
  throttled = false,
): Promise<[number, number]> {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    if (throttled) await throttle(page)
    await page.goto(blankUrl(`${fhirBaseUrl}/`))
    return await page.evaluate(
      async ({ base, id, types }) => {
        const t0 = performance.now()
        let requests = 0
        for (const type of types) {
          let next: string | undefined = `${base}/${type}?patient=${encodeURIComponent(id)}`
          while (next !== undefined) {
            requests++
            const bundle = JSON.parse(await (await fetch(next)).text()) as {
              link?: { relation: string; url: string }[]
            }
            next = bundle.link?.find((l) => l.relation === 'next')?.url
          }
        }
        return [performance.now() - t0, requests] as [number, number]
      },
      { base: fhirBaseUrl, id: patientId, types: [...RECORD_TYPES] },
    )
  } finally {
    await context.close()
  }
}

/** The bare model's first frame: the app opened on a patient with no other resources (median of RUNS, ms). */
export async function bareFrameMs(browser: Browser, baseUrl: string, bare: BenchPatient): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    times.push((await tryLoad(browser, appUrl(baseUrl, bare), false, TIMEOUT))?.bodyFrame ?? Number.NaN)
  }
  return median(times)
}

/** The app's URL for a patient. */
export function appUrl(baseUrl: string, patient: BenchPatient): string {
  return `${baseUrl}?patient=${encodeURIComponent(patient.id)}`
}

/**
 * Measures one patient's load path against the references.
 * @param bareFrame - the bare model's first frame (ms), measured once for the run
 * @param naiveRuns - runs of the naive baseline (1 for the 10k patient: hundreds of sequential requests)
 */
export async function loadFigures(
  browser: Browser,
  server: { url: string; fhirBaseUrl: string },
  patient: BenchPatient,
  bareFrame: number,
  naiveRuns = RUNS,
): Promise<LoadFigures> {
  const loads: LoadTimes[] = []
  const fetches: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const load = await tryLoad(browser, appUrl(server.url, patient), false, TIMEOUT)
    if (load === null) continue
    loads.push(load)
    fetches.push(await fetchAllMs(browser, server.url, load.fhirUrls))
  }
  const naive: number[] = []
  let naiveRequests = 0
  for (let i = 0; i < naiveRuns; i++) {
    const [ms, requests] = await naiveMs(browser, server.fhirBaseUrl, patient.id)
    naive.push(ms)
    naiveRequests = requests
  }
  const fetchAll = median(fetches)
  const last = loads[loads.length - 1] ?? EMPTY
  return {
    patient,
    twinReady: median(loads.map((l) => l.twinReady)),
    recordReady: median(loads.map((l) => l.recordReady)),
    bodyFrame: median(loads.map((l) => l.bodyFrame)),
    fetchAll,
    lowerBound: Math.max(fetchAll, bareFrame),
    naive: median(naive),
    naiveRequests,
    appRequests: last.fhirUrls.length,
    heapMB: median(loads.map((l) => l.heapMB)),
    last,
  }
}
