import type { ClinicalStatus, ConditionEvent, VerificationStatus } from '../types.ts'
import { field, isPresent } from '../read.ts'
import { clinicalTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readCategoryCodes, readConcept, readConcepts } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { NOTES } from '../notes.ts'
import { isActiveClinicalStatus } from '../statusRules.ts'
import { STATUS_VOCABULARY } from '../statusVocabulary.ts'
import { addNote } from './addNote.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead, finalNotes } from './eventHead.ts'
import { noteTime } from './noteTime.ts'
import { readDate } from './readDate.ts'
import { readStatus } from './readStatus.ts'
import { startNotes } from './startNotes.ts'

const { conditionClinical, conditionVerification } = STATUS_VOCABULARY

/**
 * Builds a condition event; 'entered-in-error' when either status says so (C19), which then hides it.
 * @param context - the lookups of this record
 * @param kept - the Condition
 */
export function toCondition(context: ReferenceContext, kept: KeptResource): ConditionEvent | 'entered-in-error' {
  const r = kept.resource
  const clinical = readStatus(field(r, 'clinicalStatus'), conditionClinical.systems, conditionClinical.codes)
  const verification = readStatus(
    field(r, 'verificationStatus'),
    conditionVerification.systems,
    conditionVerification.codes,
  )
  // C19: entered-in-error wins even when a clinical status is also recorded (con-5 violation).
  if (clinical.enteredInError || verification.enteredInError) return 'entered-in-error'
  const notes = startNotes(r)
  const abatement = noteTime(clinicalTime(r, 'abatement'), notes)
  if (clinical.stu3 || verification.stu3 || abatement.source === 'abatementBoolean') addNote(notes, NOTES.stu3)
  if (clinical.unreadable || verification.unreadable) addNote(notes, NOTES.statusUnreadable)
  if (isActiveClinicalStatus(clinical.code) && abatement.source !== null) {
    addNote(notes, NOTES.abatedButActive)
  }
  let recorded = readDate(field(r, 'recordedDate'), notes)
  if (recorded === null && isPresent(r, 'assertedDate')) {
    // STU3 name for recordedDate.
    recorded = readDate(field(r, 'assertedDate'), notes)
    addNote(notes, NOTES.stu3)
  }
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const encounter = encounterOf(context, r, notes)
  const h = eventHead({ kept, concept, kind: 'condition', time: clinicalTime(r, 'onset'), recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    // Condition has no status element (clinical and verification statuses are read above).
    status: null,
    notes: finalNotes(h.notes),
    kind: 'condition',
    clinicalStatus: clinical.code as ClinicalStatus | null,
    verificationStatus: verification.code as VerificationStatus | null,
    abatement,
    categories: readCategoryCodes(field(r, 'category')),
    bodySites: readConcepts(field(r, 'bodySite')),
    severity: readConcept(field(r, 'severity')),
  }
}
