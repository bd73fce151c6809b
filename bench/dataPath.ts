/**
 * Data path in Node (issue 15 point 1): for every fixture in fhir-fixtures (all folders) and the generated
 * 10,000-resource patient, JSON.parse of the bundle text versus normaliseRecord + twinFromRecord (mapRecord and the
 * derived lookups), their ratio, and the JS heap the parsed bundle and the twin hold (after a full GC). Each time is
 * the median of warm runs (enough runs for at least MIN_MS per measure); each run parses the text afresh and
 * normalises that parse, as the app does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { twinFromRecord } from '../src/twin/twinFromRecord.ts'
import { median } from './report.ts'

const ROOT = 'fhir-fixtures'
const AS_OF = '2026-01-01T00:00:00Z'
const WARM_UP = 3
const MIN_RUNS = 5
const MAX_RUNS = 60
const MIN_MS = 150

/** One data-path row. */
export interface DataRow {
  readonly name: string
  readonly bytes: number
  readonly resources: number
  readonly parseMs: number
  readonly normaliseMs: number
  readonly mapMs: number
  /** (normalise + map) / parse. */
  readonly ratio: number
  /** JS heap held by the parsed bundle and the twin, after a full GC (MB). */
  readonly heapMB: number
  /** Whole JS heap (heapUsed) with them held, after a full GC (MB). */
  readonly heapTotalMB: number
}

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return fixtureFiles(path)
      return name.endsWith('.json') && !name.startsWith('manifest') ? [path] : []
    })
}

function resourcesOf(parsed: unknown): Resource[] {
  const bundle = parsed as { resourceType?: string; entry?: { resource?: Resource }[] }
  if (bundle.resourceType !== 'Bundle') return [parsed as Resource]
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]))
}

function once(text: string): [parse: number, normalise: number, map: number, resources: number] {
  const t0 = performance.now()
  const parsed: unknown = JSON.parse(text)
  const t1 = performance.now()
  const items = resourcesOf(parsed)
  const t2 = performance.now()
  const record = normaliseRecord(items, { asOf: AS_OF })
  const t3 = performance.now()
  twinFromRecord(record)
  const t4 = performance.now()
  return [t1 - t0, t3 - t2, t4 - t3, items.length]
}

function heldMB(text: string): [held: number, total: number] {
  gc()
  const before = process.memoryUsage().heapUsed
  const items = resourcesOf(JSON.parse(text))
  const twin = twinFromRecord(normaliseRecord(items, { asOf: AS_OF }))
  gc()
  const after = process.memoryUsage().heapUsed
  // Keep both alive across the measurement.
  if (twin.record.asOf === '' && items.length < 0) console.log('unreachable')
  return [(after - before) / 1048576, after / 1048576]
}

/** Measures one bundle text. */
export function measureText(name: string, text: string): DataRow {
  const [first] = once(text)
  for (let i = 1; i < WARM_UP; i++) once(text)
  const runs = Math.min(MAX_RUNS, Math.max(MIN_RUNS, Math.ceil(MIN_MS / Math.max(first, 0.05))))
  const parse: number[] = []
  const normalise: number[] = []
  const map: number[] = []
  let resources = 0
  for (let i = 0; i < runs; i++) {
    const [p, n, m, count] = once(text)
    parse.push(p)
    normalise.push(n)
    map.push(m)
    resources = count
  }
  const [heapMB, heapTotalMB] = heldMB(text)
  const parseMs = median(parse)
  const normaliseMs = median(normalise)
  const mapMs = median(map)
  const bytes = Buffer.byteLength(text)
  return {
    name,
    bytes,
    resources,
    parseMs,
    normaliseMs,
    mapMs,
    ratio: (normaliseMs + mapMs) / parseMs,
    heapMB,
    heapTotalMB,
  }
}

/** Measures every fixture file (sorted by path). */
export function fixtureRows(): DataRow[] {
  return fixtureFiles(ROOT).map((path) => measureText(path.slice(ROOT.length + 1), readFileSync(path, 'utf8')))
}
