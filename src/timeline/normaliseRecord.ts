/**
 * The normaliser: raw FHIR R4 resources in, one NormalisedRecord out. Pure and deterministic: no clock, no I/O, input
 * never mutated, output order fixed by `compareEvents` (clinical start ascending, unknown last, then id).
 */
import type { Resource } from '@medplum/fhirtypes'
import type { ClinicalEvent, HiddenItem, HiddenReason, NormalisedRecord, NormaliseOptions } from './types.ts'
import { stringField } from './read.ts'
import { EVENT_BUILDERS } from './builders/eventBuilders.ts'
import { compareHidden } from './compareEvents.ts'
import { dedupeResources } from './dedupeResources.ts'
import { markFutureOnsets } from './futureOnset.ts'
import { hideRestricted } from './sensitivity.ts'
import { HIDDEN_DETAILS } from './hiddenDetails.ts'
import { createReferenceContext, resolveReference } from './referenceContext.ts'
import { selectPatient } from './selectPatient.ts'
import { sortEvents } from './sortEvents.ts'
import { splitByKind } from './splitByKind.ts'
import { subjectReference } from './subjectReference.ts'
import { SUPPORTING_TYPES } from './supportingTypes.ts'

/**
 * The callback that records a hidden resource in `hidden`. Made by a factory, not declared as a named arrow in
 * normaliseRecord: a per-call named closure costs a name definition per call where the code is run with keepNames
 * (the tsx-run bench), a fixed cost that dominated single-resource records.
 * @param hidden - the list to add to
 */
function hiderOf(hidden: HiddenItem[]): (reference: string, reason: HiddenReason) => void {
  return (reference, reason) => {
    hidden.push({ reference, reason, detail: HIDDEN_DETAILS[reason] })
  }
}

/**
 * Turns raw FHIR R4 resources (already narrowed to `Resource` by src/fhir, still untrusted) into the normalised
 * record. Pure: never reads the clock (`asOf` comes from the caller), never mutates its input, and gives identical
 * output for any order of the same input (except the "first received" tie-break between two copies of one resource
 * with neither versionId nor lastUpdated to choose by).
 * @param resources - the resources of one patient's record, in any order
 * @param options - the "information as of" instant and, optionally, the patient id to filter by
 */
export function normaliseRecord(resources: readonly Resource[], options: NormaliseOptions): NormalisedRecord {
  const hidden: HiddenItem[] = []
  const hide = hiderOf(hidden)

  // 1. Validate and de-duplicate by Type/id (C6).
  const keptByReference = dedupeResources(resources, hide)
  // C32: records labelled restricted or very restricted are not shown, and counted (before references resolve).
  hideRestricted(keptByReference, hide)

  // 2. Lookups for reference resolution.
  const context = createReferenceContext(keptByReference)

  // 3. The patient: the requested one, else the lowest id; any other Patient is another person's record.
  const patient = selectPatient(keptByReference, options.patientId, hide)
  const patientReference = options.patientId === undefined ? null : `Patient/${options.patientId}`
  // An unresolved `urn:uuid:<patientId>` (Patient resource absent) still names this patient.
  const patientUrn = options.patientId === undefined ? null : `urn:uuid:${options.patientId.toLowerCase()}`

  // 4. Events.
  const events: ClinicalEvent[] = []
  for (const kept of keptByReference.values()) {
    const reference = kept.reference
    if (kept.resourceType === 'Patient' || SUPPORTING_TYPES.has(kept.resourceType)) continue
    const build = EVENT_BUILDERS.get(kept.resourceType)
    if (build === undefined) {
      hide(reference, 'unsupported-type')
      continue
    }
    if (patientReference !== null) {
      const subject = resolveReference(context, subjectReference(kept.resource))
      // A subject recorded as display or identifier only cannot be checked, so it is kept.
      if (subject !== null && subject !== patientReference && subject !== patientUrn) {
        hide(reference, 'other-patient')
        continue
      }
    }
    if (stringField(kept.resource, 'status') === 'entered-in-error') {
      hide(reference, 'entered-in-error')
      continue
    }
    const event = build(context, kept)
    if (event === 'entered-in-error') hide(reference, 'entered-in-error')
    else events.push(event)
  }
  // C23: an onset after the "as of" instant is kept as recorded and marked as an unusual date.
  const marked = markFutureOnsets(events, options.asOf)
  sortEvents(marked)
  hidden.sort(compareHidden)

  // One literal (spreading the lists into it took a slow path): fields in the record's documented order.
  const lists = splitByKind(marked)
  return {
    patient,
    asOf: options.asOf,
    conditions: lists.conditions,
    procedures: lists.procedures,
    observations: lists.observations,
    medications: lists.medications,
    allergies: lists.allergies,
    immunizations: lists.immunizations,
    familyHistory: lists.familyHistory,
    encounters: lists.encounters,
    reports: lists.reports,
    carePlans: lists.carePlans,
    hidden,
  }
}
