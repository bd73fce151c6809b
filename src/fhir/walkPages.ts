/** Follows a searchset's `next` links with a visited set, an origin check and a page cap (B15-B17). */
import type { Client } from 'fhir-kit-client'
import type { Resource } from '@medplum/fhirtypes'
import { FhirError, operationOutcomeText } from './errors.ts'
import { fetchJson } from './fetchJson.ts'
import { isUnderBase, resolveAgainstBase } from './isUnderBase.ts'
import { bundleContents, isBundle, nextLink } from './narrow.ts'

/** What one search gave: its resources, the OperationOutcome warnings inside it, and why it stopped early. */
export interface PageWalk {
  readonly resources: Resource[]
  readonly warnings: string[]
  readonly incomplete: string | null
}

/** Limits and callbacks of `walkPages`. */
export interface WalkOptions {
  readonly baseUrl: string
  readonly signal: AbortSignal | undefined
  /** The page budget (of one type: the split searches of a type share it). */
  readonly maxPages: number
  /** Pages of the budget already used by earlier searches of the same type (0 when absent). */
  readonly pagesUsed?: number
  readonly onPage: (n: number) => void
}

function outcomeSummary(outcome: Resource): string {
  return operationOutcomeText(outcome) ?? 'The server sent a warning.'
}

function severitiesOf(outcome: Resource): string[] {
  const issues: unknown = (outcome as { issue?: unknown }).issue
  if (!Array.isArray(issues)) return []
  return issues.map((i: unknown) =>
    typeof i === 'object' && i !== null && typeof (i as { severity?: unknown }).severity === 'string'
      ? (i as { severity: string }).severity
      : '',
  )
}

/**
 * The outcomes worth a warning: not those only saying a search found nothing (every issue `information`, or, on a
 * page without resources, every issue `information` or `warning`, e.g. Epic's "Resource request returns no
 * results.").
 */
function warningOutcomes(outcomes: readonly Resource[], emptyPage: boolean): Resource[] {
  return outcomes.filter((outcome) => {
    const severities = severitiesOf(outcome)
    if (severities.length === 0) return true
    if (severities.every((s) => s === 'information')) return false
    return !(emptyPage && severities.every((s) => s === 'information' || s === 'warning'))
  })
}

/**
 * Follows `next` links from a first page, stopping on loops, foreign links and the page cap (B15-B17). Drops the
 * OperationOutcome entries that only say nothing was found.
 * @param client - the FHIR client of the base
 * @param first - the first page as received
 * @param options - base URL, signal, page cap and progress callback
 * @returns the resources, warnings and the reason it stopped early (null when complete)
 */
export async function walkPages(client: Client, first: unknown, options: WalkOptions): Promise<PageWalk> {
  const resources: Resource[] = []
  const warnings: string[] = []
  const visited = new Set<string>()
  let page: unknown = first
  for (let pages = 1; ; pages++) {
    if (!isBundle(page)) throw new FhirError('not-fhir', 'The record system sent something that is not a FHIR Bundle.')
    const contents = bundleContents(page)
    resources.push(...contents.resources)
    const emptyPage = contents.resources.length === 0 && contents.included.length === 0
    for (const outcome of warningOutcomes(contents.outcomes, emptyPage)) warnings.push(outcomeSummary(outcome))
    options.onPage(contents.resources.length)
    const link = nextLink(page)
    if (link === null) return { resources, warnings, incomplete: null }
    // A relative link on the same server is followed; one that resolves off the base is refused.
    const next = resolveAgainstBase(link, options.baseUrl)
    if (!isUnderBase(next, options.baseUrl)) {
      return { resources, warnings, incomplete: 'the server pointed to another site for more results' }
    }
    if (visited.has(next)) return { resources, warnings, incomplete: 'the server sent the same page twice' }
    if ((options.pagesUsed ?? 0) + pages >= options.maxPages)
      return { resources, warnings, incomplete: `more than ${options.maxPages} pages` }
    visited.add(next)
    page = await fetchJson((signal) => client.request(next, { options: { signal } }), options.signal)
  }
}
