import type { AllergyEvent } from '../types.ts'
import { asArray, asString, field, isPresent, stringField } from '../read.ts'
import { clinicalTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcept } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { NOTES } from '../notes.ts'
import { STATUS_VOCABULARY } from '../statusVocabulary.ts'
import { addNote } from './addNote.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { readDate } from './readDate.ts'
import { readStatus } from './readStatus.ts'
import { startNotes } from './startNotes.ts'

const { allergyClinical, allergyVerification } = STATUS_VOCABULARY

/**
 * Builds an allergy or intolerance event; 'entered-in-error' when either status says so, which then hides it.
 * @param context - the lookups of this record
 * @param kept - the AllergyIntolerance
 */
export function toAllergy(context: ReferenceContext, kept: KeptResource): AllergyEvent | 'entered-in-error' {
  const r = kept.resource
  const clinical = readStatus(field(r, 'clinicalStatus'), allergyClinical.systems, allergyClinical.codes)
  const verification = readStatus(
    field(r, 'verificationStatus'),
    allergyVerification.systems,
    allergyVerification.codes,
  )
  if (clinical.enteredInError || verification.enteredInError) return 'entered-in-error'
  const notes = startNotes(r)
  if (clinical.stu3 || verification.stu3) addNote(notes, NOTES.stu3)
  if (clinical.unreadable || verification.unreadable) addNote(notes, NOTES.statusUnreadable)
  const recordedValue = isPresent(r, 'recordedDate') ? field(r, 'recordedDate') : field(r, 'assertedDate')
  const recorded = readDate(recordedValue, notes)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const encounter = encounterOf(context, r, notes)
  const categories: string[] = []
  for (const item of asArray(field(r, 'category'))) {
    const category = asString(item)
    if (category !== null && !categories.includes(category)) categories.push(category)
  }
  const h = eventHead({ kept, concept, kind: 'allergy', time: clinicalTime(r, 'onset'), recorded, encounter, notes })
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
    kind: 'allergy',
    clinicalStatus: clinical.code,
    verificationStatus: verification.code,
    categories,
    criticality: stringField(r, 'criticality'),
  }
}
