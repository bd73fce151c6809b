/**
 * How one record type is searched for a patient: by patient alone, or split into one search per category (or one
 * search naming every intent) for servers that refuse a patient-only search (US Core, Epic, Oracle Health).
 */

/** The Observation categories searched one by one (US Core and the FHIR observation-category code system). */
export const OBSERVATION_CATEGORIES: readonly string[] = [
  'vital-signs',
  'laboratory',
  'social-history',
  'survey',
  'exam',
  'imaging',
  'procedure',
  'activity',
  'sdoh',
]

/** The Condition categories searched one by one (US Core Condition profiles, Epic's three Condition searches). */
export const CONDITION_CATEGORIES: readonly string[] = ['problem-list-item', 'encounter-diagnosis', 'health-concern']

/** Every MedicationRequest intent (FHIR R4 medicationrequest-intent), sent together as one comma-joined search. */
export const MEDICATION_REQUEST_INTENTS: readonly string[] = [
  'proposal',
  'plan',
  'order',
  'original-order',
  'reflex-order',
  'filler-order',
  'instance-order',
  'option',
]

/** The plan of one record type. */
export type TypePlan =
  | { readonly kind: 'patient' }
  | {
      readonly kind: 'split'
      /** The search parameter split on: `category` or `intent`. */
      readonly param: string
      readonly values: readonly string[]
      /** One search with the values comma-joined (an OR) instead of one search per value. */
      readonly joined: boolean
      /** A last search with `<param>:not=<value>` for every value: what the named values miss (none left out). */
      readonly catchAll: boolean
    }

/** The plan that searches by patient alone. */
export const PATIENT_ONLY: TypePlan = { kind: 'patient' }

/** One search of a plan: its query and what it covers, for the outcome text. */
export interface PlannedSearch {
  readonly params: Record<string, string | number | string[]>
  /** `null` for the patient-only search; else the value searched or `other` for the catch-all. */
  readonly covers: string | null
}

/**
 * The split plan of a type, or null when the type has none (it is searched by patient only).
 * @param resourceType - the record type
 * @returns the plan
 */
export function splitPlanFor(resourceType: string): TypePlan | null {
  if (resourceType === 'Observation') {
    return { kind: 'split', param: 'category', values: OBSERVATION_CATEGORIES, joined: false, catchAll: true }
  }
  if (resourceType === 'Condition') {
    return { kind: 'split', param: 'category', values: CONDITION_CATEGORIES, joined: false, catchAll: true }
  }
  if (resourceType === 'MedicationRequest') {
    return { kind: 'split', param: 'intent', values: MEDICATION_REQUEST_INTENTS, joined: true, catchAll: false }
  }
  return null
}

/**
 * The searches a plan sends, in order.
 * @param plan - the type's plan
 * @param patientId - the patient's id
 * @param pageSize - `_count` of each search
 * @returns the searches
 */
export function planSearches(plan: TypePlan, patientId: string, pageSize: number): PlannedSearch[] {
  const base = { patient: `Patient/${patientId}`, _count: pageSize }
  if (plan.kind === 'patient') return [{ params: base, covers: null }]
  if (plan.joined) return [{ params: { ...base, [plan.param]: plan.values.join(',') }, covers: plan.values.join(',') }]
  const searches: PlannedSearch[] = plan.values.map((value) => ({
    params: { ...base, [plan.param]: value },
    covers: value,
  }))
  if (plan.catchAll) searches.push({ params: { ...base, [`${plan.param}:not`]: [...plan.values] }, covers: 'other' })
  return searches
}
