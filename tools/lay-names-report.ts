/**
 * Lay-name report: the share of placed conditions and procedures in a set of records that have a plain name
 * (src/i18n/layNames), per folder, with every finding without one listed by code and text.
 *
 * `npm run lay-names:report` reads fhir-fixtures/ (manifests skipped); `npm run lay-names:report -- <dir>` any folder.
 * "Placed" is what the body shows: placements on an organ, the mind, blood, nerves or whole-body regions.
 */
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { mapRecord } from '../src/anatomy/mapRecord.ts'
import type { Concept } from '../src/timeline/types.ts'
import { layNameOf, type LayKind } from '../src/i18n/layNames/layName.ts'
// The tables the app loads as a chunk at start, installed for the report.
import '../src/i18n/layNames/layTables.ts'
import { readRecordFolder } from './readRecordFolder.ts'

const ASOF = '2026-01-01T00:00:00Z'

interface Tally {
  total: number
  named: number
  misses: Map<string, number>
}

const tally = (): Tally => ({ total: 0, named: 0, misses: new Map() })
const keyOf = (concept: Concept, text: string): string =>
  `${concept.codes.map((c) => `${c.system ?? ''}|${c.code}`).join(' ') || '(no code)'}  "${text}"`

function main(): void {
  const arg = process.argv[2]
  const read = readRecordFolder(arg ?? 'fhir-fixtures', { skipManifests: arg === undefined })
  const byFolder = new Map<string, Record<LayKind, Tally>>()
  for (const { folder, resources } of read.records) {
    const record = normaliseRecord([...resources], { asOf: ASOF })
    const map = mapRecord(record)
    const events = new Map<string, { concept: Concept; text: string }>(
      [...record.conditions, ...record.procedures].map((e) => [e.id, e]),
    )
    const t = byFolder.get(folder) ?? { condition: tally(), procedure: tally() }
    byFolder.set(folder, t)
    for (const p of map.placements) {
      if (p.findingKind === 'medication') continue
      const event = events.get(p.id)
      if (event === undefined) continue
      const row = t[p.findingKind]
      row.total += 1
      const en = layNameOf(event.concept, event.text, p.findingKind, 'en')
      if (en !== null) row.named += 1
      else {
        const key = keyOf(event.concept, event.text)
        row.misses.set(key, (row.misses.get(key) ?? 0) + 1)
      }
    }
  }
  const pct = (t: Tally): string => (t.total === 0 ? '-' : `${((100 * t.named) / t.total).toFixed(1)}%`)
  const all = { condition: tally(), procedure: tally() }
  for (const [folder, t] of [...byFolder].sort()) {
    for (const kind of ['condition', 'procedure'] as const) {
      all[kind].total += t[kind].total
      all[kind].named += t[kind].named
      for (const [k, n] of t[kind].misses) all[kind].misses.set(k, (all[kind].misses.get(k) ?? 0) + n)
    }
    console.log(
      `${folder}: conditions ${String(t.condition.named)}/${String(t.condition.total)} ${pct(t.condition)}, procedures ${String(t.procedure.named)}/${String(t.procedure.total)} ${pct(t.procedure)}`,
    )
  }
  for (const kind of ['condition', 'procedure'] as const) {
    console.log(
      `\nplaced ${kind}s with a lay name: ${String(all[kind].named)}/${String(all[kind].total)} ${pct(all[kind])}`,
    )
    for (const [k, n] of [...all[kind].misses].sort((a, b) => b[1] - a[1])) console.log(`  x${String(n)}  ${k}`)
  }
}

main()
