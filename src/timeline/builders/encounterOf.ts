import { field, objectField, type JsonObject } from '../read.ts'
import { NOTES } from '../notes.ts'
import { resolveReference, type ReferenceContext } from '../referenceContext.ts'
import { addNote } from './addNote.ts'

/**
 * The event's encounter as `Type/id`: `encounter`, else STU3's `context` (noted); null when none is recorded.
 * @param context - the lookups of this record
 * @param resource - the resource JSON
 * @param notes - the event's notes
 */
export function encounterOf(context: ReferenceContext, resource: JsonObject, notes: string[]): string | null {
  const encounter = objectField(resource, 'encounter')
  if (encounter !== null) return resolveReference(context, field(encounter, 'reference'))
  // STU3 called the encounter link `context`.
  const stu3Context = objectField(resource, 'context')
  const resolved = resolveReference(context, field(stu3Context, 'reference'))
  if (resolved !== null) addNote(notes, NOTES.stu3)
  return resolved
}
