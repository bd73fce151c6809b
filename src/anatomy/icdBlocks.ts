/**
 * The ICD-10-CM blocks and chapters, parsed from the table (src/anatomy/tables/icd10.ts), without the other mapping
 * tables: the lay names (src/i18n/layNames) read a code's block and chapter on the main thread, where the mapping
 * itself does not run (it runs in the twin worker).
 */
import { ICD_ALPHANUMERIC_CATEGORIES, ICD_BLOCKS, ICD_CHAPTERS } from './tables/icd10.ts'
import type { NoteId } from './tables/notes.ts'
import { parsePlaces, type PlaceToken } from './placeTokens.ts'

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
