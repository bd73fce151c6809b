import type { FamilyCondition, FamilyHistoryEvent } from '../types.ts'
import { field, objectsField } from '../read.ts'
import { clinicalTime, instantTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcept } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { fallbackText } from './fallbackText.ts'
import { noteTime } from './noteTime.ts'
import { readDate } from './readDate.ts'
import { startNotes } from './startNotes.ts'

/**
 * Builds a family history event: the relative and their recorded conditions.
 * @param context - the lookups of this record
 * @param kept - the FamilyMemberHistory
 */
export function toFamilyHistory(context: ReferenceContext, kept: KeptResource): FamilyHistoryEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const relationship = readConcept(field(r, 'relationship')) ?? EMPTY_CONCEPT
  const conditions: FamilyCondition[] = objectsField(r, 'condition').map((condition) => {
    const concept = readConcept(field(condition, 'code')) ?? EMPTY_CONCEPT
    return {
      concept,
      text: concept.text ?? fallbackText('condition', concept),
      onset: noteTime(clinicalTime(condition, 'onset'), notes),
      outcome: readConcept(field(condition, 'outcome')),
    }
  })
  const who = relationship.text ?? 'Family member'
  const text =
    conditions.length === 0 ? `${who} (no condition recorded)` : `${who}: ${conditions.map((c) => c.text).join('; ')}`
  const time = instantTime(field(r, 'date'), 'date')
  const recorded = readDate(field(r, 'date'), notes)
  const encounter = encounterOf(context, r, notes)
  const h = eventHead({ kept, concept: relationship, kind: 'family-history', time, recorded, encounter, notes, text })
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
    kind: 'family-history',
    relationship,
    conditions,
  }
}
