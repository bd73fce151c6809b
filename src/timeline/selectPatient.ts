import type { HiddenReason, PatientSummary } from './types.ts'
import type { KeptResource } from './keptResource.ts'
import { compareText } from './compareEvents.ts'
import { toPatient } from './builders/toPatient.ts'

function byId(a: KeptResource, b: KeptResource): number {
  return compareText(a.id, b.id)
}

/**
 * The record's patient: the requested one, else the lowest id; any other Patient is another person's record and is
 * hidden as 'other-patient'.
 * @param keptByReference - `Type/id` -> kept resource
 * @param patientId - the requested patient id, if any
 * @param hide - records a hidden resource with its reason
 */
export function selectPatient(
  keptByReference: ReadonlyMap<string, KeptResource>,
  patientId: string | undefined,
  hide: (reference: string, reason: HiddenReason) => void,
): PatientSummary | null {
  // A loop, not a copy of every kept resource into an array and a filter over it.
  const patients: KeptResource[] = []
  for (const kept of keptByReference.values()) if (kept.resourceType === 'Patient') patients.push(kept)
  patients.sort(byId)
  const wanted = patientId ?? patients[0]?.id ?? null
  let patient: PatientSummary | null = null
  for (const kept of patients) {
    if (kept.id === wanted) patient = toPatient(kept)
    else hide(`Patient/${kept.id}`, 'other-patient')
  }
  return patient
}
