import type { Context } from 'hono'
import type { FhirBackend } from './FhirBackend.ts'

/**
 * The public FHIR base URL of a request: the configured `publicBaseUrl`, else the request origin plus the base path.
 * @param backend - The server's base path and public URL.
 * @param c - The hono request context.
 * @returns The base URL without a trailing slash.
 */
export function publicBaseOf(backend: FhirBackend, c: Context): string {
  return (backend.publicBaseUrl ?? new URL(c.req.url).origin + backend.basePath).replace(/\/+$/, '')
}
