import { FhirRouter } from '@medplum/fhir-router'
import type { MemoryRepository } from '@medplum/fhir-router'
import { Hono } from 'hono'
import { ensureR4DefinitionsIndexed } from './definitions.ts'
import type { DefinitionsIndexInfo } from './definitions.ts'
import { createFixtureLoader } from './fhir/createFixtureLoader.ts'
import type { FixtureLoader } from './fhir/createFixtureLoader.ts'
import { createMetadataHandler } from './fhir/createMetadataHandler.ts'
import type { FaultSwitch } from './fhir/faults.ts'
import type { FhirBackend } from './fhir/FhirBackend.ts'
import { handleFhirRequest } from './fhir/handleFhirRequest.ts'
import { mountFhirRoutes } from './fhir/mountFhirRoutes.ts'
import { PagedMemoryRepository } from './fhir/PagedMemoryRepository.ts'
import type { FhirProfileName } from './fhir/profiles/FhirProfile.ts'
import { profileNamed } from './fhir/profiles/profileNamed.ts'
import { withProfile } from './fhir/profiles/withProfile.ts'

export type { SeedSummary } from './fhir/createFixtureLoader.ts'

/** Options of `createFhirServer`. */
export interface FhirServerOptions {
  /** Path prefix of the FHIR API, e.g. `/fhir` (default) or `''` for the root. */
  readonly basePath?: string
  /** Public base URL used in links and fullUrls; default: the request origin plus `basePath`. */
  readonly publicBaseUrl?: string
  /**
   * SMART protection (server/smart): the token middleware run before every FHIR route except `metadata` and
   * discovery, and the document served at `<base>/.well-known/smart-configuration`. Absent: the API is open.
   */
  readonly smart?: NonNullable<FhirBackend['smart']>
  /** Server profile (server/fhir/profiles, docs/interop.md): `open` (default) or a strict EHR-like one. */
  readonly profile?: FhirProfileName
  /** Origins besides the server's own whose pages may read responses (CORS); default none. */
  readonly allowedOrigins?: readonly string[]
  /** Serve create, update, patch and delete; default false (read-only). */
  readonly writable?: boolean
  /** The fault-injection switch (server/fhir/faults.ts), for tests only; default none. */
  readonly faults?: FaultSwitch
}

/** An embedded FHIR R4 server: a hono app over a FhirRouter and a MemoryRepository. */
export interface FhirServer extends FixtureLoader {
  /** The hono app; mount it or pass `app.fetch` to `serve`. */
  readonly app: Hono
  readonly router: FhirRouter
  readonly repo: MemoryRepository
  /** Normalised base path (`/fhir`, or `''` for the root). */
  readonly basePath: string
  /** Cost and variant of the process-wide definitions index. */
  readonly definitions: DefinitionsIndexInfo
  /** The server profile it plays. */
  readonly profile: FhirProfileName
}

/**
 * Creates the embedded FHIR R4 server (FHIR-SERVER.md §3): a FhirRouter over a MemoryRepository behind a hono app
 * that adds `/metadata`, Patient `$everything`, compartment search, paging with links, sort-modifier rewriting,
 * FHIR content types, Location/ETag headers, OperationOutcome errors and CORS. Indexes the R4 definitions on the
 * first call in the process. The parts live in server/fhir/.
 * @param options - Base path and public URL.
 * @returns The server; seed it with `loadFixtureFiles` before serving.
 */
export function createFhirServer(options: FhirServerOptions = {}): FhirServer {
  const definitions = ensureR4DefinitionsIndexed()
  const basePath = (options.basePath ?? '/fhir').replace(/\/+$/, '')
  if (basePath !== '' && !basePath.startsWith('/')) {
    throw new Error(`FHIR base path must start with '/': ${basePath}`)
  }
  const router = new FhirRouter()
  const repo = new PagedMemoryRepository()
  const app = new Hono()
  const backend: FhirBackend = {
    router,
    repo,
    basePath,
    publicBaseUrl: options.publicBaseUrl,
    smart: options.smart,
  }
  const metadata = createMetadataHandler(backend)
  const profile = profileNamed(options.profile)
  mountFhirRoutes(
    app,
    backend,
    withProfile(profile, app, basePath, (c) => handleFhirRequest(backend, metadata, c)),
    { allowedOrigins: options.allowedOrigins ?? [], writable: options.writable ?? false },
    options.faults,
  )
  return { app, router, repo, basePath, definitions, profile: profile.name, ...createFixtureLoader(router, repo) }
}
