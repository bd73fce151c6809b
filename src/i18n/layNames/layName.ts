/**
 * The plain name of a finding for patient mode: looked up by the finding's own codes first (SNOMED CT condition or
 * procedure tables, then ICD-10-CM by longest category prefix, block and chapter), then (conditions only) by text
 * patterns on the record's text. Null when no row fits: the view then shows the record's own text (without semantic tags).
 */
import type { Concept } from '../../timeline/types.ts'
import { SYSTEMS } from '../../timeline/codes.ts'
import { icdBlockOf, icdChapterOf } from '../../anatomy/lookup.ts'
import { isIcd10System, parseIcdCode } from '../../anatomy/resolve.ts'
import type { Locale } from '../locale.ts'
import type { LayName, LayRow } from './types.ts'
import { CONDITION_LAY_NAMES } from './conditionNames.ts'
import { PROCEDURE_LAY_NAMES } from './procedureNames.ts'
import { ICD10_BLOCK_LAY_NAMES, ICD10_CHAPTER_LAY_NAMES, ICD10_PREFIX_LAY_NAMES } from './icd10Names.ts'
import { TEXT_LAY_NAMES } from './textNames.ts'

const byKey = (rows: readonly LayRow[]): ReadonlyMap<string, LayRow> => new Map(rows.map((row) => [row[0], row]))

const CONDITIONS = byKey(CONDITION_LAY_NAMES)
const PROCEDURES = byKey(PROCEDURE_LAY_NAMES)
const ICD_PREFIXES = byKey(ICD10_PREFIX_LAY_NAMES)
const ICD_BLOCKS = byKey(ICD10_BLOCK_LAY_NAMES)
const ICD_CHAPTERS = byKey(ICD10_CHAPTER_LAY_NAMES)
const TEXT_RULES: readonly (readonly [RegExp, LayRow])[] = TEXT_LAY_NAMES.map((row) => [new RegExp(row[0], 'i'), row])

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
  const parsed = parseIcdCode(code)
  if (parsed === null) return null
  for (let end = parsed.full.length; end >= 3; end -= 1) {
    const row = ICD_PREFIXES.get(parsed.full.slice(0, end))
    if (row !== undefined) return row
  }
  const block = icdBlockOf(parsed.category)
  const blockRow = block === null ? undefined : ICD_BLOCKS.get(`${block.start}-${block.end}`)
  if (blockRow !== undefined) return blockRow
  const chapter = icdChapterOf(parsed.category)
  return chapter === null ? null : (ICD_CHAPTERS.get(String(chapter.chapter)) ?? null)
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
  const found = lookUp(concept, text, kind, locale)
  const entry = CACHE.get(concept) ?? new Map<string, LayName | null>()
  entry.set(key, found)
  CACHE.set(concept, entry)
  return found
}

const CACHE = new WeakMap<Concept, Map<string, LayName | null>>()

function lookUp(concept: Concept, text: string, kind: LayKind, locale: Locale): LayName | null {
  const table = kind === 'procedure' ? PROCEDURES : CONDITIONS
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
  const hit = TEXT_RULES.find(([pattern]) => pattern.test(text))
  return hit === undefined ? null : toName(hit[1], locale, 'text')
}
