/**
 * One shared, frozen "table note" reason note per note id, so a hit does not allocate its note (the mapper is tuned
 * to build one object literal per placement).
 */
import { NOTE_IDS, type NoteId } from './tables/notes.ts'
import type { ReasonNote } from './types.ts'

const TABLE_NOTES: ReadonlyMap<NoteId, ReasonNote> = new Map(
  NOTE_IDS.map((id) => [id, Object.freeze({ kind: 'table', keys: Object.freeze([id]) } as const)]),
)

/**
 * The reason note that names one reviewed note.
 * @param id - the note id of a table row
 */
export function tableNote(id: NoteId): ReasonNote {
  const note = TABLE_NOTES.get(id)
  if (note === undefined) throw new Error(`Unknown note id: ${id}`)
  return note
}
