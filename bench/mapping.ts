/**
 * Speed figures for the pipeline (src/twin/buildTwin.ts) on the largest fixture: JSON.parse of the bundle text,
 * normaliseRecord, and twinFromRecord (mapRecord plus the lookups the views derive once per record), each the warm median of RUNS runs (after WARM_UP runs that are not counted), and the ratio
 * (normalise + map) / parse with its target. Prints figures; asserts nothing (no timing asserts in tests).
 * Each run parses the text afresh and normalises and maps that parse, as the app does, so garbage collection of the
 * parsed bundle falls where it would in the app.
 */
import { readFileSync } from 'node:fs'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { twinFromRecord } from '../src/twin/twinFromRecord.ts'

const FILE = 'fhir-fixtures/synthea/sof__Courtney_Schinner_7b5bea3e-de83-4c43-a89c-5078e923c3db.json'
const RUNS = 25
const WARM_UP = 10
const TARGET = 0.5

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function row(label: string, value: string, target = ''): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${target}`)
}

/** Prints JSON.parse, normaliseRecord and twinFromRecord medians for the largest fixture, and the ratio to its target. */
export function mappingFigures(): void {
  const text = readFileSync(FILE, 'utf8')
  const parse: number[] = []
  const normalise: number[] = []
  const map: number[] = []
  let resources = 0
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const t0 = performance.now()
    const bundle = JSON.parse(text) as { entry?: { resource?: Resource }[] }
    const t1 = performance.now()
    const items = (bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]))
    const t2 = performance.now()
    const record = normaliseRecord(items, { asOf: '2026-01-01T00:00:00Z' })
    const t3 = performance.now()
    twinFromRecord(record)
    const t4 = performance.now()
    resources = items.length
    if (i < WARM_UP) continue
    parse.push(t1 - t0)
    normalise.push(t3 - t2)
    map.push(t4 - t3)
  }
  const ratio = (median(normalise) + median(map)) / median(parse)
  const runs = `warm median of ${String(RUNS)}`
  row(
    `JSON.parse, Courtney Schinner (${(text.length / 1024 / 1024).toFixed(2)} MB, ${runs})`,
    `${median(parse).toFixed(1)} ms`,
  )
  row(`normaliseRecord, ${String(resources)} resources (${runs})`, `${median(normalise).toFixed(1)} ms`)
  row(`twinFromRecord: mapRecord + derived lookups (${runs})`, `${median(map).toFixed(1)} ms`)
  row('(normaliseRecord + twinFromRecord) / JSON.parse', ratio.toFixed(2), `target <= ${TARGET.toFixed(2)}`)
}
