import type { Resource } from '@medplum/fhirtypes'
import type { HiddenReason } from './types.ts'
import { asObject, objectField, stringField, type JsonObject } from './read.ts'
import type { KeptResource } from './keptResource.ts'
import { versionOf } from './versionOf.ts'

/** True when `candidate` should replace `current` as the kept copy of a duplicated resource (C6). */
function isPreferred(candidate: JsonObject, current: JsonObject): boolean {
  const a = versionOf(candidate)
  const b = versionOf(current)
  if (a !== null && b !== null && a !== b) {
    const numeric = /^\d+$/.test(a) && /^\d+$/.test(b)
    return numeric ? Number(a) > Number(b) : a > b
  }
  const la = stringField(objectField(candidate, 'meta'), 'lastUpdated')
  const lb = stringField(objectField(current, 'meta'), 'lastUpdated')
  if (la !== null && lb !== null && la !== lb) {
    const ma = Date.parse(la)
    const mb = Date.parse(lb)
    return Number.isFinite(ma) && Number.isFinite(mb) ? ma > mb : la > lb
  }
  return false
}

/**
 * Validates and de-duplicates resources by `Type/id` (C6): an item without a resource type or an id is hidden as
 * invalid; of two copies of one resource the preferred one is kept (highest version, else latest update, else first
 * received) and the other is hidden as a duplicate.
 * @param resources - the resources of one patient's record, in any order
 * @param hide - records a hidden resource with its reason
 * @returns the kept copy of each `Type/id`, in the order each was first received
 */
export function dedupeResources(
  resources: readonly Resource[],
  hide: (reference: string, reason: HiddenReason) => void,
): Map<string, KeptResource> {
  const keptByReference = new Map<string, KeptResource>()
  for (const item of resources as readonly unknown[]) {
    const resource = asObject(item)
    const resourceType = stringField(resource, 'resourceType')
    if (resource === null || resourceType === null) {
      hide('(not a resource)', 'invalid')
      continue
    }
    const id = stringField(resource, 'id')
    if (id === null) {
      hide(`${resourceType}/(no id)`, 'invalid')
      continue
    }
    const reference = `${resourceType}/${id}`
    const current = keptByReference.get(reference)
    if (current === undefined) {
      keptByReference.set(reference, { resource, resourceType, id, reference })
    } else {
      hide(reference, 'duplicate')
      if (isPreferred(resource, current.resource))
        keptByReference.set(reference, { resource, resourceType, id, reference })
    }
  }
  return keptByReference
}
