/**
 * Lookup structures built once from the table modules: Maps keyed by code, compiled keyword rules, parsed ICD
 * blocks. Building validates every place token, so a typo in a table fails at load (and in the tests).
 */
import { isOrganId } from './organIds.ts'
import { SNOMED_ALIASES } from './tables/aliases.ts'
import { BODY_SITES } from './tables/bodySites.ts'
import { ICD_ALPHANUMERIC_CATEGORIES, ICD_BLOCKS, ICD_OVERRIDES } from './tables/icd10.ts'
import { KEYWORD_RULES } from './tables/keywordRules.ts'
import type { NoteId } from './tables/notes.ts'
import { PROCEDURE_CODES } from './tables/procedureCodes.ts'
import { SNOMED_CONDITIONS } from './tables/snomedConditions.ts'
import type { PlaceId, ReasonNote } from './types.ts'

/** A place token in a table: a place, life and context, deliberately unplaced, or the sex-dependent genital organs. */
export type PlaceToken = PlaceId | 'context' | '-' | 'genital'

/**
 * Parses a space-separated place list from a table row; throws on an unknown token (tables are code).
 * @param text - e.g. 'kidney_left kidney_right'
 */
export function parsePlaces(text: string): readonly PlaceToken[] {
  if (text.trim() === '') return []
  return text
    .trim()
    .split(/\s+/)
    .map((token) => {
      if (isOrganId(token) || token === 'mind' || token === 'whole_body') return token
      if (token === 'context' || token === '-' || token === 'genital') return token
      throw new Error(`Unknown place token in mapping table: ${token}`)
    })
}

/** A parsed condition-table row. */
export interface CodeRow {
  readonly code: string
  readonly places: readonly PlaceToken[]
  readonly secondary: readonly PlaceToken[]
  readonly note: NoteId
  readonly suspected: boolean
}

/** SNOMED CT condition code -> row. */
export const SNOMED_MAP: ReadonlyMap<string, CodeRow> = new Map(
  SNOMED_CONDITIONS.map(([code, places, secondary, note, suspected]) => [
    code,
    { code, places: parsePlaces(places), secondary: parsePlaces(secondary), note, suspected },
  ]),
)

/** Mis-typed code -> real code. */
export const ALIAS_MAP: ReadonlyMap<string, string> = SNOMED_ALIASES

/** SNOMED CT body structure -> places. */
export const BODY_SITE_MAP: ReadonlyMap<string, readonly PlaceToken[]> = new Map(
  BODY_SITES.map(([code, places]) => [code, parsePlaces(places)]),
)

/** SNOMED CT procedure code -> places. */
export const PROCEDURE_MAP: ReadonlyMap<string, readonly PlaceToken[]> = new Map(
  PROCEDURE_CODES.map(([code, places]) => [code, parsePlaces(places)]),
)

/** A parsed ICD override. */
export interface IcdOverride {
  readonly prefix: string
  readonly places: readonly PlaceToken[]
  readonly note: NoteId
}

/** ICD-10-CM override prefix -> row. */
export const ICD_OVERRIDE_MAP: ReadonlyMap<string, IcdOverride> = new Map(
  ICD_OVERRIDES.map(([prefix, places, note]) => [prefix, { prefix, places: parsePlaces(places), note }]),
)

/** A parsed ICD block. */
export interface IcdBlock {
  readonly start: string
  readonly end: string
  /** The end as a letter+two-digit category for range comparison (I1A -> I19). */
  readonly numericEnd: string
  readonly places: readonly PlaceToken[]
}

/** ICD-10-CM blocks in tabular order. */
export const ICD_BLOCK_LIST: readonly IcdBlock[] = ICD_BLOCKS.map(([start, end, places]) => ({
  start,
  end,
  numericEnd: /\d$/.test(end) ? end : `${end.slice(0, 2)}9`,
  places: parsePlaces(places),
}))

const BLOCK_BY_START: ReadonlyMap<string, IcdBlock> = new Map(ICD_BLOCK_LIST.map((block) => [block.start, block]))

// Letter, then two digits: the only categories that sort into their block by character order.
const NUMERIC_CATEGORY = /^[A-Z]\d\d$/

/**
 * The block an ICD-10-CM category belongs to, or null. Alphanumeric categories use the explicit table.
 * @param category - three-character category, upper case (e.g. 'E11', 'C7A')
 */
export function icdBlockOf(category: string): IcdBlock | null {
  const explicit = ICD_ALPHANUMERIC_CATEGORIES.get(category)
  if (explicit !== undefined) return BLOCK_BY_START.get(explicit) ?? null
  if (!NUMERIC_CATEGORY.test(category)) return null
  for (const block of ICD_BLOCK_LIST) {
    if (!NUMERIC_CATEGORY.test(block.start)) continue
    if (block.start <= category && category <= block.numericEnd) return block
  }
  return null
}

/** A compiled keyword rule. */
export interface KeywordRule {
  readonly id: string
  readonly pattern: RegExp
  readonly places: readonly PlaceToken[]
  /** The reason note: the keyword note, followed by the row's own note when it has one (built once, at load). */
  readonly note: ReasonNote
}

/** Keyword rules in order (first match wins). */
export const KEYWORD_LIST: readonly KeywordRule[] = KEYWORD_RULES.map(([id, pattern, places, note]) => ({
  id,
  pattern: new RegExp(pattern, 'i'),
  places: parsePlaces(places),
  note: { kind: 'table', keys: note === undefined ? ['keyword'] : ['keyword', note] },
}))
