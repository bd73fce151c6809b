/**
 * The plain name of a finding for patient mode: looked up by the finding's own codes first (SNOMED CT condition or
 * procedure tables, then ICD-10-CM by longest category prefix, block and chapter), then (conditions only) by text
 * patterns on the record's text. Null when no row fits: the view then shows the record's own text (without semantic tags).
 * The tables are a chunk of their own (layTables.ts, loaded by loadLayNames); until they are there nothing is found.
 */
import type { Concept } from '../../timeline/types.ts'
import { SYSTEMS } from '../../timeline/codes.ts'
import { icdBlockOf, icdChapterOf } from '../../anatomy/icdBlocks.ts'
import { isIcd10System, parseIcdCode } from '../../anatomy/icdCode.ts'
import type { Locale } from '../locale.ts'
import type { LayName, LayRow } from './types.ts'
import { installedLayTables, type LayTables } from './layTablesRegistry.ts'

let loading: Promise<boolean> | null = null

/**
 * Loads the tables (their own chunk; the app starts this at start, beside the FHIR requests). Resolves true once they
 * are there, false when the chunk could not load (then no lay name is found, and the views show the record's own
 * text, as for a code no row lists); a later call tries again. Never rejects.
 */
export function loadLayNames(): Promise<boolean> {
  if (installedLayTables() !== null) return Promise.resolve(true)
  loading ??= import('./layTables.ts').then(
    () => true,
    () => {
      loading = null
      return false
    },
  )
  return loading
}

/** True once the tables are loaded (the views wait for them: src/app/TwinView.tsx). */
export function layNamesLoaded(): boolean {
  return installedLayTables() !== null
}

/** What kind of finding is named: conditions (and family history) or procedures. */
export type LayKind = 'condition' | 'procedure'

const toName = (row: LayRow, locale: Locale, from: LayName['from']): LayName => ({
  text: locale === 'es' ? row[2] : row[1],
  topic: row[3] === '' ? null : row[3],
  from,
})

/**
 * The ICD-10-CM row for a code: the longest listed prefix of its dotted form, else its block, else its chapter.
 * @param code - as recorded ('E11.9')
 */
export function icd10LayRow(code: string): LayRow | null {
  const tables = installedLayTables()
  const parsed = parseIcdCode(code)
  if (parsed === null || tables === null) return null
  for (let end = parsed.full.length; end >= 3; end -= 1) {
    const row = tables.icdPrefixes.get(parsed.full.slice(0, end))
    if (row !== undefined) return row
  }
  const block = icdBlockOf(parsed.category)
  const blockRow = block === null ? undefined : tables.icdBlocks.get(`${block.start}-${block.end}`)
  if (blockRow !== undefined) return blockRow
  const chapter = icdChapterOf(parsed.category)
  return chapter === null ? null : (tables.icdChapters.get(String(chapter.chapter)) ?? null)
}

/**
 * The lay name of a finding, or null when none is listed.
 * @param concept - the finding's main concept (Condition.code, Procedure.code)
 * @param text - the record's display text
 * @param kind - condition or procedure
 * @param locale - the interface language
 */
export function layNameOf(concept: Concept, text: string, kind: LayKind, locale: Locale): LayName | null {
  // The views ask again on every render (timeline moves, mode switches): the answer is kept per concept object.
  const key = `${kind}|${locale}|${text}`
  const cached = CACHE.get(concept)?.get(key)
  if (cached !== undefined) return cached
  const tables = installedLayTables()
  // Not loaded yet: nothing is found, and nothing is kept (the answer comes once the tables are there).
  if (tables === null) return null
  const found = lookUp(tables, concept, text, kind, locale)
  const entry = CACHE.get(concept) ?? new Map<string, LayName | null>()
  entry.set(key, found)
  CACHE.set(concept, entry)
  return found
}

const CACHE = new WeakMap<Concept, Map<string, LayName | null>>()

function lookUp(tables: LayTables, concept: Concept, text: string, kind: LayKind, locale: Locale): LayName | null {
  const table = kind === 'procedure' ? tables.procedures : tables.conditions
  for (const code of concept.codes) {
    if (code.system !== SYSTEMS.snomed) continue
    const row = table.get(code.code)
    if (row !== undefined) return toName(row, locale, kind === 'procedure' ? 'snomed-procedure' : 'snomed-condition')
  }
  if (kind === 'condition') {
    for (const code of concept.codes) {
      if (!isIcd10System(code.system)) continue
      const row = icd10LayRow(code.code)
      if (row !== null) return toName(row, locale, 'icd10')
    }
  }
  if (kind === 'procedure') return null
  const hit = tables.textRules.find(([pattern]) => pattern.test(text))
  return hit === undefined ? null : toName(hit[1], locale, 'text')
}
