import type { CarePlanEvent } from '../types.ts'
import { field, stringField } from '../read.ts'
import { periodTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcepts } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { readDate } from './readDate.ts'
import { referencesField } from './referencesField.ts'
import { startNotes } from './startNotes.ts'

/**
 * Builds a care plan event with the conditions it addresses.
 * @param context - the lookups of this record
 * @param kept - the CarePlan
 */
export function toCarePlan(context: ReferenceContext, kept: KeptResource): CarePlanEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const categories = readConcepts(field(r, 'category'))
  const concept = categories[0] ?? EMPTY_CONCEPT
  const text = stringField(r, 'title') ?? concept.text ?? 'Care plan (no title or category recorded)'
  const recorded = readDate(field(r, 'created'), notes)
  const encounter = encounterOf(context, r, notes)
  const time = periodTime(field(r, 'period'), 'period')
  const h = eventHead({ kept, concept, kind: 'care-plan', time, recorded, encounter, notes, text })
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
    kind: 'care-plan',
    categories,
    addresses: referencesField(context, r, 'addresses'),
  }
}
