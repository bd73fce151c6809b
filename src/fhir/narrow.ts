/**
 * The one place untyped JSON becomes R4 types. fhir-kit-client returns `Record<string, unknown>`; everything after
 * this module works with `Resource` from @medplum/fhirtypes. The normaliser still reads fields defensively, because a
 * well-shaped `resourceType` says nothing about the rest of an untrusted resource.
 */
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes'

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/

/**
 * True for a JSON object with a plausible FHIR resourceType (and no prototype tricks).
 * @param value - any parsed JSON value
 */
export function isResource(value: unknown): value is Resource {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const type = (value as { resourceType?: unknown }).resourceType
  return typeof type === 'string' && RESOURCE_TYPE.test(type)
}

/**
 * True for a Bundle resource.
 * @param value - any parsed JSON value
 */
export function isBundle(value: unknown): value is Bundle {
  return isResource(value) && value.resourceType === 'Bundle'
}

/** What a Bundle's entries held, split by what they are for (C1-C4). */
export interface BundleContents {
  /** Entries that are matches (or have no search mode). */
  readonly resources: Resource[]
  /** Entries with search.mode = include: used to resolve references only. */
  readonly included: Resource[]
  /** OperationOutcome texts sent with search.mode = outcome: warnings, never clinical data. */
  readonly outcomes: Resource[]
  /** Entries without a usable resource. */
  readonly skipped: number
}

/**
 * Splits a Bundle's entries into matches, includes and outcome warnings; tolerates a missing or null entry list.
 * @param bundle - a Bundle from a server or a file
 */
export function bundleContents(bundle: Bundle): BundleContents {
  const resources: Resource[] = []
  const included: Resource[] = []
  const outcomes: Resource[] = []
  let skipped = 0
  const entries: unknown = bundle.entry
  if (!Array.isArray(entries)) return { resources, included, outcomes, skipped }
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) {
      skipped++
      continue
    }
    const { resource, search } = entry as BundleEntry
    if (!isResource(resource)) {
      skipped++
      continue
    }
    // C3: `search` may be null in untrusted JSON.
    const searchValue: unknown = search
    const mode: unknown =
      typeof searchValue === 'object' && searchValue !== null ? (searchValue as { mode?: unknown }).mode : undefined
    if (mode === 'include') included.push(resource)
    else if (mode === 'outcome' || resource.resourceType === 'OperationOutcome') outcomes.push(resource)
    else resources.push(resource)
  }
  return { resources, included, outcomes, skipped }
}

/**
 * The `next` link of a Bundle, if any (C3: no `link`, or a malformed one, reads as no next page).
 * @param bundle - a searchset page
 */
export function nextLink(bundle: Bundle): string | null {
  return linkOf(bundle, 'next')
}

/**
 * The URL of a Bundle's link with this relation (`next`, `self`), if any.
 * @param bundle - a searchset page
 * @param relation - the link relation
 */
export function linkOf(bundle: Bundle, relation: string): string | null {
  const links: unknown = bundle.link
  if (!Array.isArray(links)) return null
  for (const link of links as unknown[]) {
    if (typeof link !== 'object' || link === null) continue
    const { relation: rel, url } = link as { relation?: unknown; url?: unknown }
    if (rel === relation && typeof url === 'string' && url.trim() !== '') return url.trim()
  }
  return null
}
