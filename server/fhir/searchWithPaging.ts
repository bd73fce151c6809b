import { getStatus } from '@medplum/core'
import type { Context } from 'hono'
import { absolutiseFullUrls } from './absolutiseFullUrls.ts'
import { applyPaging, isOperationOutcome } from './applyPaging.ts'
import type { Page } from './applyPaging.ts'
import { callRouter } from './callRouter.ts'
import type { FhirBackend } from './FhirBackend.ts'
import { pageLinks } from './pageLinks.ts'
import { publicBaseOf } from './publicBaseOf.ts'
import { respond, respondOutcome } from './respond.ts'

/**
 * A type-level search through the router with the default and maximum page size, absolute fullUrls and
 * self/first/next/previous links (none for `_summary=count`).
 * @param backend - The router, repository and public base.
 * @param c - The hono request context.
 * @param resourceType - The type searched.
 * @param linkRel - The search path the links repeat, relative to the base.
 * @param params - The query; `_count` and `_offset` are set on it to the effective values.
 * @param extraFilter - A `[code, value]` parameter added for the router only (the compartment filter).
 * @returns The searchset response, or an OperationOutcome.
 */
export async function searchWithPaging(
  backend: FhirBackend,
  c: Context,
  resourceType: string,
  linkRel: string,
  params: URLSearchParams,
  extraFilter?: [string, string],
): Promise<Response> {
  let page: Page | undefined
  if (params.get('_summary') !== 'count') {
    const parsed = applyPaging(params)
    if (isOperationOutcome(parsed)) {
      return respondOutcome(c, parsed)
    }
    page = parsed
  }
  const routerParams = new URLSearchParams(params)
  if (extraFilter !== undefined) {
    routerParams.append(extraFilter[0], extraFilter[1])
  }
  const [outcome, resource] = await callRouter(backend, c, 'GET', resourceType, routerParams, undefined)
  if (resource?.resourceType !== 'Bundle') {
    return respondOutcome(c, outcome)
  }
  const base = publicBaseOf(backend, c)
  absolutiseFullUrls(resource, base)
  if (page !== undefined) {
    resource.link = pageLinks(base, linkRel, params, page, resource.total ?? 0)
  }
  return respond(c, getStatus(outcome), resource)
}
