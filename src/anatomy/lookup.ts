/**
 * Lookup structures built once from the table modules: Maps keyed by code, compiled keyword rules, parsed ICD
 * blocks. Building validates every place token, so a typo in a table fails at load (and in the tests).
 */
import { parsePlaces, type PlaceToken } from './placeTokens.ts'
import { SNOMED_ALIASES } from './tables/aliases.ts'
import { BODY_SITES } from './tables/bodySites.ts'
import { ICD_OVERRIDES, ICD_SIDE_RULES } from './tables/icd10.ts'
import { KEYWORD_RULES } from './tables/keywordRules.ts'
import type { NoteId } from './tables/notes.ts'
import { PROCEDURE_CODES } from './tables/procedureCodes.ts'
import { SNOMED_CONDITIONS } from './tables/snomedConditions.ts'
import type { ReasonNote } from './types.ts'

export { parsePlaces, type PlaceToken } from './placeTokens.ts'
export {
  ICD_BLOCK_LIST,
  ICD_CHAPTER_LIST,
  icdBlockOf,
  icdChapterOf,
  type IcdBlock,
  type IcdChapter,
} from './icdBlocks.ts'

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
