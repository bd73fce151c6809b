/**
 * Who may use the embedded FHIR API from a browser, and how (issue 14; docs/reliability.md S1-S3):
 * - CORS answers only the server's own origin and origins configured by name (never a copy of any Origin);
 * - the API is read-only unless writes are switched on (`FHIR_WRITABLE=1`, tests that need them): a page on another
 *   origin can send a "simple" POST without a preflight, so refusing writes is the only sure stop;
 * - when writes are on, a write that carries a foreign Origin is refused too.
 */
import type { OperationOutcome } from '@medplum/fhirtypes'
import type { Context, MiddlewareHandler } from 'hono'
import { respond } from './respond.ts'

/** The browser-facing rules of one FHIR server. */
export interface AccessPolicy {
  /** Exact origins (scheme://host:port) allowed besides the server's own. */
  readonly allowedOrigins: readonly string[]
  /** True when create, update, patch and delete are served. */
  readonly writable: boolean
}

/** The default: the server's own origin only, read-only. */
export const READ_ONLY_POLICY: AccessPolicy = { allowedOrigins: [], writable: false }

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * True for requests that only read: GET, HEAD, OPTIONS and a POST search (`[type]/_search`).
 * @param method - the HTTP method
 * @param path - the request path
 */
export function isReadRequest(method: string, path: string): boolean {
  const upper = method.toUpperCase()
  if (READ_METHODS.has(upper)) return true
  return upper === 'POST' && /\/_search\/?$/.test(path)
}

/**
 * True when a browser page on `origin` may read responses: the server's own origin or one configured by name.
 * @param origin - the request's Origin header
 * @param ownOrigin - the origin the request was sent to (from its URL)
 * @param policy - the server's policy
 */
export function isOriginAllowed(origin: string, ownOrigin: string, policy: AccessPolicy): boolean {
  return origin === ownOrigin || policy.allowedOrigins.includes(origin)
}

/**
 * The origin a request was sent to (scheme, host and port of its URL).
 * @param c - the hono context
 */
export function ownOriginOf(c: Context): string {
  return new URL(c.req.url).origin
}

/**
 * Refuses writes when the server is read-only (405), and writes from a foreign origin when it is writable (403),
 * each as an OperationOutcome that names the rule.
 * @param policy - the server's policy
 */
export function guardWrites(policy: AccessPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (isReadRequest(c.req.method, c.req.path)) return next()
    if (!policy.writable) {
      const text = 'This FHIR server is read-only (start it with FHIR_WRITABLE=1 to allow writes).'
      return respond(c, 405, refusal('not-supported', text))
    }
    const origin = c.req.header('Origin')
    if (origin !== undefined && !isOriginAllowed(origin, ownOriginOf(c), policy)) {
      return respond(c, 403, refusal('forbidden', `Writes from ${origin} are not allowed.`))
    }
    return next()
  }
}

function refusal(code: 'not-supported' | 'forbidden', text: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] }
}
