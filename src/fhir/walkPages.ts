/** Follows a searchset's `next` links with a visited set, an origin check and a page cap (B15-B17). */
import type { Client } from 'fhir-kit-client'
import type { Resource } from '@medplum/fhirtypes'
import { FhirError, operationOutcomeText } from './errors.ts'
import { fetchJson } from './fetchJson.ts'
import { isUnderBase } from './isUnderBase.ts'
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
  readonly maxPages: number
  readonly onPage: (n: number) => void
}

function outcomeSummary(outcome: Resource): string {
  return operationOutcomeText(outcome) ?? 'The server sent a warning.'
}

/**
 * Follows `next` links from a first page, stopping on loops, foreign links and the page cap (B15-B17).
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
    for (const outcome of contents.outcomes) warnings.push(outcomeSummary(outcome))
    options.onPage(contents.resources.length)
    const next = nextLink(page)
    if (next === null) return { resources, warnings, incomplete: null }
    if (!isUnderBase(next, options.baseUrl)) {
      return { resources, warnings, incomplete: 'the server pointed to another site for more results' }
    }
    if (visited.has(next)) return { resources, warnings, incomplete: 'the server sent the same page twice' }
    if (pages >= options.maxPages) return { resources, warnings, incomplete: `more than ${options.maxPages} pages` }
    visited.add(next)
    page = await fetchJson((signal) => client.request(next, { options: { signal } }), options.signal)
  }
}
