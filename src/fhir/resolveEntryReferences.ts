import type { Resource } from '@medplum/fhirtypes'
import { isResource } from './narrow.ts'
import { rewriteReferences } from './rewriteReferences.ts'

/** The resources of a file with ids settled and in-file references rewritten, and how many ids were made up. */
export interface ResolvedEntries {
  readonly resources: Resource[]
  /** Resources that had neither an id nor a fullUrl to take one from: they got `file-entry-<n>`. */
  readonly placeIds: number
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/

/** The id a fullUrl carries: the uuid of `urn:uuid:<uuid>`, or the last segment of `<base>/<Type>/<id>`. */
function idFromFullUrl(fullUrl: unknown, resourceType: string): string | null {
  if (typeof fullUrl !== 'string') return null
  if (fullUrl.startsWith('urn:uuid:')) return fullUrl.slice('urn:uuid:'.length)
  const segments = fullUrl.split(/[?#]/, 1)[0]?.split('/') ?? []
  const id = segments[segments.length - 1] ?? ''
  return /^https?:\/\//i.test(fullUrl) && segments[segments.length - 2] === resourceType && FHIR_ID.test(id) ? id : null
}

/**
 * Gives every resource an id (its own; else from its fullUrl, `urn:uuid:` or absolute; else `file-entry-<n>`, n its
 * 1-based place in the file) and rewrites references that are exactly an entry's fullUrl to `Type/id`. References
 * by relative `Type/id` need nothing (they already match). Dangling urn references are left as they are (shown as
 * unavailable).
 * @param entries - Bundle.entry as parsed (untrusted)
 * @param resources - the resources bundleContents kept from those entries
 */
export function resolveEntryReferences(entries: readonly unknown[], resources: readonly Resource[]): ResolvedEntries {
  const byFullUrl = new Map<string, string>()
  const withIds = new Map<Resource, Resource>()
  const wanted = new Set(resources)
  let placeIds = 0
  entries.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null) return
    const { fullUrl, resource } = entry as { fullUrl?: unknown; resource?: unknown }
    if (!isResource(resource) || !wanted.has(resource)) return
    const own = typeof resource.id === 'string' && resource.id !== '' ? resource.id : null
    let id = own ?? idFromFullUrl(fullUrl, resource.resourceType)
    if (id === null) {
      id = `file-entry-${String(index + 1)}`
      placeIds++
    }
    withIds.set(resource, id === own ? resource : { ...resource, id })
    if (typeof fullUrl === 'string' && fullUrl !== '') byFullUrl.set(fullUrl, `${resource.resourceType}/${id}`)
  })
  const rewrite = (reference: string): string => byFullUrl.get(reference) ?? reference
  return {
    resources: resources.map((r) => rewriteReferences(withIds.get(r) ?? r, rewrite) as Resource),
    placeIds,
  }
}
