import { field, objectField, type JsonObject } from './read.ts'

/**
 * The recorded subject (or, for AllergyIntolerance and the like, patient) reference string, unresolved.
 * @param resource - the resource JSON
 */
export function subjectReference(resource: JsonObject): unknown {
  const subject = objectField(resource, 'subject') ?? objectField(resource, 'patient')
  return field(subject, 'reference')
}
