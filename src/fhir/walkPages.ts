/** Follows a searchset's `next` links with a visited set, an origin check, a page cap and a resource budget (B15-B18, C1). */
import type { Client } from 'fhir-kit-client'
import type { Bundle, Resource } from '@medplum/fhirtypes'
import { FhirError, operationOutcomeText } from './errors.ts'
import { fetchJson } from './fetchJson.ts'
import { isUnderBase, resolveAgainstBase } from './isUnderBase.ts'
import { bundleContents, isBundle, linkOf } from './narrow.ts'

/** What one search gave: its resources, the OperationOutcome warnings inside it, and why it stopped early. */
export interface PageWalk {
  readonly resources: Resource[]
  readonly warnings: string[]
  readonly incomplete: string | null
}

/** Resources one load may still keep (B17): shared by every search of the load, lowered as pages arrive. */
export interface ResourceBudget {
  /** The cap the load started with (named in the notice). */
  readonly max: number
  left: number
}

/** Limits and callbacks of `walkPages`. */
export interface WalkOptions {
  readonly baseUrl: string
  readonly signal: AbortSignal | undefined
  /** The page budget (of one type: the split searches of a type share it). */
  readonly maxPages: number
  /** Pages of the budget already used by earlier searches of the same type (0 when absent). */
  readonly pagesUsed?: number
  /** The type searched: matches of another type are ignored and counted (C1); any type when absent. */
  readonly resourceType?: string
  /** The resources the whole load may keep (B17); unlimited when absent. */
  readonly budget?: ResourceBudget
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

/** Keeps the matches of the searched type; counts the others by type (C1). */
function ofSearchedType(resources: readonly Resource[], type: string | undefined, others: Map<string, number>) {
  if (type === undefined) return [...resources]
  return resources.filter((resource) => {
    if (resource.resourceType === type) return true
    others.set(resource.resourceType, (others.get(resource.resourceType) ?? 0) + 1)
    return false
  })
}

/** The note for matches of another type, each an anomaly ignored (C1); none when there were none. */
function otherTypesNote(type: string | undefined, others: ReadonlyMap<string, number>): string[] {
  if (type === undefined || others.size === 0) return []
  const count = [...others.values()].reduce((a, b) => a + b, 0)
  const types = [...others.keys()].join(', ')
  return [
    count === 1
      ? `1 entry of another type (${types}) in the ${type} search was ignored.`
      : `${String(count)} entries of another type (${types}) in the ${type} search were ignored.`,
  ]
}

/** Bundle.total when it is a count; null when absent or unusable (B18). */
function totalOf(bundle: Bundle): number | null {
  const total: unknown = bundle.total
  return typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null
}

/** Takes what the load's resource budget still allows (B17); the budget is lowered. */
function withinBudget(resources: Resource[], budget: ResourceBudget | undefined): { kept: Resource[]; full: boolean } {
  if (budget === undefined) return { kept: resources, full: false }
  const kept = resources.length > budget.left ? resources.slice(0, budget.left) : resources
  budget.left -= kept.length
  return { kept, full: kept.length < resources.length }
}

/** Mutable state of one walk. */
interface Walked {
  readonly resources: Resource[]
  readonly warnings: string[]
  readonly others: Map<string, number>
  /** Matches received (of any type), to compare with Bundle.total. */
  matches: number
}

/** Reads one page into the walk; true when the resource budget is spent. */
function readPage(page: Bundle, walked: Walked, options: WalkOptions): boolean {
  const contents = bundleContents(page)
  walked.matches += contents.resources.length
  const { kept, full } = withinBudget(
    ofSearchedType(contents.resources, options.resourceType, walked.others),
    options.budget,
  )
  walked.resources.push(...kept)
  const emptyPage = contents.resources.length === 0 && contents.included.length === 0
  for (const outcome of warningOutcomes(contents.outcomes, emptyPage)) walked.warnings.push(outcomeSummary(outcome))
  options.onPage(kept.length)
  return full
}

/** The walk's result; a search that ended with fewer matches than its Bundle.total says so (B18). */
function finish(walked: Walked, total: number | null, incomplete: string | null, options: WalkOptions): PageWalk {
  const warnings = [...walked.warnings, ...otherTypesNote(options.resourceType, walked.others)]
  let reason = incomplete
  if (reason === null && total !== null && walked.matches < total) {
    reason = `the record system counted ${String(total)} but sent ${String(walked.matches)}`
  } else if (reason === null && total !== null && walked.matches > total) {
    warnings.push(`The record system counted ${String(total)} but sent ${String(walked.matches)}; all are shown.`)
  }
  return { resources: walked.resources, warnings, incomplete: reason }
}

/**
 * Follows `next` links from a first page, stopping on loops (a `next` link to a page already read, by its own URL
 * or its `self` link: B15), foreign links, the page cap and the load's resource budget (B17). Ignores matches of
 * another type (C1) and drops the OperationOutcome entries that only say nothing was found.
 * @param client - the FHIR client of the base
 * @param first - the first page as received
 * @param options - base URL, signal, caps, searched type and progress callback
 * @returns the resources, warnings and the reason it stopped early (null when complete)
 */
export async function walkPages(client: Client, first: unknown, options: WalkOptions): Promise<PageWalk> {
  const walked: Walked = { resources: [], warnings: [], others: new Map(), matches: 0 }
  const visited = new Set<string>()
  const total = isBundle(first) ? totalOf(first) : null
  let page: unknown = first
  for (let pages = 1; ; pages++) {
    if (!isBundle(page)) throw new FhirError('not-fhir', 'The record system sent something that is not a FHIR Bundle.')
    const self = linkOf(page, 'self')
    if (self !== null) visited.add(resolveAgainstBase(self, options.baseUrl))
    const stop = (reason: string): PageWalk => finish(walked, null, reason, options)
    if (readPage(page, walked, options)) {
      return stop(`showing the first ${String(options.budget?.max ?? 0)} records, the most one load reads`)
    }
    const link = linkOf(page, 'next')
    if (link === null) return finish(walked, total, null, options)
    // A relative link on the same server is followed; one that resolves off the base is refused.
    const next = resolveAgainstBase(link, options.baseUrl)
    if (!isUnderBase(next, options.baseUrl)) return stop('the server pointed to another site for more results')
    if (visited.has(next)) return stop('the server linked back to a page already read')
    if ((options.pagesUsed ?? 0) + pages >= options.maxPages) return stop(`more than ${options.maxPages} pages`)
    visited.add(next)
    page = await fetchJson((signal) => client.request(next, { options: { signal } }), options.signal)
  }
}
