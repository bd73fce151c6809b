/**
 * The place tokens of the mapping tables and their parser (src/anatomy/lookup.ts, src/anatomy/icdBlocks.ts).
 */
import { isOrganId } from './organIds.ts'
import type { PlaceId } from './types.ts'
import { isRegionId } from './vocabulary.ts'

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
