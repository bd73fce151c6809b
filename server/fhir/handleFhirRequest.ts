import { badRequest, getStatus, isResourceType } from '@medplum/core'
import type { Context } from 'hono'
import { absolutiseFullUrls } from './absolutiseFullUrls.ts'
import { callRouter } from './callRouter.ts'
import { compartmentSearch } from './compartmentSearch.ts'
import type { FhirBackend } from './FhirBackend.ts'
import { patientEverything } from './patientEverything.ts'
import { publicBaseOf } from './publicBaseOf.ts'
import { readBody } from './readBody.ts'
import { respond, respondOutcome } from './respond.ts'
import { rewriteSortModifiers } from './rewriteSortModifiers.ts'
import { searchWithPaging } from './searchWithPaging.ts'

/**
 * Routes one request under the FHIR base: `metadata`, 400 for an unknown resource type, Patient `$everything`
 * and compartment search, paged type-level search, and everything else through the router (HEAD as GET), with
 * the sort modifiers rewritten, absolute fullUrls and ETag/Location/Content-Location headers.
 * @param backend - The router, repository, base path and public base.
 * @param metadata - The `metadata` handler (see `createMetadataHandler`).
 * @param c - The hono request context.
 * @returns The FHIR response; errors the router reports come back as OperationOutcomes.
 */
export async function handleFhirRequest(
  backend: FhirBackend,
  metadata: (c: Context) => Response,
  c: Context,
): Promise<Response> {
  const url = new URL(c.req.url)
  const rel = url.pathname.slice(backend.basePath.length).replace(/^\/+/, '').replace(/\/+$/, '')
  const segments = rel === '' ? [] : rel.split('/')
  // hono routes HEAD as GET and drops the body; the FHIR handling must treat it as GET too.
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method.toUpperCase()
  const params = rewriteSortModifiers(url.searchParams)
  const [first, second, third] = segments

  if (method === 'GET' && segments.length === 1 && first === 'metadata') {
    return metadata(c)
  }
  if (first !== undefined && !first.startsWith('$') && !first.startsWith('_') && !isResourceType(first)) {
    return respondOutcome(c, badRequest(`Unknown resource type: ${first}`))
  }
  if (method === 'GET' && first === 'Patient' && second !== undefined && third !== undefined && segments.length === 3) {
    if (third === '$everything') {
      return patientEverything(backend, c, second, params)
    }
    if (!third.startsWith('_') && !third.startsWith('$')) {
      return compartmentSearch(backend, c, second, third, params)
    }
  }
  if (method === 'GET' && first !== undefined && segments.length === 1 && isResourceType(first)) {
    return searchWithPaging(backend, c, first, first, params)
  }
  if (method !== 'GET' && method !== 'POST' && method !== 'PUT' && method !== 'PATCH' && method !== 'DELETE') {
    return respondOutcome(c, badRequest(`Unsupported method: ${method}`))
  }
  let body: unknown
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const parsed = await readBody(c)
    if ('resourceType' in parsed) {
      return respondOutcome(c, parsed)
    }
    body = parsed.body
  }
  const [outcome, resource] = await callRouter(backend, c, method, rel, params, body)
  const status = getStatus(outcome)
  if (resource === undefined || status >= 400) {
    return respondOutcome(c, outcome)
  }
  const base = publicBaseOf(backend, c)
  const headers: Record<string, string> = {}
  if (resource.resourceType === 'Bundle') {
    absolutiseFullUrls(resource, base)
  } else if (resource.id !== undefined && resource.meta?.versionId !== undefined) {
    headers['ETag'] = `W/"${resource.meta.versionId}"`
    const versioned = `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`
    if (status === 201) {
      headers['Location'] = versioned
    } else if (method === 'PUT' || method === 'PATCH') {
      headers['Content-Location'] = versioned
    }
  }
  return respond(c, status, resource, headers)
}
