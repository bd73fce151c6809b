/**
 * Mapping report: reads every bundle in fhir-fixtures/synthea and fhir-fixtures/edge, normalises and maps it, and
 * prints per patient and in total the share of conditions on an organ, in the whole-body region, in the mind
 * region, in life and context, ruled out and not placed (listing the unplaced codes), and the rule layers used.
 * The headline gives two shares of clinical conditions (all except life and context and ruled out): on an organ or
 * the mind region ("organ+mind", the acceptance figure), and with the whole-body region added
 * ("organ+mind+whole-body"); the whole-body region is drawn on the figure but names no organ.
 * Run: npm run mapping:report
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { mapRecord } from '../src/anatomy/mapRecord.ts'
import { placementShares, summariseConditions, type ConditionSummary } from '../src/anatomy/summary.ts'

const DIRS = ['fhir-fixtures/synthea', 'fhir-fixtures/edge']

function readBundle(path: string): Resource[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { resourceType?: string; entry?: { resource?: Resource }[] }
  if (json.resourceType !== 'Bundle') return [json as Resource]
  return (json.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]))
}

const pct = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`)

function line(name: string, s: ConditionSummary): string {
  const clinical = s.total - s.context - s.ruledOut
  return [
    name.padEnd(48),
    `conditions ${String(s.total).padStart(3)}`,
    `organ ${pct(s.organ, s.total)}`,
    `whole-body ${pct(s.wholeBody, s.total)}`,
    `mind ${pct(s.mind, s.total)}`,
    `context ${pct(s.context, s.total)}`,
    `ruled-out ${s.ruledOut}`,
    `unplaced ${pct(s.unplaced, s.total)}`,
    `organ+mind ${pct(s.organ + s.mind, clinical)}`,
    `organ+mind+whole-body ${pct(s.organ + s.wholeBody + s.mind, clinical)}`,
  ].join(' | ')
}

const totals: ConditionSummary[] = []
for (const dir of DIRS) {
  if (!existsSync(dir)) continue
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('manifest'))) {
    const record = normaliseRecord(readBundle(join(dir, file)), { asOf: '2026-01-01T00:00:00Z' })
    const summary = summariseConditions(record, mapRecord(record))
    totals.push(summary)
    console.log(line(file.slice(0, 48), summary))
    for (const item of summary.unplacedCodes) console.log(`    unplaced: ${item}`)
  }
}
const sum: ConditionSummary = {
  total: 0,
  organ: 0,
  wholeBody: 0,
  mind: 0,
  context: 0,
  ruledOut: 0,
  unplaced: 0,
  byLayer: {},
  unplacedCodes: [],
}
const byLayer: Record<string, number> = {}
for (const s of totals) {
  sum.total += s.total
  sum.organ += s.organ
  sum.wholeBody += s.wholeBody
  sum.mind += s.mind
  sum.context += s.context
  sum.ruledOut += s.ruledOut
  sum.unplaced += s.unplaced
  for (const [layer, count] of Object.entries(s.byLayer)) byLayer[layer] = (byLayer[layer] ?? 0) + count
}
console.log('-'.repeat(100))
console.log(line(`TOTAL (${totals.length} files)`, sum))
const shares = placementShares(totals)
console.log(`clinical conditions (all except life and context and ruled out): ${String(shares.clinical)}`)
console.log(
  `  organ+mind (on an organ or the mind region): ${String(shares.organOrMind)} = ` +
    pct(shares.organOrMind, shares.clinical),
)
console.log(
  `  organ+mind+whole-body (with the whole-body region): ${String(shares.organMindOrWholeBody)} = ` +
    pct(shares.organMindOrWholeBody, shares.clinical),
)
console.log(
  `by rule layer: ${Object.entries(byLayer)
    .map(([layer, count]) => `${layer} ${count}`)
    .join(', ')}`,
)
