import type { RecordedDate } from '../types.ts'
import { parseRecordedDate } from '../clinicalTime.ts'
import { NOTES } from '../notes.ts'
import { addNote } from './addNote.ts'

/**
 * Reads a recorded date (recordedDate, issued, authoredOn ...), noting an unusual one; null when absent or unreadable.
 * @param value - the recorded value
 * @param notes - the event's notes
 */
export function readDate(value: unknown, notes: string[]): RecordedDate | null {
  const parsed = parseRecordedDate(value)
  if (parsed === null) return null
  if (parsed.unusual) addNote(notes, NOTES.unusualDate)
  return parsed.date
}
