/**
 * D1 (docs/reliability.md): the golden table of the condition mapping and its change log. Every row of the reviewed
 * tables (SNOMED CT codes and aliases, ICD-10-CM overrides, blocks and chapters, body sites; with the left and right
 * side for paired organs and both sexes where the sex decides) must give the region recorded in
 * tests/fixtures/golden/mapping-golden.txt. A mapping change makes the first test fail; after review the golden file
 * is rewritten (`npx vitest run src/anatomy/golden.test.ts -u`) and the second test fails until
 * docs/mapping-changes.md (the hazard-log entry list) has a new version entry naming the new file's SHA-256.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mappingGoldenLines, mappingGoldenText } from '../../tests/fixtures/mappingGolden.ts'

const GOLDEN = '../../tests/fixtures/golden/mapping-golden.txt'
const CHANGES = new URL('../../docs/mapping-changes.md', import.meta.url)

/** The change log's entries: version, date and the golden file's hash, newest last. */
function changeEntries(): { version: number; sha256: string }[] {
  const text = readFileSync(CHANGES, 'utf8')
  return [
    ...text.matchAll(/^## Version (\d+) \(\d{4}-\d{2}-\d{2}\)$[\s\S]*?^Golden table SHA-256: `([0-9a-f]{64})`$/gm),
  ].map((m) => ({ version: Number(m[1]), sha256: m[2] ?? '' }))
}

describe('D1 golden mapping table', () => {
  const entries = changeEntries()
  const latest = entries.at(-1)

  it('D1 every (system, code[, side or sex]) row of the tables gives the region of the versioned golden table', async () => {
    expect(latest).toBeDefined()
    const lines = mappingGoldenLines()
    // one line per table row at least, and no row decided twice
    expect(new Set(lines.map((l) => l.split(' -> ')[0])).size).toBe(lines.length)
    expect(lines.length).toBeGreaterThan(900)
    await expect(mappingGoldenText(latest?.version ?? 0)).toMatchFileSnapshot(GOLDEN)
  })

  it('D1 the golden table is logged: the latest entry of docs/mapping-changes.md names its version and hash', () => {
    const file = readFileSync(new URL(GOLDEN, import.meta.url), 'utf8')
    const version = /^# Mapping golden table, version (\d+) /.exec(file)?.[1]
    expect(entries.map((e) => e.version)).toEqual(entries.map((_, i) => i + 1))
    expect(Number(version)).toBe(latest?.version)
    expect(createHash('sha256').update(file).digest('hex')).toBe(latest?.sha256)
  })
})
