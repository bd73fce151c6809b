import { isOk, normalizeErrorString } from '@medplum/core'
import type { FhirRouter, MemoryRepository } from '@medplum/fhir-router'
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'

const URN_UUID = 'urn:uuid:'
// FHIR R4 id grammar: a urn:uuid that does not fit cannot become a server id and is left for the router to resolve.
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/

/** What one fixture bundle put into the repository. */
export interface BundleLoadResult {
  /** Where the bundle came from (a file path or a label), for error messages and reports. */
  readonly source: string
  /** `Bundle.type`, or the resource type for a fixture file that holds a single resource. */
  readonly kind: string
  /** `Type/id` of every resource written, in bundle order. */
  readonly keys: readonly string[]
}

/**
 * Deep-copies a JSON value, replacing every `reference` string found in `targets` with its mapped value.
 * @param value - Any JSON value (a resource or part of one); not mutated.
 * @param targets - Map from `urn:uuid:<uuid>` to `<Type>/<id>`.
 * @returns The rewritten copy.
 */
function rewriteReferences(value: unknown, targets: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => rewriteReferences(item, targets))
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      out[key] =
        key === 'reference' && typeof child === 'string'
          ? (targets.get(child) ?? child)
          : rewriteReferences(child, targets)
    }
    return out
  }
  return value
}

/**
 * Makes the ids of a fixture bundle stable: every entry whose `fullUrl` is `urn:uuid:<uuid>` (a POST entry of a
 * transaction/batch, or any entry of a collection) gets `id = <uuid>` (or keeps its own id in a collection) and a
 * `PUT <Type>/<id>` request, and every `urn:uuid:<uuid>` reference in the bundle becomes `<Type>/<id>`. Without
 * this the router assigns fresh ids and a Synthea Patient no longer has the uuid in its file name.
 * Conditional references (`Practitioner?identifier=…`) are left as they are.
 * @param bundle - A transaction, batch or collection bundle; not mutated.
 * @returns A new bundle with PUT requests and rewritten references.
 */
export function withStableIds(bundle: Bundle): Bundle {
  const isBatch = bundle.type === 'transaction' || bundle.type === 'batch'
  const targets = new Map<string, string>()
  const entries = bundle.entry ?? []
  for (const entry of entries) {
    const resource = entry.resource
    const fullUrl = entry.fullUrl
    if (resource === undefined || fullUrl?.startsWith(URN_UUID) !== true) {
      continue
    }
    if (isBatch && (entry.request?.method !== 'POST' || entry.request.ifNoneExist !== undefined)) {
      continue
    }
    const id = isBatch ? fullUrl.slice(URN_UUID.length) : (resource.id ?? fullUrl.slice(URN_UUID.length))
    if (FHIR_ID.test(id)) {
      targets.set(fullUrl, `${resource.resourceType}/${id}`)
    }
  }
  const entry = entries.map((original): BundleEntry => {
    const resource =
      original.resource === undefined ? undefined : (rewriteReferences(original.resource, targets) as Resource)
    const target = original.fullUrl === undefined ? undefined : targets.get(original.fullUrl)
    if (resource === undefined || target === undefined) {
      return resource === undefined ? original : { ...original, resource }
    }
    const id = target.slice(target.indexOf('/') + 1)
    return {
      ...original,
      resource: { ...resource, id },
      ...(isBatch ? { request: { method: 'PUT', url: target } } : {}),
    }
  })
  return { ...bundle, entry }
}

/**
 * Loads one fixture into the repository. Transaction/batch bundles go through the router's batch endpoint with
 * `transactions: false` (entries one by one: no 50-update cap) after `withStableIds`; collection, searchset and
 * document bundles are written entry by entry with their ids kept; a bare resource is written as is.
 * Any failed entry throws, naming the source, the entry and the server's diagnostics.
 * @param router - The FHIR router that serves the repository.
 * @param repo - The in-memory repository to seed.
 * @param input - The parsed fixture file.
 * @param source - A label for error messages (usually the file path).
 * @returns The keys of the resources written.
 */
export async function loadFixture(
  router: FhirRouter,
  repo: MemoryRepository,
  input: Bundle | Resource,
  source: string,
): Promise<BundleLoadResult> {
  if (input.resourceType !== 'Bundle') {
    const written = input.id === undefined ? await repo.createResource(input) : await repo.updateResource(input)
    return { source, kind: input.resourceType, keys: [`${written.resourceType}/${written.id}`] }
  }
  const bundle = withStableIds(input)
  switch (bundle.type) {
    case 'transaction':
    case 'batch':
      return { source, kind: bundle.type, keys: await loadBatch(router, repo, bundle, source) }
    case 'collection':
    case 'searchset':
    case 'document':
      return { source, kind: bundle.type, keys: await loadEntries(repo, bundle, source) }
    case 'message':
    case 'history':
    case 'transaction-response':
    case 'batch-response':
      throw new Error(`${source}: cannot seed from a Bundle of type ${bundle.type}`)
  }
}

async function loadBatch(
  router: FhirRouter,
  repo: MemoryRepository,
  bundle: Bundle,
  source: string,
): Promise<string[]> {
  const [outcome, response] = await router.handleRequest(
    { method: 'POST', url: '', pathname: '', params: {}, query: {}, body: bundle, config: { transactions: false } },
    repo,
  )
  if (!isOk(outcome) || response?.resourceType !== 'Bundle') {
    throw new Error(`${source}: bundle rejected: ${normalizeErrorString(outcome)}`)
  }
  const failures: string[] = []
  const keys: string[] = []
  const requests = bundle.entry ?? []
  ;(response.entry ?? []).forEach((entry, index) => {
    const status = entry.response?.status ?? ''
    if (!status.startsWith('200') && !status.startsWith('201')) {
      const request = requests[index]?.request
      const detail = entry.response?.outcome === undefined ? '' : normalizeErrorString(entry.response.outcome)
      failures.push(`entry ${index} (${request?.method ?? '?'} ${request?.url ?? '?'}): ${status} ${detail}`)
      return
    }
    // location is `<Type>/<id>/_history/<vid>`; the first two segments are the key.
    const location = entry.response?.location ?? ''
    const [type, id] = location.split('/')
    if (type !== undefined && id !== undefined) {
      keys.push(`${type}/${id}`)
    }
  })
  if (failures.length > 0) {
    throw new Error(`${source}: ${failures.length} entries failed:\n  ${failures.slice(0, 10).join('\n  ')}`)
  }
  return keys
}

async function loadEntries(repo: MemoryRepository, bundle: Bundle, source: string): Promise<string[]> {
  const keys: string[] = []
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const resource = entry.resource
    // A searchset may carry OperationOutcome entries with search.mode = outcome: they are not data.
    if (resource === undefined || entry.search?.mode === 'outcome') {
      continue
    }
    try {
      const written =
        resource.id === undefined ? await repo.createResource(resource) : await repo.updateResource(resource)
      keys.push(`${written.resourceType}/${written.id}`)
    } catch (error: unknown) {
      throw new Error(
        `${source}: entry ${index} (${resource.resourceType}/${resource.id ?? '-'}): ${normalizeErrorString(error)}`,
        { cause: error },
      )
    }
  }
  return keys
}

/**
 * Expands fixture patterns of the form `dir/*.json` (a `*` or `?` wildcard in the last segment only) or plain file
 * paths into a sorted list of existing files, skipping `manifest*.json`. Node 20 has no `fs.glob`.
 * @param patterns - The patterns, relative to `cwd` or absolute.
 * @param cwd - The directory relative patterns resolve against.
 * @returns Absolute paths, sorted within each pattern, without duplicates.
 */
export function expandFixturePatterns(patterns: readonly string[], cwd: string): string[] {
  const files: string[] = []
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern)
    const dir = dirname(absolute)
    const name = basename(absolute)
    if (!name.includes('*') && !name.includes('?')) {
      if (existsSync(absolute) && statSync(absolute).isFile()) {
        files.push(absolute)
      }
      continue
    }
    if (!existsSync(dir)) {
      continue
    }
    const escaped = name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')
    const matcher = new RegExp(`^${escaped}$`)
    const matched = readdirSync(dir)
      .filter((file) => matcher.test(file) && !file.startsWith('manifest'))
      .sort()
      .map((file) => join(dir, file))
    files.push(...matched.filter((file) => statSync(file).isFile()))
  }
  return [...new Set(files)]
}
