import { badRequest } from '@medplum/core'
import type { OperationOutcome } from '@medplum/fhirtypes'

/** Page size when a type-level or compartment search names no `_count`. */
export const DEFAULT_COUNT = 20
/** Largest page a client may ask for; larger `_count` values are clamped. */
export const MAX_COUNT = 1000

/** The effective `_count` and `_offset` of a search. */
export interface Page {
  readonly count: number
  readonly offset: number
}

/**
 * Reads `_count`/`_offset`, applying the default page size and the maximum.
 * @param params - The query; `_count` and `_offset` are set on it to the effective values.
 * @returns The page, or an OperationOutcome for a malformed value.
 */
export function applyPaging(params: URLSearchParams): Page | OperationOutcome {
  const rawCount = params.get('_count')
  const rawOffset = params.get('_offset')
  if (rawCount !== null && !/^\d+$/.test(rawCount)) {
    return badRequest(`Invalid _count: ${rawCount}`)
  }
  if (rawOffset !== null && !/^\d+$/.test(rawOffset)) {
    return badRequest(`Invalid _offset: ${rawOffset}`)
  }
  const count = Math.min(rawCount === null ? DEFAULT_COUNT : Number.parseInt(rawCount, 10), MAX_COUNT)
  const offset = rawOffset === null ? 0 : Number.parseInt(rawOffset, 10)
  params.set('_count', String(count))
  params.set('_offset', String(offset))
  return { count, offset }
}

/**
 * Tells a malformed-paging outcome from a page.
 * @param value - What `applyPaging` returned.
 * @returns True for the OperationOutcome.
 */
export function isOperationOutcome(value: Page | OperationOutcome): value is OperationOutcome {
  return 'resourceType' in value
}
