/**
 * The soak (issue 14 point 10, docs/reliability.md E13): in one tab of headless Chromium, opens and closes 50
 * patients through the picker and the menu, then switches patients mid-load 20 times (a second open while the first
 * loads, through the e2e build's window.__twinApp). Measures the JS heap, DOM nodes, JS event listeners and live
 * WebGL contexts with the first patient open and again at the end (the same patient, after a GC), and counts every
 * moment a record of another patient than the one asked for showed (store-level, from the generation-guarded
 * store, and in the banner). Prints MET / NOT MET per target; a figure, not a timing assert. Needs dist-e2e.
 */
import type { Browser, CDPSession, Page } from '@playwright/test'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'

const OPENS = 50
const SWITCHES = 20
const HEAP_SLACK = 0.2

interface Patient {
  readonly id: string
  readonly name: string
}

interface Counters {
  readonly heapMB: number
  /** The heap snapshot's objects without V8's compiled code (which grows as more code paths get optimised). */
  readonly dataMB: number
  readonly nodes: number
  readonly listeners: number
  readonly contexts: number
}

function row(label: string, value: string, target: string, met: boolean): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${target}  ${met ? 'MET' : 'NOT MET'}`)
}

/** The server's patients with the names the picker shows (the app's own normaliser). */
async function listPatients(baseUrl: string): Promise<Patient[]> {
  const response = await fetch(new URL('fhir/Patient?_count=100', baseUrl))
  const bundle = (await response.json()) as { entry?: { resource: Resource }[] }
  const asOf = new Date().toISOString()
  const out: Patient[] = []
  for (const { resource } of bundle.entry ?? []) {
    const summary = normaliseRecord([resource], { asOf }).patient
    if (summary?.name) out.push({ id: summary.id, name: summary.name })
  }
  return out
}

/**
 * Counts WebGL contexts created by the page that are not lost (r3f loses its context on unmount). A string, not a
 * function: tsx would wrap a function's inner functions in a helper the page does not have.
 */
const COUNT_CONTEXTS = `(() => {
  const refs = []
  const original = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (type, ...args) {
    const ctx = original.call(this, type, ...args)
    const webgl = ctx instanceof WebGLRenderingContext || ctx instanceof WebGL2RenderingContext
    if (webgl && !refs.some((r) => r.deref() === ctx)) refs.push(new WeakRef(ctx))
    return ctx
  }
  window.__webglLive = () => refs.filter((r) => r.deref()?.isContextLost() === false).length
})()`

/** Sums a heap snapshot's self sizes, leaving out compiled code (node type 'code'). */
async function dataHeapMB(cdp: CDPSession): Promise<number> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }): void => {
    chunks.push(e.chunk)
  }
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta
  const code = types[0].indexOf('code')
  const sizeAt = fields.indexOf('self_size')
  let bytes = 0
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i] !== code) bytes += snapshot.nodes[i + sizeAt] ?? 0
  }
  return bytes / 2 ** 20
}

async function counters(page: Page, cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  const dom = await cdp.send('Memory.getDOMCounters')
  const contexts = await page.evaluate(() => (Reflect.get(window, '__webglLive') as () => number)())
  const dataMB = await dataHeapMB(cdp)
  return { heapMB: heap / 2 ** 20, dataMB, nodes: dom.nodes, listeners: dom.jsEventListeners, contexts }
}

/** Waits until the record of `patient` is complete (3D body drawn too) and returns the name in its banner. */
async function waitShown(page: Page, generation: number): Promise<string> {
  await page.waitForFunction(
    (g) => document.documentElement.dataset.recordReady === String(g) && window.__twin?.ready === true,
    generation,
    { timeout: 60_000 },
  )
  return page.evaluate(() => document.querySelector('.banner-name')?.textContent ?? '')
}

/** Opens a patient from the picker and returns the banner's name once shown. */
async function openFromPicker(page: Page, patient: Patient): Promise<string> {
  const button = page.getByRole('button', { name: `Open the record of ${patient.name}`, exact: true })
  await button.click()
  const generation = await page.evaluate(() => window.__twinApp?.generation() ?? -1)
  return waitShown(page, generation)
}

async function closeFromMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: true }).click()
  await page.getByRole('button', { name: 'Choose another patient', exact: true }).click()
  await page
    .getByRole('button', { name: /^Open the record of / })
    .first()
    .waitFor()
}

/** Opens `first`, and while it loads (a few ms in), `second`; true when the switch happened mid-load. */
async function switchMidLoad(page: Page, first: Patient, second: Patient, delayMs: number): Promise<boolean> {
  return page.evaluate(
    async ([a, b, ms]) => {
      const api = window.__twinApp
      if (api === undefined) throw new Error('no window.__twinApp: the soak needs the e2e build')
      api.openPatient(a)
      await new Promise((resolve) => setTimeout(resolve, ms))
      const midLoad = document.documentElement.dataset.recordReady !== String(api.generation())
      api.openPatient(b)
      return midLoad
    },
    [first.id, second.id, delayMs] as const,
  )
}

interface Run {
  readonly first: Counters
  readonly last: Counters
  readonly bannerStale: number
  readonly storeStale: number
  readonly midLoad: number
}

async function soak(page: Page, cdp: CDPSession, patients: readonly Patient[]): Promise<Run> {
  const start = patients[0]
  if (start === undefined) throw new Error('no patients on the server')
  let bannerStale = 0
  if ((await openFromPicker(page, start)) !== start.name) bannerStale++
  const first = await counters(page, cdp)
  await closeFromMenu(page)
  for (let i = 1; i < OPENS; i++) {
    const p = patients[i % patients.length] ?? start
    if ((await openFromPicker(page, p)) !== p.name) bannerStale++
    await closeFromMenu(page)
  }
  let midLoad = 0
  for (let i = 0; i < SWITCHES; i++) {
    const a = patients[(2 * i) % patients.length] ?? start
    const b = patients[(2 * i + 1) % patients.length] ?? start
    if (await switchMidLoad(page, a, b, 2 + (i % 5) * 4)) midLoad++
    const generation = await page.evaluate(() => window.__twinApp?.generation() ?? -1)
    if ((await waitShown(page, generation)) !== b.name) bannerStale++
    await closeFromMenu(page)
  }
  if ((await openFromPicker(page, start)) !== start.name) bannerStale++
  const last = await counters(page, cdp)
  const storeStale = await page.evaluate(() => window.__twinApp?.stale() ?? Number.NaN)
  return { first, last, bannerStale, storeStale, midLoad }
}

const mb = (v: number): string => `${v.toFixed(1)} MB`
const pair = (a: number, b: number, unit = ''): string =>
  `${a.toFixed(unit ? 1 : 0)} -> ${b.toFixed(unit ? 1 : 0)}${unit}`

function report(run: Run): Record<string, number | boolean> {
  const { first, last } = run
  const within = (a: number, b: number): boolean => b <= a * (1 + HEAP_SLACK)
  const figures = {
    heapFirstMB: first.heapMB,
    heapLastMB: last.heapMB,
    heapWithinTarget: within(first.heapMB, last.heapMB),
    dataHeapFirstMB: first.dataMB,
    dataHeapLastMB: last.dataMB,
    dataHeapWithinTarget: within(first.dataMB, last.dataMB),
    listenersFirst: first.listeners,
    listenersLast: last.listeners,
    listenersNotGrowing: last.listeners <= first.listeners,
    nodesFirst: first.nodes,
    nodesLast: last.nodes,
    nodesNotGrowing: last.nodes <= first.nodes,
    contextsFirst: first.contexts,
    contextsLast: last.contexts,
    contextsNotGrowing: last.contexts <= first.contexts,
    switchesMidLoad: run.midLoad,
    staleShown: run.bannerStale + run.storeStale,
  }
  const rows: [string, string, string, boolean][] = [
    [
      'soak: JS heap (getMetrics), first patient -> same at end',
      pair(first.heapMB, last.heapMB, ' MB'),
      `target <= ${mb(first.heapMB * (1 + HEAP_SLACK))} (+20%; includes V8 compiled code)`,
      figures.heapWithinTarget,
    ],
    [
      'soak: heap objects without compiled code (snapshot)',
      pair(first.dataMB, last.dataMB, ' MB'),
      `target <= ${mb(first.dataMB * (1 + HEAP_SLACK))} (+20%)`,
      figures.dataHeapWithinTarget,
    ],
    [
      'soak: JS event listeners, first -> end',
      pair(first.listeners, last.listeners),
      'target not growing',
      figures.listenersNotGrowing,
    ],
    ['soak: DOM nodes, first -> end', pair(first.nodes, last.nodes), 'target not growing', figures.nodesNotGrowing],
    [
      'soak: live WebGL contexts, first -> end',
      pair(first.contexts, last.contexts),
      'target not growing',
      figures.contextsNotGrowing,
    ],
    [
      `soak: switches that happened mid-load (of ${String(SWITCHES)})`,
      String(run.midLoad),
      `target ${String(SWITCHES)}`,
      run.midLoad === SWITCHES,
    ],
    [
      "soak: another patient's data shown (banner + store)",
      String(figures.staleShown),
      'target 0',
      figures.staleShown === 0,
    ],
  ]
  console.log(`soak: one tab, ${String(OPENS)} opens and closes, then ${String(SWITCHES)} switches mid-load`)
  for (const [label, value, target, met] of rows) row(label, value, target, met)
  return figures
}

/**
 * Runs the soak in one tab and prints its figures.
 * @param baseUrl - the app's origin URL (the embedded server serving dist-e2e), ending in '/'
 * @param browser - a launched Chromium
 */
export async function soakFigures(baseUrl: string, browser: Browser): Promise<Record<string, number | boolean>> {
  const patients = await listPatients(baseUrl)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' })
  try {
    // Returning visitor: the first-run guide stays closed (e2e/fixtures.ts GUIDE_KEY).
    await context.addInitScript(() => {
      window.localStorage.setItem('twin.guideSeen', '1')
    })
    await context.addInitScript({ content: COUNT_CONTEXTS })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(baseUrl)
    await page
      .getByRole('button', { name: /^Open the record of / })
      .first()
      .waitFor()
    return report(await soak(page, cdp, patients))
  } finally {
    await context.close()
  }
}
