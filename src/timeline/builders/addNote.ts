/**
 * Adds a note once (notes never repeat on one event).
 * @param notes - the event's notes so far
 * @param note - one of NOTES
 */
export function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note)
}
