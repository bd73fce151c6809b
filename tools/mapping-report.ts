/**
 * Mapping report: how the conditions, procedures and measurements of a set of records are shown on the twin.
 *
 * `npm run mapping:report` reads every *.json under fhir-fixtures/ (synthea, edge, wild and any other folder;
 * manifests skipped); `npm run mapping:report -- <dir>` reads any folder of records instead (recursively: Bundle
 * JSON, a single resource, or NDJSON lines), so anyone can measure their own records. Files that are not FHIR, or
 * that the app refuses, are listed as skipped with a one-line reason (tools/readRecordFolder.ts).
 *
 * Conditions: per file and per folder, the share on an organ, the whole-body, mind, blood and nerves regions, life
 * and context, ruled out and not placed (listing the unplaced codes), then the acceptance headline: clinical
 * conditions (all except life and context and ruled out) on an organ, a named region (mind, blood, nerves) or the
 * whole body with a stated reason, each part counted apart, against the target (97%).
 * Procedures: placed by rule layer, life and context, not placed by why (the codes listed with counts), the headline
 * "placed or deliberately unplaced with a reason" (95%) and the procedures placed through a reason while their own
 * code names a place (0). Measurements: the observations shown as risk-factor values, by factor, and the codes of
 * those not shown (top 15).
 * Every record is normalised as of 2026-01-01 and mapped with its own recorded sex. The counting is in
 * src/anatomy/summary.ts (pure, unit-tested).
 */
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { mapRecord } from '../src/anatomy/mapRecord.ts'
import {
  conditionHeadline,
  mergeMeasurements,
  mergeProcedures,
  placementShares,
  procedureHeadline,
  summariseConditions,
  summariseMeasurements,
  summariseProcedures,
  type ConditionSummary,
  type Headline,
  type MeasurementSummary,
  type ProcedureSummary,
} from '../src/anatomy/summary.ts'
import { readRecordFolder } from './readRecordFolder.ts'

const ASOF = '2026-01-01T00:00:00Z'

interface Summarised {
  readonly name: string
  readonly folder: string
  readonly conditions: ConditionSummary
  readonly procedures: ProcedureSummary
  readonly measurements: MeasurementSummary
}

const pct = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`)
const counts = (record: Record<string, number>): string =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, n]) => `${key} ${String(n)}`)
    .join(', ') || '-'
const verdict = (h: Headline): string =>
  `target >= ${String(Math.round(h.target * 100))}% | ${h.met ? 'MET' : 'NOT MET'}`

function sumConditions(list: readonly ConditionSummary[]): ConditionSummary {
  const sum: ConditionSummary = {
    total: 0,
    organ: 0,
    wholeBody: 0,
    mind: 0,
    blood: 0,
    nerves: 0,
    wholeBodyNoNote: 0,
    context: 0,
    ruledOut: 0,
    unplaced: 0,
    byLayer: {},
    unplacedCodes: [],
  }
  for (const s of list) {
    for (const key of ['total', 'organ', 'wholeBody', 'mind', 'blood', 'nerves', 'wholeBodyNoNote'] as const)
      sum[key] += s[key]
    for (const key of ['context', 'ruledOut', 'unplaced'] as const) sum[key] += s[key]
    for (const [layer, n] of Object.entries(s.byLayer)) sum.byLayer[layer] = (sum.byLayer[layer] ?? 0) + n
  }
  return sum
}

function conditionLine(name: string, s: ConditionSummary): string {
  const clinical = s.total - s.context - s.ruledOut
  const named = s.organ + s.mind + s.blood + s.nerves + s.wholeBody - s.wholeBodyNoNote
  return [
    name.slice(0, 48).padEnd(48),
    `conditions ${String(s.total).padStart(3)}`,
    `organ ${pct(s.organ, s.total)}`,
    `mind ${pct(s.mind, s.total)}`,
    `blood ${pct(s.blood, s.total)}`,
    `nerves ${pct(s.nerves, s.total)}`,
    `whole-body ${pct(s.wholeBody, s.total)}`,
    `context ${pct(s.context, s.total)}`,
    `ruled-out ${String(s.ruledOut)}`,
    `unplaced ${pct(s.unplaced, s.total)}`,
    `on the body ${pct(named, clinical)}`,
  ].join(' | ')
}

function procedureLine(name: string, s: ProcedureSummary): string {
  return [
    name.slice(0, 48).padEnd(48),
    `procedures ${String(s.total).padStart(4)}`,
    `placed ${pct(s.placed, s.total)} (${counts(s.byLayer)})`,
    `context ${String(s.context)}`,
    `unplaced ${String(s.unplaced)} (${counts(s.unplacedByWhy)})`,
  ].join(' | ')
}

/** Prints one line per record, a subtotal per folder and the total, with `line` for each. */
function printTable<T>(
  all: readonly Summarised[],
  pick: (s: Summarised) => T,
  merge: (list: readonly T[]) => T,
  line: (name: string, s: T) => string,
  extra: (s: T) => string[] = () => [],
): T {
  const folders = [...new Set(all.map((s) => s.folder))]
  for (const folder of folders) {
    const inFolder = all.filter((s) => s.folder === folder)
    for (const s of inFolder) {
      console.log(line(folder === '.' ? s.name : s.name.slice(folder.length + 1), pick(s)))
      for (const text of extra(pick(s))) console.log(`    ${text}`)
    }
    console.log(line(`  subtotal ${folder}/ (${String(inFolder.length)} records)`, merge(inFolder.map(pick))))
  }
  const total = merge(all.map(pick))
  console.log('-'.repeat(100))
  console.log(line(`TOTAL (${String(all.length)} records)`, total))
  return total
}

function printConditions(all: readonly Summarised[]): void {
  console.log('\n== Conditions ==')
  const total = printTable(
    all,
    (s) => s.conditions,
    sumConditions,
    conditionLine,
    (s) => s.unplacedCodes.map((code) => `unplaced: ${code}`),
  )
  const shares = placementShares(all.map((s) => s.conditions))
  const h = conditionHeadline(all.map((s) => s.conditions))
  console.log(`clinical conditions (all except life and context and ruled out): ${String(h.whole)}`)
  console.log(`  organ+mind: ${String(shares.organOrMind)} = ${pct(shares.organOrMind, shares.clinical)}`)
  console.log(
    `HEADLINE conditions on an organ, a named region (mind, blood, nerves) or the whole body with a stated reason: ` +
      `${String(h.part)} of ${String(h.whole)} = ${pct(h.part, h.whole)} | ${verdict(h)}`,
  )
  console.log(
    `  organ ${String(h.organ)} | mind ${String(h.mind)} | blood ${String(h.blood)} | nerves ${String(h.nerves)} | ` +
      `whole body ${String(h.wholeBody)} | whole body without a note ${String(total.wholeBodyNoNote)}`,
  )
  console.log(`by rule layer: ${counts(total.byLayer)}`)
}

function printProcedures(all: readonly Summarised[]): void {
  console.log('\n== Procedures ==')
  const total = printTable(all, (s) => s.procedures, mergeProcedures, procedureLine)
  console.log(`placed by rule layer: ${counts(total.byLayer)}`)
  console.log(`not placed by why: ${counts(total.unplacedByWhy)}`)
  console.log(`not placed, ${String(total.unplacedCodes.length)} distinct (count, why, codes and text):`)
  for (const item of total.unplacedCodes)
    console.log(`  ${String(item.count).padStart(4)} x ${item.key.split('|')[0] ?? ''}: ${item.label}`)
  const h = procedureHeadline(total)
  console.log(
    `HEADLINE procedures placed or deliberately unplaced with a reason: ${String(h.part)} of ${String(h.whole)} = ` +
      `${pct(h.part, h.whole)} (placed ${String(h.placed)}, context ${String(h.context)}, deliberately unplaced ` +
      `${String(h.deliberate)}) | ${verdict(h)}`,
  )
  console.log(
    `HEADLINE procedures placed only through a reason while their own code names a place: ` +
      `${String(h.reasonOverOwnCode)} | target 0 | ${h.reasonOverOwnCode === 0 ? 'MET' : 'NOT MET'}`,
  )
  for (const item of total.reasonOverOwnCode) console.log(`  ${String(item.count).padStart(4)} x ${item.label}`)
}

function printMeasurements(all: readonly Summarised[]): void {
  console.log('\n== Measurements ==')
  const total = mergeMeasurements(all.map((s) => s.measurements))
  const notShown = total.observations - total.shown
  console.log(
    `observations ${String(total.observations)} | shown as risk-factor values ${String(total.shown)} ` +
      `(${pct(total.shown, total.observations)}) | not shown as risk factors ${String(notShown)}`,
  )
  console.log(`risk-factor values shown, by factor: ${counts(total.valuesByFactor)}`)
  console.log(`not shown as risk factors, top 15 of ${String(total.notShownByCode.length)} codes:`)
  for (const item of total.notShownByCode.slice(0, 15))
    console.log(`  ${String(item.count).padStart(5)} x ${item.label}`)
}

function main(): void {
  const arg = process.argv[2]
  const root = arg ?? 'fhir-fixtures'
  const read = readRecordFolder(root, { skipManifests: arg === undefined })
  const all: Summarised[] = []
  for (const { name, folder, resources } of read.records) {
    try {
      const record = normaliseRecord([...resources], { asOf: ASOF })
      const map = mapRecord(record)
      all.push({
        name,
        folder,
        conditions: summariseConditions(record, map),
        procedures: summariseProcedures(record, map),
        measurements: summariseMeasurements(record, map),
      })
    } catch (error) {
      read.skipped.push(`skipped ${name}: could not be mapped (${error instanceof Error ? error.message : 'error'})`)
    }
  }
  console.log(`Mapping report over ${root}/: ${String(all.length)} records, ${String(read.skipped.length)} notes`)
  for (const text of read.skipped) console.log(`  ${text}`)
  if (all.length === 0) {
    console.log('No FHIR records found.')
    process.exitCode = 1
    return
  }
  printConditions(all)
  printProcedures(all)
  printMeasurements(all)
}

main()
