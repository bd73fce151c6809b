import type { ImmunizationEvent } from '../types.ts'
import { field, isPresent } from '../read.ts'
import { clinicalTime, instantTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcept } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { NOTES } from '../notes.ts'
import { addNote } from './addNote.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { readDate } from './readDate.ts'
import { startNotes } from './startNotes.ts'

/**
 * Builds an immunization event (STU3 `date` read as the occurrence, noted).
 * @param context - the lookups of this record
 * @param kept - the Immunization
 */
export function toImmunization(context: ReferenceContext, kept: KeptResource): ImmunizationEvent {
  const r = kept.resource
  const notes = startNotes(r)
  let time = clinicalTime(r, 'occurrence')
  if (time.source === null && isPresent(r, 'date')) {
    // STU3 Immunization.date became occurrence[x] in R4.
    time = instantTime(field(r, 'date'), 'date')
    addNote(notes, NOTES.stu3)
  }
  const concept = readConcept(field(r, 'vaccineCode')) ?? EMPTY_CONCEPT
  const recorded = readDate(field(r, 'recorded'), notes)
  const encounter = encounterOf(context, r, notes)
  const h = eventHead({ kept, concept, kind: 'immunization', time, recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'immunization',
  }
}
