/**
 * References the app does not follow (docs/reliability.md C7, C10, C11): nothing is ever fetched to resolve a
 * reference. One to a record held by another server (an absolute URL off the FHIR base, or, in a file, one that
 * names no record of the file) is external; a `urn:uuid:` naming no record of the load or file, and a `#id` naming
 * no contained resource of its container, are unavailable. Each kind is counted (distinct references) and named in
 * one note. Only the record types the twin shows are searched.
 */
import type { Resource } from '@medplum/fhirtypes'
import { isUnderBase } from './isUnderBase.ts'
import { RECORD_TYPES } from '../timeline/recordTypes.ts'

/** Only the records the twin shows are searched for references (a Claim's references are never shown). */
const SHOWN_TYPES: ReadonlySet<string> = new Set(RECORD_TYPES)

/** What `unresolvedReferences` found: distinct references of each kind, and the hosts of the external ones. */
export interface UnresolvedReferences {
  readonly external: number
  readonly externalHosts: readonly string[]
  readonly danglingUuid: number
  readonly missingContained: number
}

const ABSOLUTE = /^https?:\/\//i

/** Every `reference` string under a JSON value (a resource and its contained resources). */
function referencesIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, out)
    return
  }
  if (typeof value !== 'object' || value === null) return
  const record = value as Record<string, unknown>
  for (const key in record) {
    const item = record[key]
    if (key === 'reference' && typeof item === 'string') out.push(item)
    else if (typeof item === 'object' && item !== null) referencesIn(item, out)
  }
}

/** The ids of a resource's contained resources. */
function containedIds(resource: Resource): Set<string> {
  const contained: unknown = (resource as { contained?: unknown }).contained
  const ids = new Set<string>()
  for (const item of Array.isArray(contained) ? (contained as unknown[]) : []) {
    const id: unknown = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined
    if (typeof id === 'string') ids.add(id)
  }
  return ids
}

/** `Type/id` of an absolute reference (its last two path segments, a version dropped), or null. */
function tailOf(reference: string): string | null {
  const path = reference.split(/[?#]/, 1)[0]?.replace(/\/_history\/[^/]+$/, '') ?? ''
  const match = /\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(path)
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : null
}

/** The id as a string: an untrusted file may hold `"id": 0`. */
function idOf(resource: Resource): string {
  const id: unknown = resource.id
  return typeof id === 'string' ? id : ''
}

function hostOf(reference: string): string {
  try {
    return new URL(reference).host
  } catch {
    return reference
  }
}

/**
 * Finds the references the app will not resolve.
 * @param resources - the resources of a load or a file (ids settled, in-file references rewritten)
 * @param baseUrl - the FHIR base they came from; null for a file (an absolute reference to none of its records is external)
 */
export function unresolvedReferences(resources: readonly Resource[], baseUrl: string | null): UnresolvedReferences {
  const keys = new Set(resources.map((r) => `${r.resourceType}/${idOf(r)}`))
  const ids = new Set(resources.map((r) => idOf(r).toLowerCase()))
  const external = new Set<string>()
  const dangling = new Set<string>()
  const missing = new Set<string>()
  const offBase = new Map<string, boolean>()
  const isExternal = (reference: string): boolean => {
    let external = offBase.get(reference)
    if (external === undefined) {
      external = baseUrl === null ? !keys.has(tailOf(reference) ?? '') : !isUnderBase(reference, baseUrl)
      offBase.set(reference, external)
    }
    return external
  }
  for (const resource of resources) {
    if (!SHOWN_TYPES.has(resource.resourceType)) continue
    const references: string[] = []
    referencesIn(resource, references)
    if (references.length === 0) continue
    const local = containedIds(resource)
    for (const reference of references) {
      if (reference.startsWith('#')) {
        if (reference.length > 1 && !local.has(reference.slice(1))) missing.add(`${idOf(resource)}${reference}`)
      } else if (reference.toLowerCase().startsWith('urn:uuid:')) {
        if (!ids.has(reference.slice('urn:uuid:'.length).toLowerCase())) dangling.add(reference.toLowerCase())
      } else if (ABSOLUTE.test(reference) && isExternal(reference)) {
        external.add(reference)
      }
    }
  }
  const hosts = [...new Set([...external].map(hostOf))]
  return { external: external.size, externalHosts: hosts, danglingUuid: dangling.size, missingContained: missing.size }
}

/**
 * The notes for what `unresolvedReferences` found (none when every reference resolves or is relative).
 * @param found - the counts
 * @param where - 'file' or 'record': what the references were looked for in
 */
export function referenceNotes(found: UnresolvedReferences, where: 'file' | 'record'): string[] {
  const notes: string[] = []
  const refs = (n: number): string => (n === 1 ? '1 reference points' : `${String(n)} references point`)
  if (found.external > 0) {
    const hosts = found.externalHosts.slice(0, 3).join(', ') + (found.externalHosts.length > 3 ? ', …' : '')
    notes.push(
      `${refs(found.external)} to records held by another record system (${hosts}); this app does not fetch them, so they are listed here as external references.`,
    )
  }
  if (found.danglingUuid > 0) {
    notes.push(
      `${refs(found.danglingUuid)} to a record (urn:uuid:…) that is not in this ${where}; those records are unavailable, and nothing was fetched to find them.`,
    )
  }
  if (found.missingContained > 0) {
    notes.push(
      `${refs(found.missingContained)} to a contained record (#…) that is not there; those records are unavailable.`,
    )
  }
  return notes
}
