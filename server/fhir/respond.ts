import { getStatus } from '@medplum/core'
import type { OperationOutcome, Resource } from '@medplum/fhirtypes'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The media type of every FHIR response. */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8'

/**
 * A FHIR JSON response.
 * @param c - The hono request context.
 * @param status - The HTTP status.
 * @param body - The resource sent.
 * @param headers - Extra headers (Location, ETag, …).
 * @returns The response.
 */
export const respond = (c: Context, status: number, body: Resource, headers: Record<string, string> = {}): Response =>
  c.body(JSON.stringify(body), status as ContentfulStatusCode, { 'Content-Type': FHIR_JSON, ...headers })

/**
 * An OperationOutcome response with the status the outcome stands for.
 * @param c - The hono request context.
 * @param outcome - The outcome sent.
 * @returns The response.
 */
export const respondOutcome = (c: Context, outcome: OperationOutcome): Response =>
  respond(c, getStatus(outcome), outcome)
