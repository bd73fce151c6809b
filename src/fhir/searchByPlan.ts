/** Runs the searches of one type's plan and merges their pages, de-duplicated by id across the splits. */
import type { Client } from 'fhir-kit-client'
import type { Resource } from '@medplum/fhirtypes'
import { toFhirError } from './errors.ts'
import { fetchJson } from './fetchJson.ts'
import { planSearches, type TypePlan } from './queryPlan.ts'
import { walkPages, type PageWalk, type WalkOptions } from './walkPages.ts'

/** What a plan gave: the merged walk and, for a split plan, what was searched. */
export interface PlanWalk extends PageWalk {
  /** E.g. `category: vital-signs, laboratory, … and every other category`; null for the patient-only search. */
  readonly searched: string | null
  /** Whether one of the split searches was refused or failed (after an earlier one succeeded). */
  readonly searchFailed: boolean
}

/** The smallest page size a later split is lowered to (a short page of 3 must not make every split ask 3). */
export const MIN_PAGE_SIZE = 50

/** What `searchByPlan` needs besides the plan. */
export interface PlanRun {
  readonly client: Client
  readonly resourceType: string
  readonly patientId: string
  readonly pageSize: number
  readonly walk: WalkOptions
}

const planParam = (plan: TypePlan): string => (plan.kind === 'split' ? plan.param : 'patient')

function searchedText(plan: TypePlan, covered: readonly string[]): string | null {
  if (plan.kind === 'patient') return null
  const named = covered.filter((c) => c !== 'other')
  const rest = covered.includes('other') ? ` and every other ${plan.param}` : ''
  return `${plan.param}: ${named.join(', ')}${rest}`
}

/**
 * Runs a plan. The patient-only plan is one walk, errors thrown as they come. A split plan keeps going when one
 * search fails after another succeeded (the failure makes it `incomplete`, naming what was searched); it throws
 * only when its first search fails, so the caller can tell a refusal of the plan itself. The searches of a plan
 * share one page budget (`walk.maxPages` for the whole type); warnings come de-duplicated.
 * @param plan - the type's plan
 * @param run - client, type, patient, page size and walk limits
 * @returns the merged resources (unique ids for a split plan), warnings and completeness
 */
export async function searchByPlan(plan: TypePlan, run: PlanRun): Promise<PlanWalk> {
  const resources: Resource[] = []
  const warnings: string[] = []
  const seen = new Set<string>()
  const covered: string[] = []
  const problems: string[] = []
  let searchFailed = false
  let pageSize = run.pageSize
  let pagesUsed = 0
  const cap = `more than ${String(run.walk.maxPages)} pages`
  for (const search of planSearches(plan, run.patientId, run.pageSize)) {
    let walk: PageWalk
    const pageSizes: number[] = []
    if (pagesUsed >= run.walk.maxPages) {
      if (!problems.includes(cap)) problems.push(cap)
      break
    }
    try {
      const searchParams = { ...search.params, _count: pageSize }
      const first = await fetchJson(
        (s) => run.client.search({ resourceType: run.resourceType, searchParams, options: { signal: s } }),
        run.walk.signal,
        `${run.resourceType}?${JSON.stringify(searchParams)}`,
      )
      const onPage = (n: number): void => {
        pageSizes.push(n)
        run.walk.onPage(n)
      }
      walk = await walkPages(run.client, first, { ...run.walk, resourceType: run.resourceType, pagesUsed, onPage })
    } catch (error) {
      const fhirError = toFhirError(error)
      if (plan.kind === 'patient' || covered.length === 0 || fhirError.kind === 'aborted') throw fhirError
      const what =
        search.covers === 'other'
          ? `for every other ${planParam(plan)}`
          : `by ${planParam(plan)}=${search.covers ?? ''}`
      problems.push(`the search ${what} failed: ${fhirError.outcomeText ?? fhirError.message}`)
      searchFailed = true
      pagesUsed += pageSizes.length
      continue
    }
    pagesUsed += pageSizes.length
    // A first page shorter than asked (but of MIN_PAGE_SIZE or more), with more pages after it: the server's
    // maximum; later splits ask no more.
    const firstSize = pageSizes[0] ?? pageSize
    if (pageSizes.length > 1 && firstSize >= MIN_PAGE_SIZE && firstSize < pageSize) pageSize = firstSize
    if (search.covers !== null) covered.push(search.covers)
    for (const resource of walk.resources) {
      const key = resource.id === undefined ? null : `${resource.resourceType}/${resource.id}`
      if (plan.kind === 'split' && key !== null && seen.has(key)) continue
      if (key !== null) seen.add(key)
      resources.push(resource)
    }
    warnings.push(...walk.warnings)
    if (walk.incomplete !== null && !problems.includes(walk.incomplete)) problems.push(walk.incomplete)
  }
  const searched = searchedText(plan, covered)
  const incomplete =
    problems.length === 0
      ? null
      : searched === null
        ? problems.join('; ')
        : `${problems.join('; ')} (searched ${searched})`
  return { resources, warnings: [...new Set(warnings)], incomplete, searched, searchFailed }
}
