import { getStatus, normalizeErrorString, normalizeOperationOutcome, serverError } from '@medplum/core'
import type { Context, Hono } from 'hono'
import { cors } from 'hono/cors'
import { READ_ONLY_POLICY, guardWrites, isOriginAllowed, ownOriginOf, type AccessPolicy } from './accessPolicy.ts'
import type { FaultSwitch } from './faults.ts'
import type { FhirBackend } from './FhirBackend.ts'
import { respondOutcome } from './respond.ts'

/**
 * Mounts the FHIR API under the base path of a hono app: CORS and writes by the access policy, the SMART token
 * middleware and `.well-known/smart-configuration` when protected, and the request handler, whose thrown errors
 * become OperationOutcomes (500 unless the error carries a 4xx outcome).
 * @param app - The hono app.
 * @param backend - The base path and SMART protection.
 * @param handle - The FHIR request handler (see `handleFhirRequest`).
 * @param policy - Which origins may read and whether writes are served (default: own origin, read-only).
 * @param faults - The fault-injection switch (server/fhir/faults.ts), tests only; absent: no faults, no log.
 */
export function mountFhirRoutes(
  app: Hono,
  backend: FhirBackend,
  handle: (c: Context) => Promise<Response>,
  policy: AccessPolicy = READ_ONLY_POLICY,
  faults?: FaultSwitch,
): void {
  const basePath = backend.basePath
  const scope = basePath === '' ? '*' : `${basePath}/*`
  app.use(
    scope,
    cors({
      // Only the server's own origin and origins configured by name may read responses (accessPolicy.ts).
      origin: (origin, c) => (isOriginAllowed(origin, ownOriginOf(c), policy) ? origin : null),
      allowMethods: policy.writable ? ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] : ['GET', 'HEAD', 'POST'],
      exposeHeaders: ['Location', 'ETag', 'Content-Location', 'Retry-After'],
      maxAge: 600,
    }),
  )
  // Right after CORS: every request is logged, and a faulted answer keeps its CORS headers.
  if (faults !== undefined) app.use(scope, faults.middleware(basePath))
  if (backend.smart !== undefined) {
    const { authorize, configuration } = backend.smart
    app.use(scope, authorize)
    app.get(`${basePath}/.well-known/smart-configuration`, (c) => c.json(configuration))
  }
  // After the token check, so a SMART server answers by its own rule (401/403) first.
  app.use(scope, guardWrites(policy))
  app.all(scope, async (c) => {
    try {
      return await handle(c)
    } catch (error: unknown) {
      const outcome = normalizeOperationOutcome(error)
      return respondOutcome(
        c,
        getStatus(outcome) >= 400 ? outcome : serverError(new Error(normalizeErrorString(error))),
      )
    }
  })
}
