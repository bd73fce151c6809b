import { isPresent, type JsonObject } from '../read.ts'
import { NOTES } from '../notes.ts'

/**
 * An event's first notes: the modifierExtension warning when the resource carries one.
 * @param resource - the resource JSON
 */
export function startNotes(resource: JsonObject): string[] {
  const notes: string[] = []
  if (isPresent(resource, 'modifierExtension')) notes.push(NOTES.modifierExtension)
  return notes
}
