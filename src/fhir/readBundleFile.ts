/**
 * The second source: a FHIR Bundle file opened in the browser (collection, searchset, transaction, batch, document/IPS)
 * or a single resource. Nothing leaves the device. After this, the pipeline is the same as for a server.
 */
import type { Patient, Resource } from '@medplum/fhirtypes'
import { FhirError } from './errors.ts'
import { bundleContents, isBundle, isResource } from './narrow.ts'

export interface BundleFileRecord {
  /** The first Patient in the file, or null when the file has none. */
  readonly patient: Patient | null
  readonly resources: readonly Resource[]
  /** Bundle.type, or 'resource' for a single resource. */
  readonly bundleType: string
  /** Notes about what was skipped or rewritten. */
  readonly warnings: readonly string[]
}

/** A cap so a huge file cannot freeze the tab (B17). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

/**
 * Parses the text of a FHIR JSON file into resources, resolving urn:uuid references inside the file to Type/id.
 * @param text - the file content
 */
export function readBundleText(text: string): BundleFileRecord {
  if (text.length > MAX_FILE_BYTES) {
    throw new FhirError('refused', 'This file is larger than 50 MB and was not opened.')
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new FhirError('malformed', 'This file is not valid JSON, so it could not be read as a FHIR record.')
  }
  if (!isResource(data)) {
    throw new FhirError('not-fhir', 'This file is JSON but not a FHIR resource or Bundle.')
  }
  if (!isBundle(data)) {
    return {
      patient: data.resourceType === 'Patient' ? data : null,
      resources: [data],
      bundleType: 'resource',
      warnings: [],
    }
  }
  const contents = bundleContents(data)
  const warnings: string[] = []
  if (contents.skipped > 0) warnings.push(`${contents.skipped} entries had no readable resource and were skipped.`)
  if (contents.outcomes.length > 0)
    warnings.push(`${contents.outcomes.length} server messages in the file were not shown as records.`)
  const all = [...contents.resources, ...contents.included]
  const resolved = resolveUrnReferences(data.entry ?? [], all)
  const patient = resolved.find((r): r is Patient => r.resourceType === 'Patient') ?? null
  const bundleType: unknown = data.type
  return { patient, resources: resolved, bundleType: typeof bundleType === 'string' ? bundleType : 'unknown', warnings }
}

/**
 * Gives every resource an id (from its urn:uuid fullUrl when it has none) and rewrites `urn:uuid:` references that
 * point inside the file to `Type/id`. Dangling urn references are left as they are (shown as unavailable).
 */
function resolveUrnReferences(entries: readonly unknown[], resources: readonly Resource[]): Resource[] {
  const byFullUrl = new Map<string, string>()
  const withIds = new Map<Resource, Resource>()
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue
    const { fullUrl, resource } = entry as { fullUrl?: unknown; resource?: unknown }
    if (!isResource(resource) || !resources.includes(resource)) continue
    let id = resource.id
    if ((typeof id !== 'string' || id === '') && typeof fullUrl === 'string' && fullUrl.startsWith('urn:uuid:')) {
      id = fullUrl.slice('urn:uuid:'.length)
    }
    const copy = typeof id === 'string' && id !== '' ? { ...resource, id } : resource
    withIds.set(resource, copy)
    if (typeof fullUrl === 'string' && typeof id === 'string' && id !== '') {
      byFullUrl.set(fullUrl, `${resource.resourceType}/${id}`)
    }
  }
  return resources.map((r) => rewriteReferences(withIds.get(r) ?? r, byFullUrl) as Resource)
}

function rewriteReferences(value: unknown, byFullUrl: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, byFullUrl))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === '__proto__') continue
    if (key === 'reference' && typeof v === 'string') out[key] = byFullUrl.get(v) ?? v
    else out[key] = rewriteReferences(v, byFullUrl)
  }
  return out
}
