import type { BundleLink } from '@medplum/fhirtypes'
import type { Page } from './applyPaging.ts'

/**
 * The paging links of a searchset: `self` and `first` always, `next` while more matches follow, `previous` after
 * the first page. Every link repeats the query with its own `_offset`.
 * @param base - The public FHIR base URL.
 * @param rel - The search path relative to the base, e.g. `Observation` or `Patient/1/Observation`.
 * @param params - The effective query (with `_count` and `_offset` set).
 * @param page - The page served.
 * @param total - The number of matches.
 * @returns The links.
 */
export function pageLinks(base: string, rel: string, params: URLSearchParams, page: Page, total: number): BundleLink[] {
  const at = (offset: number): string => {
    const copy = new URLSearchParams(params)
    copy.set('_offset', String(offset))
    return `${base}/${rel}?${copy.toString()}`
  }
  const links: BundleLink[] = [
    { relation: 'self', url: at(page.offset) },
    { relation: 'first', url: at(0) },
  ]
  if (page.count > 0 && page.offset + page.count < total) {
    links.push({ relation: 'next', url: at(page.offset + page.count) })
  }
  if (page.offset > 0) {
    links.push({ relation: 'previous', url: at(Math.max(0, page.offset - Math.max(page.count, 1))) })
  }
  return links
}
