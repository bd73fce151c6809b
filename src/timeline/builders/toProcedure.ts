import type { ProcedureEvent } from '../types.ts'
import { field } from '../read.ts'
import { clinicalTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcept, readConcepts } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { referencesField } from './referencesField.ts'
import { startNotes } from './startNotes.ts'

/**
 * Builds a procedure event.
 * @param context - the lookups of this record
 * @param kept - the Procedure
 */
export function toProcedure(context: ReferenceContext, kept: KeptResource): ProcedureEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const encounter = encounterOf(context, r, notes)
  const h = eventHead({
    kept,
    concept,
    kind: 'procedure',
    time: clinicalTime(r, 'performed'),
    recorded: null,
    encounter,
    notes,
  })
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
    kind: 'procedure',
    bodySites: readConcepts(field(r, 'bodySite')),
    reasonReferences: referencesField(context, r, 'reasonReference'),
    reasonCodes: readConcepts(field(r, 'reasonCode')),
  }
}
