import type { ClinicalTime } from '../types.ts'
import { NOTES } from '../notes.ts'
import { addNote } from './addNote.ts'

/**
 * Passes a clinical time through, noting an unusual date.
 * @param time - the clinical time read
 * @param notes - the event's notes
 */
export function noteTime(time: ClinicalTime, notes: string[]): ClinicalTime {
  if (time.unusual) addNote(notes, NOTES.unusualDate)
  return time
}
