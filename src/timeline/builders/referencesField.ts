import { field, objectsField, type JsonObject } from '../read.ts'
import { resolveReference, type ReferenceContext } from '../referenceContext.ts'

/**
 * The resolved references of an array-of-Reference field (reasonReference, result, addresses), unresolvable ones
 * dropped.
 * @param context - the lookups of this record
 * @param resource - the resource JSON
 * @param key - the field name
 */
export function referencesField(context: ReferenceContext, resource: JsonObject, key: string): readonly string[] {
  const out: string[] = []
  for (const item of objectsField(resource, key)) {
    const resolved = resolveReference(context, field(item, 'reference'))
    if (resolved !== null) out.push(resolved)
  }
  return out
}
