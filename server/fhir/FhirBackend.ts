import type { FhirRouter, MemoryRepository } from '@medplum/fhir-router'
import type { MiddlewareHandler } from 'hono'

/** What the FHIR request handlers of `createFhirServer` work on: the router, its repository and the settings. */
export interface FhirBackend {
  readonly router: FhirRouter
  readonly repo: MemoryRepository
  /** Normalised base path (`/fhir`, or `''` for the root). */
  readonly basePath: string
  /** Public base URL used in links and fullUrls; absent: the request origin plus `basePath`. */
  readonly publicBaseUrl?: string | undefined
  /**
   * SMART protection (server/smart): the token middleware run before every FHIR route except `metadata` and
   * discovery, and the document served at `<base>/.well-known/smart-configuration`. Absent: the API is open.
   */
  readonly smart?:
    | {
        readonly authorize: MiddlewareHandler
        readonly configuration: Readonly<Record<string, unknown>>
      }
    | undefined
}
