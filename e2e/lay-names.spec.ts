/**
 * Plain words for patients (issue 12), counted in the real app over every record the embedded server serves
 * (fhir-fixtures/synthea, edge and ehr), each opened from its file so the record list keeps the file's resource ids:
 * in patient mode no semantic tag ("(finding)", "(disorder)") shows anywhere, and the conditions the mapping places on
 * the body have a lay name (target >= 95%); in Spanish the same conditions show the Spanish lay name.
 */
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures.ts'
import { DEFAULT_FIXTURE_PATTERNS } from '../server/main.ts'
import { expandFixturePatterns } from '../server/fixtures.ts'
import { readBundleText } from '../src/fhir/readBundleFile.ts'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { mapRecord } from '../src/anatomy/mapRecord.ts'
import { layNameOf } from '../src/i18n/layNames/layName.ts'
// The tables the app loads as a chunk at start, installed here for the node-side expectations.
import '../src/i18n/layNames/layTables.ts'

const SEMANTIC_TAG = /\((disorder|finding|procedure|situation|morphologic abnormality)\)/i

interface Expected {
  readonly file: string
  /** Placed conditions: reference -> the Spanish lay name the tables give (null when none). */
  readonly placed: ReadonlyMap<string, string | null>
}

/** The placed conditions of each served fixture, worked out with the same pure functions the app uses. */
function expectations(): Expected[] {
  const out: Expected[] = []
  for (const file of expandFixturePatterns(DEFAULT_FIXTURE_PATTERNS, process.cwd())) {
    let resources
    try {
      resources = readBundleText(readFileSync(file, 'utf8')).resources
    } catch {
      continue // a file the app refuses (an edge case of its own spec) has nothing placed to name
    }
    const record = normaliseRecord([...resources], { asOf: '2026-01-01T00:00:00Z' })
    const map = mapRecord(record)
    const conditions = new Map(record.conditions.map((c) => [c.id, c]))
    const placed = new Map<string, string | null>()
    for (const p of map.placements) {
      const c = conditions.get(p.id)
      if (p.findingKind !== 'condition' || c === undefined) continue
      placed.set(c.source.reference, layNameOf(c.concept, c.text, 'condition', 'es')?.text ?? null)
    }
    if (placed.size > 0) out.push({ file, placed })
  }
  return out
}

test('patient mode: no semantic tag anywhere, a lay name for >= 95% of placed conditions, Spanish names in Spanish', async ({
  twin,
}) => {
  test.setTimeout(600_000)
  const { page } = twin
  const all = expectations()
  expect(all.length).toBeGreaterThanOrEqual(25)
  let placed = 0
  let named = 0
  let spanish = 0
  for (const { file, placed: expected } of all) {
    await page.goto('/')
    await page.getByLabel('FHIR Bundle file (.json)').setInputFiles(file)
    await twin.waitForRecord()
    const record = page.getByRole('region', { name: 'Record', exact: true })
    // English, patient mode
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
    expect(SEMANTIC_TAG.exec(text)?.[0] ?? null, file).toBeNull()
    const english = await record
      .locator('li[data-reference^="Condition/"]')
      .evaluateAll((items) =>
        items.map((li) => [
          li.getAttribute('data-reference') ?? '',
          li.querySelector('.lay-name')?.textContent ?? null,
        ]),
      )
    const shown = new Map(english as [string, string | null][])
    for (const reference of expected.keys()) {
      expect(shown.has(reference), `${file} ${reference} listed`).toBe(true)
      placed += 1
      if (shown.get(reference) != null) named += 1
    }
    // Spanish: the same conditions carry the Spanish lay name the tables give
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
    const registro = page.getByRole('region', { name: 'Historial', exact: true })
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    const inSpanish = await registro
      .locator('li[data-reference^="Condition/"]')
      .evaluateAll((items) =>
        items.map((li) => [
          li.getAttribute('data-reference') ?? '',
          li.querySelector('.lay-name')?.textContent ?? null,
        ]),
      )
    const shownEs = new Map(inSpanish as [string, string | null][])
    for (const [reference, name] of expected) {
      expect(shownEs.get(reference) ?? null, `${file} ${reference} in Spanish`).toBe(name)
      if (name !== null) spanish += 1
    }
    const textEs = (await page.locator('main').innerText()).replace(/\s+/g, ' ')
    expect(SEMANTIC_TAG.exec(textEs)?.[0] ?? null, file).toBeNull()
  }
  console.log(
    `lay names: ${String(named)}/${String(placed)} placed conditions in English, ${String(spanish)} in Spanish, over ${String(all.length)} records`,
  )
  expect(named / placed).toBeGreaterThanOrEqual(0.95)
  expect(spanish).toBe(named)
})
