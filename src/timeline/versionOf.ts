import { objectField, stringField, type JsonObject } from './read.ts'

/**
 * The resource's `meta.versionId` as recorded, or null.
 * @param resource - the resource JSON
 */
export function versionOf(resource: JsonObject): string | null {
  return stringField(objectField(resource, 'meta'), 'versionId')
}
