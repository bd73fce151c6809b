/**
 * `npm run bench` (issue 15): speed figures measured side by side in one run, each beside its target marked MET or
 * NOT MET, written with the machine and the date to bench/results.json (docs/performance.md explains the method).
 * Asserts nothing: targets live here, never as timing asserts in tests. Runs against the e2e build (dist-e2e).
 * Sections: data path in Node (bench/dataPath.ts), load path, mobile throttling and frames in headless Chromium
 * (bench/browserFigures.ts), payload (bench/frames.ts), then the retry budget (bench/retryBudget.ts) and the soak
 * (bench/soak.ts) when those files exist. `BENCH_ONLY=data,load,mobile,frames,payload,extra` runs a subset.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { chromium, type Browser } from '@playwright/test'
import { startServer } from '../server/main.ts'
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts'
import { frameSection, loadSection, throttledSection } from './browserFigures.ts'
import { interopFigures } from './interop.ts'
import { fixtureRows, measureText, type DataRow } from './dataPath.ts'
import { payloadFigures } from './frames.ts'
import { Figures, met } from './report.ts'
import { setUp, type BenchSetup } from './setup.ts'

const ONLY = new Set((process.env.BENCH_ONLY ?? 'data,load,mobile,frames,payload,extra').split(','))
const RESULTS = 'bench/results.json'

function dataSection(figures: Figures, syntheticText: string): { rows: DataRow[]; synthetic: DataRow } {
  figures.section('Data path, Node: (normaliseRecord + twinFromRecord) / JSON.parse, warm medians')
  const rows = fixtureRows()
  const sorted = [...rows].sort((a, b) => a.ratio - b.ratio)
  const pick = (i: number): DataRow => sorted[i] as DataRow
  const named = (row: DataRow): string =>
    `${row.name}, ${String(row.resources)} res., ${row.parseMs.toFixed(2)} ms parse`
  const all = `${String(rows.length)} fixtures`
  figures.add({
    id: 'data.worstRatio',
    label: `worst ratio of ${all}`,
    value: pick(sorted.length - 1).ratio,
    unit: 'x',
    target: { op: '<=', value: 0.5 },
    note: named(pick(sorted.length - 1)),
  })
  figures.add({
    id: 'data.medianRatio',
    label: `median ratio of ${all}`,
    value: pick(Math.floor(sorted.length / 2)).ratio,
    unit: 'x',
    target: { op: '<=', value: 0.5 },
    note: named(pick(Math.floor(sorted.length / 2))),
  })
  figures.add({
    id: 'data.bestRatio',
    label: `best ratio of ${all}`,
    value: pick(0).ratio,
    unit: 'x',
    note: named(pick(0)),
  })
  const over = rows.filter((r) => r.ratio > 0.5).length
  figures.add({
    id: 'data.fixturesOver',
    label: 'fixtures over the 0.5 ratio',
    value: over,
    unit: '',
    target: { op: '<=', value: 0 },
  })
  const synthetic = measureText('generated 10k patient', syntheticText)
  figures.add({
    id: 'data.synthetic.parse',
    label: `10k patient: JSON.parse (${(synthetic.bytes / 1048576).toFixed(1)} MB)`,
    value: synthetic.parseMs,
    unit: 'ms',
  })
  figures.add({
    id: 'data.synthetic.pipeline',
    label: '10k patient: normaliseRecord + twinFromRecord',
    value: synthetic.normaliseMs + synthetic.mapMs,
    unit: 'ms',
    note: `normalise ${synthetic.normaliseMs.toFixed(0)}, map ${synthetic.mapMs.toFixed(0)}`,
  })
  figures.add({
    id: 'data.synthetic.ratio',
    label: '10k patient: ratio',
    value: synthetic.ratio,
    unit: 'x',
    target: { op: '<=', value: 0.5 },
  })
  figures.add({
    id: 'data.synthetic.heap',
    label: '10k patient: Node heap held by the bundle and the twin (after GC)',
    value: synthetic.heapMB,
    unit: 'MB',
    target: { op: '<=', value: 150 },
  })
  return { rows, synthetic }
}

function payloadSection(figures: Figures): ReturnType<typeof payloadFigures> {
  figures.section('Payload (dist-e2e, gzip -9)')
  const p = payloadFigures()
  figures.add({
    id: 'payload.initialJs',
    label: `initial JS gzip (${String(p.initialFiles.length)} files: entry + modulepreloads)`,
    value: p.initialJsGzipKB,
    unit: 'KB',
    target: { op: '<=', value: 200 },
  })
  figures.add({ id: 'payload.totalJs', label: 'total JS gzip (every chunk)', value: p.totalJsGzipKB, unit: 'KB' })
  figures.add({ id: 'payload.model', label: 'model bytes (models/*.glb)', value: p.modelKB, unit: 'KB' })
  for (const [file, m] of Object.entries(p.models)) {
    const id = file.replace(/\.glb$/, '')
    figures.add({
      id: `payload.${id}`,
      label: `  ${file}: bytes / gzip`,
      value: m.kb,
      unit: 'KB',
      note: `gzip ${m.gzipKB.toFixed(0)} KB`,
    })
  }
  return p
}

// The retry budget (H-B) and the soak (H-E), loaded only when their files exist (a non-literal specifier, so the
// typecheck does not need them).
async function extraSection(figures: Figures, browser: Browser): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  figures.section('Record load requests per server profile (bench/interop.ts)')
  await interopFigures()
  const retry = './retryBudget.ts'
  if (existsSync(new URL(retry, import.meta.url))) {
    figures.section('Retry budget (bench/retryBudget.ts)')
    const mod = (await import(retry)) as { retryBudgetFigures: () => Promise<unknown> }
    out.retryBudget = await mod.retryBudgetFigures()
  }
  const soak = './soak.ts'
  if (existsSync(new URL(soak, import.meta.url))) {
    figures.section('Soak (bench/soak.ts, default fixtures)')
    const server = await startServer({ port: 0, staticDir: 'dist-e2e' })
    try {
      const mod = (await import(soak)) as { soakFigures: (url: string, b: Browser) => Promise<unknown> }
      out.soak = await mod.soakFigures(server.url, browser)
    } finally {
      await server.close()
    }
  }
  return out
}

async function browserSections(setup: BenchSetup, figures: Figures, results: Record<string, unknown>): Promise<void> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  try {
    results.chromium = browser.version()
    if (ONLY.has('load')) results.load = await loadSection(browser, setup, figures)
    if (ONLY.has('mobile')) results.mobile = await throttledSection(browser, setup, figures)
    if (ONLY.has('frames')) results.frames = await frameSection(browser, setup, figures)
    if (ONLY.has('extra')) results.extra = await extraSection(figures, browser)
  } finally {
    await browser.close()
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const cpu = cpus()
  const machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model ?? '',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1073741824),
  }
  console.log(
    `twin bench  ${new Date().toISOString()}  node ${machine.node}, ${String(machine.cores)} x ${machine.cpu}`,
  )
  const figures = new Figures()
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine }
  const setup = await setUp()
  try {
    if (ONLY.has('data')) results.dataPath = dataSection(figures, setup.syntheticText)
    if (ONLY.has('payload')) results.payload = payloadSection(figures)
    await browserSections(setup, figures, results)
  } finally {
    await setup.close()
  }
  const metCount = figures.all.filter((f) => met(f) === true).length
  const targeted = figures.all.filter((f) => met(f) !== null).length
  console.log(
    `\n${String(metCount)} of ${String(targeted)} targets met; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  results.seconds = (performance.now() - started) / 1000
  results.figures = figures.all.map((f) => ({ ...f, met: met(f) }))
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`wrote ${RESULTS}`)
}

await main()
