/**
 * The FHIR server's side of SMART: verifies the authorization server's JWT access tokens (signature, issuer,
 * audience = the FHIR base, expiry) and enforces the granted patient scopes and the context patient's compartment.
 * 401 without or with a bad token, 403 outside the grant.
 */
import type { MiddlewareHandler } from 'hono'
import { createLocalJWKSet, jwtVerify } from 'jose'
import type { JSONWebKeySet } from 'jose'
import { getPatientCompartment } from '../definitions.ts'
import { decideAccess, parsePatientScopes, resourceInCompartment } from './scopes.ts'

/** What the FHIR server needs to trust tokens. */
export interface ResourceServerOptions {
  /** The authorization server's issuer URL (the `iss` claim). */
  readonly issuer: string
  /** The FHIR base URL (the `aud` claim). */
  readonly audience: string
  /** The authorization server's public signing keys. */
  readonly jwks: JSONWebKeySet
  /** The FHIR base path, e.g. `/fhir`. */
  readonly basePath: string
}

/** Paths under the base that need no token: discovery for the app, and the CapabilityStatement. */
const OPEN_PATHS = new Set(['metadata', '.well-known/smart-configuration'])

function outcome(status: 401 | 403, code: string, text: string, extra: Record<string, string> = {}): Response {
  const body = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text }] }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/fhir+json; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  })
}

/**
 * Creates the token-checking middleware for the FHIR routes (mount it after CORS, before the FHIR handler).
 * @param options - issuer, audience, keys and base path
 * @returns a hono middleware
 */
export function smartAuthorization(options: ResourceServerOptions): MiddlewareHandler {
  const keys = createLocalJWKSet(options.jwks)
  const compartment = getPatientCompartment()
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next()
    const url = new URL(c.req.url)
    const rel = url.pathname.slice(options.basePath.length).replace(/^\/+/, '').replace(/\/+$/, '')
    if (OPEN_PATHS.has(rel)) return next()

    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(header)
    if (match?.[1] === undefined) {
      return outcome(401, 'login', 'A bearer token is required.', { 'WWW-Authenticate': 'Bearer' })
    }
    let scope: string
    let patientId: string
    try {
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: options.issuer,
        audience: options.audience,
        typ: 'at+jwt',
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'scope', 'patient'],
      })
      if (typeof payload['scope'] !== 'string' || typeof payload['patient'] !== 'string') throw new Error('claims')
      scope = payload['scope']
      patientId = payload['patient']
    } catch {
      return outcome(401, 'login', 'The bearer token is not valid.', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      })
    }
    const segments = rel === '' ? [] : rel.split('/').map((segment) => decodeURIComponent(segment))
    const method = c.req.method.toUpperCase()
    const decision = decideAccess(
      { method, segments, params: url.searchParams },
      parsePatientScopes(scope),
      patientId,
      compartment,
    )
    if (decision.kind === 'deny') {
      return outcome(403, 'forbidden', `Not allowed: ${decision.reason}.`)
    }
    await next()
    if (decision.kind === 'allow-if-in-compartment' && c.res.status === 200) {
      const body: unknown = await c.res.clone().json()
      if (!resourceInCompartment(body, patientId, compartment.get(decision.resourceType) ?? [])) {
        c.res = outcome(403, 'forbidden', 'Not allowed: another patient.')
      }
    }
    return undefined
  }
}
