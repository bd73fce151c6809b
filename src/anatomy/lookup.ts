/**
 * Lookup structures built once from the table modules: Maps keyed by code, compiled keyword rules, parsed ICD
 * blocks. Building validates every place token, so a typo in a table fails at load (and in the tests).
 */
import { isOrganId } from './organIds.ts'
import { isRegionId } from './vocabulary.ts'
import { SNOMED_ALIASES } from './tables/aliases.ts'
import { BODY_SITES } from './tables/bodySites.ts'
import { ICD_ALPHANUMERIC_CATEGORIES, ICD_BLOCKS, ICD_CHAPTERS, ICD_OVERRIDES, ICD_SIDE_RULES } from './tables/icd10.ts'
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
      if (isOrganId(token) || isRegionId(token)) return token
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

/** A parsed procedure-table row: its places ('-' = the code names no place) and its note. */
export interface ProcedureCodeRow {
  readonly places: readonly PlaceToken[]
  readonly note: NoteId
}

/** SNOMED CT procedure code -> row. */
export const PROCEDURE_MAP: ReadonlyMap<string, ProcedureCodeRow> = new Map(
  PROCEDURE_CODES.map(([code, places, , note]) => [
    code,
    { places: parsePlaces(places), note: note ?? 'procedureCode' },
  ]),
)

/** A parsed ICD override. */
export interface IcdOverride {
  readonly prefix: string
  readonly places: readonly PlaceToken[]
  readonly secondary: readonly PlaceToken[]
  readonly note: NoteId
}

/** ICD-10-CM override prefix -> row. */
export const ICD_OVERRIDE_MAP: ReadonlyMap<string, IcdOverride> = new Map(
  ICD_OVERRIDES.map(([prefix, places, note, , secondary]) => [
    prefix,
    { prefix, places: parsePlaces(places), secondary: parsePlaces(secondary ?? ''), note },
  ]),
)

/** A parsed ICD block. */
export interface IcdBlock {
  readonly start: string
  readonly end: string
  /** The end as a letter+two-digit category for range comparison (I1A -> I19). */
  readonly numericEnd: string
  readonly places: readonly PlaceToken[]
  /** The row's note, or null for the default (life and context, else the block note). */
  readonly note: NoteId | null
}

const numericEndOf = (end: string): string => (/\d$/.test(end) ? end : `${end.slice(0, 2)}9`)

/** ICD-10-CM blocks in tabular order. */
export const ICD_BLOCK_LIST: readonly IcdBlock[] = ICD_BLOCKS.map(([start, end, places, , note]) => ({
  start,
  end,
  numericEnd: numericEndOf(end),
  places: parsePlaces(places),
  note: note ?? null,
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

/** A parsed ICD-10-CM chapter (the fallback for categories no block covers). */
export interface IcdChapter {
  readonly chapter: number
  readonly start: string
  readonly end: string
  readonly numericEnd: string
  readonly places: readonly PlaceToken[]
  readonly note: NoteId | null
}

/** ICD-10-CM chapters in category order. */
export const ICD_CHAPTER_LIST: readonly IcdChapter[] = ICD_CHAPTERS.map(([chapter, start, end, places, , note]) => ({
  chapter,
  start,
  end,
  numericEnd: numericEndOf(end),
  places: parsePlaces(places),
  note: note ?? null,
}))

/**
 * The chapter of an ICD-10-CM category: the chapter whose range holds it, else (a category not in the tabular
 * list) the last chapter that starts before it. Alphanumeric categories are compared as letter+two digits (C7A as
 * C79); null only for text that is not a category.
 * @param category - three-character category, upper case
 */
export function icdChapterOf(category: string): IcdChapter | null {
  if (!/^[A-Z]\d[0-9A-Z]$/.test(category)) return null
  const key = numericEndOf(category)
  let before: IcdChapter | null = null
  for (const chapter of ICD_CHAPTER_LIST) {
    if (chapter.start <= key && key <= chapter.numericEnd) return chapter
    if (chapter.start <= key) before = chapter
  }
  return before
}

/** A parsed side rule: the character that states the side in codes under a prefix. */
interface IcdSideRule {
  readonly prefix: string
  readonly index: number
  readonly right: string
  readonly left: string
  readonly both: string
}

const ICD_SIDE_LIST: readonly IcdSideRule[] = ICD_SIDE_RULES.map(([prefix, position, right, left, both]) => ({
  prefix,
  index: position - 1,
  right,
  left,
  both,
}))

/**
 * The side an ICD-10-CM code states by one of its characters (M17.11 right knee, S72.002A left femur), or null.
 * @param full - the dotted code, upper case ('M17.11')
 */
export function icdSideOf(full: string): 'left' | 'right' | 'both' | null {
  const bare = full.replace('.', '')
  for (const rule of ICD_SIDE_LIST) {
    if (!full.startsWith(rule.prefix)) continue
    const char = bare.charAt(rule.index)
    if (char === '') return null
    if (rule.right.includes(char)) return 'right'
    if (rule.left.includes(char)) return 'left'
    if (rule.both.includes(char)) return 'both'
    return null
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
