/**
 * Loads one patient's record from a FHIR R4 server with fhir-kit-client (the only importer of it in the app).
 * Searches every record type the CapabilityStatement allows, in parallel, following each `next` link with a visited
 * set, a page cap and an origin check; a failing type is reported and the rest is kept (partial results, I5).
 */
import { Client } from 'fhir-kit-client'
import type { CapabilityStatement, Patient, Resource } from '@medplum/fhirtypes'
import { FhirError, operationOutcomeText, toFhirError } from './errors.ts'
import { bundleContents, isBundle, isResource, nextLink } from './narrow.ts'
import { RECORD_TYPES, type RecordType } from '../timeline/recordTypes.ts'

/** Progress for the progress bar: pages and resources received, types finished out of types requested. */
export interface LoadProgress {
  readonly pages: number
  readonly resources: number
  readonly typesDone: number
  readonly typesTotal: number
}

/** What happened to one record type. */
export interface TypeOutcome {
  readonly resourceType: RecordType
  readonly status: 'loaded' | 'failed' | 'incomplete' | 'not-offered'
  readonly count: number
  /** Why it failed or is incomplete (safe text). */
  readonly message: string | null
  /** The HTTP status of the failed request when the server answered (401: the access token was refused). */
  readonly httpStatus: number | null
}

export interface LoadedRecord {
  readonly patient: Patient
  readonly resources: readonly Resource[]
  readonly outcomes: readonly TypeOutcome[]
  /** OperationOutcome warnings sent inside search results (never clinical data). */
  readonly warnings: readonly string[]
}

export interface ServerOptions {
  /** The FHIR base URL, e.g. http://127.0.0.1:8080/fhir */
  readonly baseUrl: string
  /** Sent only to the base URL's origin, never to another host. */
  readonly bearerToken?: string
  readonly signal?: AbortSignal
}

export interface LoadOptions extends ServerOptions {
  readonly patientId: string
  readonly onProgress?: (progress: LoadProgress) => void
  /** Entries per page requested from the server. */
  readonly pageSize?: number
  /** Hard cap on pages per type (B17). */
  readonly maxPages?: number
}

const REQUEST_TIMEOUT_MS = 30_000
const RETRY_STATUSES = new Set([429, 502, 503, 504])
const MAX_RETRIES = 2

function makeClient(options: ServerOptions): Client {
  const client = new Client({ baseUrl: options.baseUrl.replace(/\/+$/, '') })
  if (options.bearerToken) client.bearerToken = options.bearerToken
  return client
}

function requestSignal(signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  return signal ? AbortSignal.any([signal, timeout]) : timeout
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new FhirError('aborted', 'Loading was cancelled.'))
      },
      { once: true },
    )
  })
}

/** Runs a request with a per-request timeout and bounded retries for "busy" statuses only (B8, B9). */
async function fetchJson(
  run: (signal: AbortSignal) => Promise<unknown>,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(requestSignal(signal))
    } catch (error) {
      const fhirError = toFhirError(error)
      if (signal?.aborted) throw new FhirError('aborted', 'Loading was cancelled.')
      if (attempt < MAX_RETRIES && fhirError.status !== null && RETRY_STATUSES.has(fhirError.status)) {
        await delay(400 * 2 ** attempt + Math.floor(Math.random() * 200), signal)
        continue
      }
      throw fhirError
    }
  }
}

/**
 * True when `url` lies under the FHIR base (same origin and path prefix): only then may it be fetched with the token.
 * @param url - a link from a server response
 * @param baseUrl - the configured FHIR base
 */
export function isUnderBase(url: string, baseUrl: string): boolean {
  let target: URL
  let base: URL
  try {
    target = new URL(url)
    base = new URL(baseUrl)
  } catch {
    return false
  }
  const basePath = base.pathname.replace(/\/+$/, '')
  return target.origin === base.origin && (target.pathname === basePath || target.pathname.startsWith(`${basePath}/`))
}

/** Which record types the server says it can search by patient; null when metadata could not be read. */
function searchableTypes(statement: unknown): Set<string> | null {
  if (!isResource(statement) || statement.resourceType !== 'CapabilityStatement') return null
  const rest: unknown = statement.rest
  if (!Array.isArray(rest)) return null
  const types = new Set<string>()
  for (const r of rest as NonNullable<CapabilityStatement['rest']>) {
    if (!Array.isArray(r.resource)) continue
    for (const res of r.resource) {
      const interactions = Array.isArray(res.interaction) ? res.interaction.map((i) => i.code) : []
      if (typeof res.type === 'string' && (interactions.length === 0 || interactions.includes('search-type'))) {
        types.add(res.type)
      }
    }
  }
  return types
}

/**
 * Reads the server's CapabilityStatement; a server without one is still usable (every type is tried).
 * @param options - base URL, token and signal
 */
export async function readCapabilities(options: ServerOptions): Promise<Set<string> | null> {
  const client = makeClient(options)
  try {
    const statement = await fetchJson((signal) => client.capabilityStatement({ signal }), options.signal)
    return searchableTypes(statement)
  } catch (error) {
    const fhirError = toFhirError(error)
    if (fhirError.kind === 'network' || fhirError.kind === 'aborted') throw fhirError
    return null
  }
}

interface PageWalk {
  readonly resources: Resource[]
  readonly warnings: string[]
  readonly incomplete: string | null
}

/** Follows `next` links from a first page, stopping on loops, foreign links and the page cap (B15-B17). */
async function walkPages(
  client: Client,
  first: unknown,
  options: { baseUrl: string; signal: AbortSignal | undefined; maxPages: number; onPage: (n: number) => void },
): Promise<PageWalk> {
  const resources: Resource[] = []
  const warnings: string[] = []
  const visited = new Set<string>()
  let page: unknown = first
  for (let pages = 1; ; pages++) {
    if (!isBundle(page)) throw new FhirError('not-fhir', 'The record system sent something that is not a FHIR Bundle.')
    const contents = bundleContents(page)
    resources.push(...contents.resources)
    for (const outcome of contents.outcomes) warnings.push(outcomeSummary(outcome))
    options.onPage(contents.resources.length)
    const next = nextLink(page)
    if (next === null) return { resources, warnings, incomplete: null }
    if (!isUnderBase(next, options.baseUrl)) {
      return { resources, warnings, incomplete: 'the server pointed to another site for more results' }
    }
    if (visited.has(next)) return { resources, warnings, incomplete: 'the server sent the same page twice' }
    if (pages >= options.maxPages) return { resources, warnings, incomplete: `more than ${options.maxPages} pages` }
    visited.add(next)
    page = await fetchJson((signal) => client.request(next, { options: { signal } }), options.signal)
  }
}

function outcomeSummary(outcome: Resource): string {
  return operationOutcomeText(outcome) ?? 'The server sent a warning.'
}

type TypeLoad = TypeOutcome & { resources: Resource[]; warnings: string[] }

/** What loading one record type shares with the others of the same record. */
interface TypeLoadRun {
  readonly client: Client
  readonly options: LoadOptions
  /** The types the server offers; the others are reported as 'not-offered' without a request. */
  readonly offered: readonly RecordType[]
  readonly pageSize: number
  readonly maxPages: number
  /** Mutable counters behind the LoadProgress reports. */
  readonly progress: { pages: number; resources: number; typesDone: number; readonly typesTotal: number }
  readonly report: () => void
}

/** Searches one record type for the patient and follows its pages; a failure is reported, never thrown (I5). */
async function loadRecordType(resourceType: RecordType, run: TypeLoadRun): Promise<TypeLoad> {
  const { client, options, progress, report } = run
  const { signal, patientId } = options
  if (!run.offered.includes(resourceType)) {
    return {
      resourceType,
      status: 'not-offered',
      count: 0,
      message: 'not offered by this server',
      httpStatus: null,
      resources: [],
      warnings: [],
    }
  }
  try {
    const first = await fetchJson(
      (s) =>
        client.search({
          resourceType,
          searchParams: { patient: `Patient/${patientId}`, _count: run.pageSize },
          options: { signal: s },
        }),
      signal,
    )
    const walk = await walkPages(client, first, {
      baseUrl: options.baseUrl,
      signal,
      maxPages: run.maxPages,
      onPage: (n) => {
        progress.pages++
        progress.resources += n
        report()
      },
    })
    return {
      resourceType,
      status: walk.incomplete === null ? 'loaded' : 'incomplete',
      count: walk.resources.length,
      message: walk.incomplete,
      httpStatus: null,
      resources: walk.resources,
      warnings: walk.warnings,
    }
  } catch (error) {
    const fhirError = toFhirError(error)
    if (fhirError.kind === 'aborted') throw fhirError
    const detail = fhirError.outcomeText ? `${fhirError.message} ${fhirError.outcomeText}` : fhirError.message
    return {
      resourceType,
      status: 'failed',
      count: 0,
      message: detail,
      httpStatus: fhirError.status,
      resources: [],
      warnings: [],
    }
  } finally {
    progress.typesDone++
    report()
  }
}

/**
 * Loads the Patient and every record type for it, in parallel, keeping whatever succeeds.
 * Throws a FhirError only when the Patient itself cannot be read (nothing to show).
 * @param options - server, patient id, progress callback and limits
 */
export async function loadPatientRecord(options: LoadOptions): Promise<LoadedRecord> {
  const client = makeClient(options)
  const { signal, patientId } = options
  const pageSize = options.pageSize ?? 200
  const maxPages = options.maxPages ?? 100

  const [patient, capabilities] = await Promise.all([
    fetchJson((s) => client.read({ resourceType: 'Patient', id: patientId, options: { signal: s } }), signal),
    readCapabilities(options),
  ])
  if (!isResource(patient) || patient.resourceType !== 'Patient') {
    throw new FhirError('not-fhir', 'The record system did not send a patient record.')
  }

  const types = RECORD_TYPES.filter((t) => capabilities === null || capabilities.has(t))
  const progress = { pages: 0, resources: 1, typesDone: 0, typesTotal: types.length }
  const report = (): void => options.onProgress?.({ ...progress })
  report()

  const outcomes = await Promise.all(
    RECORD_TYPES.map((resourceType) =>
      loadRecordType(resourceType, { client, options, offered: types, pageSize, maxPages, progress, report }),
    ),
  )

  return {
    patient,
    resources: [patient, ...outcomes.flatMap((o) => o.resources)],
    outcomes: outcomes.map(({ resourceType, status, count, message, httpStatus }) => ({
      resourceType,
      status,
      count,
      message,
      httpStatus,
    })),
    warnings: outcomes.flatMap((o) => o.warnings),
  }
}

/**
 * Lists the patients on a server for the picker (first pages only, capped).
 * @param options - server options
 */
export async function listPatients(options: ServerOptions): Promise<readonly Patient[]> {
  const client = makeClient(options)
  const first = await fetchJson(
    (s) => client.search({ resourceType: 'Patient', searchParams: { _count: 100 }, options: { signal: s } }),
    options.signal,
  )
  const walk = await walkPages(client, first, {
    baseUrl: options.baseUrl,
    signal: options.signal,
    maxPages: 10,
    onPage: () => undefined,
  })
  return walk.resources.filter((r): r is Patient => r.resourceType === 'Patient')
}
