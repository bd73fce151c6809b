import {
  Operator,
  badRequest,
  getResourceTypes,
  getSearchParameter,
  getSearchParameters,
  getStatus,
  isResourceType,
  normalizeErrorString,
  normalizeOperationOutcome,
  notFound,
  serverError,
} from '@medplum/core'
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router'
import type { FhirRequest, HttpMethod } from '@medplum/fhir-router'
import type {
  Bundle,
  BundleEntry,
  BundleLink,
  CapabilityStatement,
  CapabilityStatementRestResource,
  OperationOutcome,
  Resource,
} from '@medplum/fhirtypes'
import { Hono } from 'hono'
import type { Context, MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { readFile } from 'node:fs/promises'
import { ensureR4DefinitionsIndexed, getPatientCompartment } from './definitions.ts'
import type { DefinitionsIndexInfo } from './definitions.ts'
import { loadFixture } from './fixtures.ts'
import type { BundleLoadResult } from './fixtures.ts'

/** The media type of every FHIR response. */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8'
/** Page size when a type-level or compartment search names no `_count`. */
export const DEFAULT_COUNT = 20
/** Largest page a client may ask for; larger `_count` values are clamped. */
export const MAX_COUNT = 1000

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
  readonly smart?: {
    readonly authorize: MiddlewareHandler
    readonly configuration: Readonly<Record<string, unknown>>
  }
}

/** Totals over everything the fixtures put into the repository. */
export interface SeedSummary {
  readonly files: readonly BundleLoadResult[]
  /** Distinct `Type/id` keys written. */
  readonly resources: number
  /** Distinct Patient resources written. */
  readonly patients: number
  /** Wall time of reading and loading, in milliseconds. */
  readonly ms: number
}

/** An embedded FHIR R4 server: a hono app over a FhirRouter and a MemoryRepository. */
export interface FhirServer {
  /** The hono app; mount it or pass `app.fetch` to `serve`. */
  readonly app: Hono
  readonly router: FhirRouter
  readonly repo: MemoryRepository
  /** Normalised base path (`/fhir`, or `''` for the root). */
  readonly basePath: string
  /** Cost and variant of the process-wide definitions index. */
  readonly definitions: DefinitionsIndexInfo
  /** Loads one parsed fixture (bundle or resource); throws when any entry fails. */
  loadFixture(input: Bundle | Resource, source: string): Promise<BundleLoadResult>
  /** Reads and loads fixture files in order; throws on the first file that fails. */
  loadFixtureFiles(files: readonly string[]): Promise<SeedSummary>
}

const EVERYTHING_DEFINITION = 'http://hl7.org/fhir/OperationDefinition/Patient-everything'
const ABSTRACT_TYPES = new Set(['Resource', 'DomainResource'])

/**
 * Builds the CapabilityStatement from the indexed search parameters: every R4 resource type with its search
 * parameters and the interactions the router implements, `security.cors`, and Patient `$everything`.
 * @param publicBase - The public FHIR base URL, reported as `implementation.url`.
 * @returns The CapabilityStatement.
 */
export function buildCapabilityStatement(
  publicBase: string,
  security: NonNullable<CapabilityStatement['rest']>[number]['security'] = {
    cors: true,
    description: 'No authentication; bound to 127.0.0.1 for local use and tests.',
  },
): CapabilityStatement {
  const interactions: CapabilityStatementRestResource['interaction'] = [
    { code: 'read' },
    { code: 'vread' },
    { code: 'update' },
    { code: 'patch' },
    { code: 'delete' },
    { code: 'history-instance' },
    { code: 'create' },
    { code: 'search-type' },
  ]
  const resource = getResourceTypes()
    .filter((type) => !ABSTRACT_TYPES.has(type))
    .sort()
    .map((type): CapabilityStatementRestResource => {
      const searchParam = Object.values(getSearchParameters(type) ?? {})
        .map((sp) => ({ name: sp.code, definition: sp.url, type: sp.type }))
        .sort((a, b) => a.name.localeCompare(b.name))
      return {
        type,
        interaction: interactions,
        versioning: 'versioned',
        readHistory: true,
        updateCreate: true,
        conditionalCreate: true,
        conditionalUpdate: true,
        conditionalDelete: 'single',
        searchParam,
        ...(type === 'Patient' ? { operation: [{ name: 'everything', definition: EVERYTHING_DEFINITION }] } : {}),
      }
    })
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'medical-record-twin embedded FHIR server (@medplum/fhir-router 5.2.13, in memory)' },
    implementation: { description: 'Embedded FHIR R4 server seeded from fixtures; information only', url: publicBase },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security,
        resource,
        interaction: [{ code: 'transaction' }, { code: 'batch' }, { code: 'search-system' }],
        operation: [{ name: 'everything', definition: EVERYTHING_DEFINITION }],
      },
    ],
  }
}

/**
 * Rewrites HAPI-style sort modifiers, which @medplum/core ignores (it would sort ascending): `_sort:desc=date` →
 * `_sort=-date`, `_sort:asc=date` → `_sort=date`. Comma lists get the prefix on every field.
 * @param params - The incoming query (not mutated).
 * @returns A new query.
 */
export function rewriteSortModifiers(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams()
  for (const [key, value] of params) {
    if (key === '_sort:desc') {
      const fields = value.split(',').map((field) => (field.startsWith('-') ? field : `-${field}`))
      out.append('_sort', fields.join(','))
    } else if (key === '_sort:asc') {
      out.append('_sort', value)
    } else {
      out.append(key, value)
    }
  }
  return out
}

interface Page {
  readonly count: number
  readonly offset: number
}

/**
 * Reads `_count`/`_offset`, applying the default page size and the maximum.
 * @param params - The query; `_count` and `_offset` are set on it to the effective values.
 * @returns The page, or an OperationOutcome for a malformed value.
 */
function applyPaging(params: URLSearchParams): Page | OperationOutcome {
  const rawCount = params.get('_count')
  const rawOffset = params.get('_offset')
  if (rawCount !== null && !/^\d+$/.test(rawCount)) {
    return badRequest(`Invalid _count: ${rawCount}`)
  }
  if (rawOffset !== null && !/^\d+$/.test(rawOffset)) {
    return badRequest(`Invalid _offset: ${rawOffset}`)
  }
  const count = Math.min(rawCount === null ? DEFAULT_COUNT : Number.parseInt(rawCount, 10), MAX_COUNT)
  const offset = rawOffset === null ? 0 : Number.parseInt(rawOffset, 10)
  params.set('_count', String(count))
  params.set('_offset', String(offset))
  return { count, offset }
}

function pageLinks(base: string, rel: string, params: URLSearchParams, page: Page, total: number): BundleLink[] {
  const at = (offset: number): string => {
    const copy = new URLSearchParams(params)
    copy.set('_offset', String(offset))
    return `${base}/${rel}?${copy.toString()}`
  }
  const links: BundleLink[] = [
    { relation: 'self', url: at(page.offset) },
    { relation: 'first', url: at(0) },
  ]
  if (page.count > 0 && page.offset + page.count < total) {
    links.push({ relation: 'next', url: at(page.offset + page.count) })
  }
  if (page.offset > 0) {
    links.push({ relation: 'previous', url: at(Math.max(0, page.offset - Math.max(page.count, 1))) })
  }
  return links
}

function absolutiseFullUrls(bundle: Bundle, base: string): void {
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource
    if (resource?.id !== undefined) {
      entry.fullUrl = `${base}/${resource.resourceType}/${resource.id}`
    }
  }
}

function isOperationOutcome(value: Page | OperationOutcome): value is OperationOutcome {
  return 'resourceType' in value
}

/**
 * Creates the embedded FHIR R4 server (FHIR-SERVER.md §3): a FhirRouter over a MemoryRepository behind a hono app
 * that adds `/metadata`, Patient `$everything`, compartment search, paging with links, sort-modifier rewriting,
 * FHIR content types, Location/ETag headers, OperationOutcome errors and CORS. Indexes the R4 definitions on the
 * first call in the process.
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
  const repo = new MemoryRepository()
  const app = new Hono()
  const capabilityCache = new Map<string, string>()
  const loadedKeys = new Set<string>()

  const publicBaseOf = (c: Context): string =>
    (options.publicBaseUrl ?? new URL(c.req.url).origin + basePath).replace(/\/+$/, '')

  const respond = (c: Context, status: number, body: Resource, headers: Record<string, string> = {}): Response =>
    c.body(JSON.stringify(body), status as ContentfulStatusCode, { 'Content-Type': FHIR_JSON, ...headers })

  const respondOutcome = (c: Context, outcome: OperationOutcome): Response => respond(c, getStatus(outcome), outcome)

  const metadata = (c: Context): Response => {
    const base = publicBaseOf(c)
    let cached = capabilityCache.get(base)
    if (cached === undefined) {
      // ≈ 0.9 MB: built once per public base, then served from the string.
      cached = JSON.stringify(
        options.smart === undefined
          ? buildCapabilityStatement(base)
          : buildCapabilityStatement(base, {
              cors: true,
              service: [
                {
                  coding: [
                    { system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' },
                  ],
                },
              ],
              description: 'SMART App Launch: see .well-known/smart-configuration under this base.',
            }),
      )
      capabilityCache.set(base, cached)
    }
    return c.body(cached, 200, { 'Content-Type': FHIR_JSON })
  }

  const patientExists = async (id: string): Promise<boolean> => {
    try {
      await repo.readResource('Patient', id)
      return true
    } catch {
      return false
    }
  }

  const everything = async (c: Context, id: string, params: URLSearchParams): Promise<Response> => {
    let patient: Resource
    try {
      patient = await repo.readResource('Patient', id)
    } catch (error: unknown) {
      return respondOutcome(c, normalizeOperationOutcome(error))
    }
    const base = publicBaseOf(c)
    const wanted = params
      .get('_type')
      ?.split(',')
      .map((type) => type.trim())
    const seen = new Set<string>([`Patient/${id}`])
    const entry: BundleEntry[] = []
    if (wanted === undefined || wanted.includes('Patient')) {
      entry.push({ fullUrl: `${base}/Patient/${id}`, resource: patient, search: { mode: 'match' } })
    }
    for (const [resourceType, codes] of getPatientCompartment()) {
      if (wanted !== undefined && !wanted.includes(resourceType)) {
        continue
      }
      for (const code of codes) {
        // The in-memory matcher handles reference parameters only; any other kind would silently match nothing.
        if (getSearchParameter(resourceType, code)?.type !== 'reference') {
          continue
        }
        const result = await repo.search({
          resourceType: resourceType as Resource['resourceType'],
          filters: [{ code, operator: Operator.EQUALS, value: `Patient/${id}` }],
        })
        for (const match of result.entry ?? []) {
          const resource = match.resource
          const key = resource === undefined ? undefined : `${resource.resourceType}/${resource.id}`
          if (resource !== undefined && key !== undefined && !seen.has(key)) {
            seen.add(key)
            entry.push({ fullUrl: `${base}/${key}`, resource, search: { mode: 'match' } })
          }
        }
      }
    }
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: entry.length,
      link: [
        { relation: 'self', url: `${base}/Patient/${id}/$everything${params.size > 0 ? `?${params.toString()}` : ''}` },
      ],
      entry,
    }
    return respond(c, 200, bundle)
  }

  const callRouter = async (
    c: Context,
    method: HttpMethod,
    rel: string,
    params: URLSearchParams,
    body: unknown,
  ): Promise<[OperationOutcome, Resource | undefined]> => {
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
    const [outcome, resource] = await router.handleRequest(request, repo)
    return [outcome, resource]
  }

  const searchWithPaging = async (
    c: Context,
    resourceType: string,
    linkRel: string,
    params: URLSearchParams,
    extraFilter?: [string, string],
  ): Promise<Response> => {
    let page: Page | undefined
    if (params.get('_summary') !== 'count') {
      const parsed = applyPaging(params)
      if (isOperationOutcome(parsed)) {
        return respondOutcome(c, parsed)
      }
      page = parsed
    }
    const routerParams = new URLSearchParams(params)
    if (extraFilter !== undefined) {
      routerParams.append(extraFilter[0], extraFilter[1])
    }
    const [outcome, resource] = await callRouter(c, 'GET', resourceType, routerParams, undefined)
    if (resource?.resourceType !== 'Bundle') {
      return respondOutcome(c, outcome)
    }
    const base = publicBaseOf(c)
    absolutiseFullUrls(resource, base)
    if (page !== undefined) {
      resource.link = pageLinks(base, linkRel, params, page, resource.total ?? 0)
    }
    return respond(c, getStatus(outcome), resource)
  }

  const compartmentSearch = async (
    c: Context,
    id: string,
    type: string,
    params: URLSearchParams,
  ): Promise<Response> => {
    const codes = getPatientCompartment().get(type)
    if (!isResourceType(type) || codes === undefined) {
      return respondOutcome(c, badRequest(`${type} is not in the Patient compartment`))
    }
    if (!(await patientExists(id))) {
      return respondOutcome(c, notFound)
    }
    // One parameter, not the OR of all: patient, else subject, else the first the definition lists.
    const code = codes.find((p) => p === 'patient') ?? codes.find((p) => p === 'subject') ?? codes[0] ?? 'patient'
    return searchWithPaging(c, type, `Patient/${id}/${type}`, params, [code, `Patient/${id}`])
  }

  const readBody = async (c: Context): Promise<{ body: unknown } | OperationOutcome> => {
    const text = await c.req.text()
    if (text.trim() === '') {
      return { body: undefined }
    }
    if ((c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
      const form: Record<string, string | string[]> = {}
      for (const [key, value] of new URLSearchParams(text)) {
        const existing = form[key]
        form[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
      }
      return { body: form }
    }
    try {
      return { body: JSON.parse(text) as unknown }
    } catch {
      return badRequest('Request body is not valid JSON')
    }
  }

  const handle = async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url)
    const rel = url.pathname.slice(basePath.length).replace(/^\/+/, '').replace(/\/+$/, '')
    const segments = rel === '' ? [] : rel.split('/')
    // hono routes HEAD as GET and drops the body; the FHIR handling must treat it as GET too.
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method.toUpperCase()
    const params = rewriteSortModifiers(url.searchParams)
    const [first, second, third] = segments

    if (method === 'GET' && segments.length === 1 && first === 'metadata') {
      return metadata(c)
    }
    if (first !== undefined && !first.startsWith('$') && !first.startsWith('_') && !isResourceType(first)) {
      return respondOutcome(c, badRequest(`Unknown resource type: ${first}`))
    }
    if (
      method === 'GET' &&
      first === 'Patient' &&
      second !== undefined &&
      third !== undefined &&
      segments.length === 3
    ) {
      if (third === '$everything') {
        return everything(c, second, params)
      }
      if (!third.startsWith('_') && !third.startsWith('$')) {
        return compartmentSearch(c, second, third, params)
      }
    }
    if (method === 'GET' && first !== undefined && segments.length === 1 && isResourceType(first)) {
      return searchWithPaging(c, first, first, params)
    }
    if (method !== 'GET' && method !== 'POST' && method !== 'PUT' && method !== 'PATCH' && method !== 'DELETE') {
      return respondOutcome(c, badRequest(`Unsupported method: ${method}`))
    }
    let body: unknown
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      const parsed = await readBody(c)
      if ('resourceType' in parsed) {
        return respondOutcome(c, parsed)
      }
      body = parsed.body
    }
    const [outcome, resource] = await callRouter(c, method, rel, params, body)
    const status = getStatus(outcome)
    if (resource === undefined || status >= 400) {
      return respondOutcome(c, outcome)
    }
    const base = publicBaseOf(c)
    const headers: Record<string, string> = {}
    if (resource.resourceType === 'Bundle') {
      absolutiseFullUrls(resource, base)
    } else if (resource.id !== undefined && resource.meta?.versionId !== undefined) {
      headers['ETag'] = `W/"${resource.meta.versionId}"`
      const versioned = `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`
      if (status === 201) {
        headers['Location'] = versioned
      } else if (method === 'PUT' || method === 'PATCH') {
        headers['Content-Location'] = versioned
      }
    }
    return respond(c, status, resource, headers)
  }

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
  if (options.smart !== undefined) {
    const { authorize, configuration } = options.smart
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

  const load = async (input: Bundle | Resource, source: string): Promise<BundleLoadResult> => {
    const result = await loadFixture(router, repo, input, source)
    for (const key of result.keys) {
      loadedKeys.add(key)
    }
    return result
  }

  return {
    app,
    router,
    repo,
    basePath,
    definitions,
    loadFixture: load,
    async loadFixtureFiles(files) {
      const start = performance.now()
      const results: BundleLoadResult[] = []
      for (const file of files) {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as Bundle | Resource
        results.push(await load(parsed, file))
      }
      const patients = [...loadedKeys].filter((key) => key.startsWith('Patient/')).length
      return { files: results, resources: loadedKeys.size, patients, ms: performance.now() - start }
    },
  }
}
