import type { Concept, MedicationEvent } from '../types.ts'
import { field, objectField, objectsField, stringField, type JsonObject } from '../read.ts'
import { clinicalTime, instantTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcept, readConcepts } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import { resolveReference, type ReferenceContext } from '../referenceContext.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { readDate } from './readDate.ts'
import { referencesField } from './referencesField.ts'
import { startNotes } from './startNotes.ts'

/** Medication concept: medicationCodeableConcept, else the referenced Medication's code, else the display. */
function medicationConcept(context: ReferenceContext, r: JsonObject): Concept {
  const direct = readConcept(field(r, 'medicationCodeableConcept'))
  if (direct !== null) return direct
  const reference = objectField(r, 'medicationReference')
  const target = stringField(reference, 'reference')
  let medication: JsonObject | null = null
  if (target?.startsWith('#') === true) {
    const wanted = target.slice(1)
    medication =
      objectsField(r, 'contained').find(
        (c) => stringField(c, 'resourceType') === 'Medication' && stringField(c, 'id') === wanted,
      ) ?? null
  } else if (target !== null) {
    const resolved = resolveReference(context, target)
    const found = resolved === null ? undefined : context.byReference.get(resolved)?.resource
    medication = found !== undefined && stringField(found, 'resourceType') === 'Medication' ? found : null
  }
  const code = readConcept(field(medication, 'code'))
  if (code !== null) return code
  const display = stringField(reference, 'display')
  return display === null ? EMPTY_CONCEPT : { codes: [], text: display }
}

/**
 * Builds a medication event from a MedicationRequest or a MedicationStatement.
 * @param context - the lookups of this record
 * @param kept - the MedicationRequest or MedicationStatement
 */
export function toMedication(context: ReferenceContext, kept: KeptResource): MedicationEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const isRequest = kept.resourceType === 'MedicationRequest'
  const time = isRequest ? instantTime(field(r, 'authoredOn'), 'authoredOn') : clinicalTime(r, 'effective')
  const recorded = readDate(field(r, isRequest ? 'authoredOn' : 'dateAsserted'), notes)
  const concept = medicationConcept(context, r)
  const encounter = encounterOf(context, r, notes)
  const h = eventHead({ kept, concept, kind: 'medication', time, recorded, encounter, notes })
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
    kind: 'medication',
    resourceType: isRequest ? 'MedicationRequest' : 'MedicationStatement',
    reasonReferences: referencesField(context, r, 'reasonReference'),
    reasonCodes: readConcepts(field(r, 'reasonCode')),
  }
}
