/**
 * `npm run bench`: speed figures that the issues set targets for. Prints figures; asserts nothing
 * (targets live here, never as timing asserts in tests). Runs against the e2e build (npm run build:e2e).
 */
import { chromium } from '@playwright/test'
import { startServer } from '../server/main.ts'
import { CHROMIUM_LAUNCH } from '../e2e/chromium.ts'
import { interopFigures } from './interop.ts'
import { mappingFigures } from './mapping.ts'
import { sceneFigures } from './scene.ts'

const LARGEST = {
  name: 'Courtney Schinner',
  patientId: 'f8cb2d52-c53d-4585-8417-7a1cc1a74377',
}
const RUNS = 7

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function row(label: string, value: string, target = ''): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${target}`)
}

async function browserFigures(): Promise<void> {
  const server = await startServer({ port: 0, staticDir: 'dist-e2e' })
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  try {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(`${server.url}?patient=${LARGEST.patientId}`)
      await page.waitForFunction(() => document.documentElement.dataset.recordReady !== undefined)
      const ms = await page.evaluate(() => performance.getEntriesByName('twin:record-ready')[0]?.startTime ?? NaN)
      times.push(ms)
      await context.close()
    }
    row(
      `navigation -> record view complete, ${LARGEST.name} (median of ${String(RUNS)})`,
      `${median(times).toFixed(0)} ms`,
      'target < 3000 ms',
    )
    row('  runs', times.map((t) => t.toFixed(0)).join(' '))
    await sceneFigures(server.url, browser)
  } finally {
    await browser.close()
    await server.close()
  }
}

console.log(`twin bench  (node ${process.version}, ${new Date().toISOString()})`)
mappingFigures()
await interopFigures()
await browserFigures()
