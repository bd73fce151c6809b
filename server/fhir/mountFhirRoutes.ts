import { getStatus, normalizeErrorString, normalizeOperationOutcome, serverError } from '@medplum/core'
import type { Context, Hono } from 'hono'
import { cors } from 'hono/cors'
import type { FhirBackend } from './FhirBackend.ts'
import { respondOutcome } from './respond.ts'

/**
 * Mounts the FHIR API under the base path of a hono app: CORS (reflecting the caller's origin), the SMART token
 * middleware and `.well-known/smart-configuration` when protected, and the request handler, whose thrown errors
 * become OperationOutcomes (500 unless the error carries a 4xx outcome).
 * @param app - The hono app.
 * @param backend - The base path and SMART protection.
 * @param handle - The FHIR request handler (see `handleFhirRequest`).
 */
export function mountFhirRoutes(app: Hono, backend: FhirBackend, handle: (c: Context) => Promise<Response>): void {
  const basePath = backend.basePath
  const scope = basePath === '' ? '*' : `${basePath}/*`
  app.use(
    scope,
    cors({
      // Reflects the caller's origin: the app and a portal iframe on another origin call the API directly.
      origin: (origin) => (origin === '' ? '*' : origin),
      exposeHeaders: ['Location', 'ETag', 'Content-Location', 'Retry-After'],
      maxAge: 600,
    }),
  )
  if (backend.smart !== undefined) {
    const { authorize, configuration } = backend.smart
    app.use(scope, authorize)
    app.get(`${basePath}/.well-known/smart-configuration`, (c) => c.json(configuration))
  }
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
