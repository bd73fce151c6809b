import type { FhirRequest, HttpMethod } from '@medplum/fhir-router'
import type { OperationOutcome, Resource } from '@medplum/fhirtypes'
import type { Context } from 'hono'
import type { FhirBackend } from './FhirBackend.ts'

/**
 * Passes one request to the FhirRouter over the repository, with the caller's headers and transactions enabled.
 * @param backend - The router and repository.
 * @param c - The hono request context (its headers are passed on).
 * @param method - The HTTP method.
 * @param rel - The path relative to the FHIR base, e.g. `Patient/1`.
 * @param params - The query.
 * @param body - The parsed request body, if any.
 * @returns The router's outcome and resource.
 */
export async function callRouter(
  backend: FhirBackend,
  c: Context,
  method: HttpMethod,
  rel: string,
  params: URLSearchParams,
  body: unknown,
): Promise<[OperationOutcome, Resource | undefined]> {
  const query = params.toString()
  const request: FhirRequest = {
    method,
    url: query === '' ? rel : `${rel}?${query}`,
    pathname: '',
    params: {},
    query: {},
    body,
    headers: Object.fromEntries(c.req.raw.headers),
    config: { transactions: true },
  }
  const [outcome, resource] = await backend.router.handleRequest(request, backend.repo)
  return [outcome, resource]
}
