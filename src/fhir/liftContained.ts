import { RECORD_TYPES } from '../timeline/recordTypes.ts'
import type { Reference, Resource } from '@medplum/fhirtypes'
import { isResource } from './narrow.ts'
import { rewriteReferences } from './rewriteReferences.ts'

const SHOWN_TYPES: ReadonlySet<string> = new Set(RECORD_TYPES)

/** The resources with their contained resources lifted out, and how many could not be. */
export interface LiftedContained {
  readonly resources: Resource[]
  /** Contained resources given their own id under their container. */
  readonly lifted: number
  /** How many of the lifted resources are of a record type the twin shows (src/timeline/recordTypes.ts). */
  readonly liftedRecords: number
  /** Contained resources left where they were (no usable id, a Patient, or a container that was entered in error). */
  readonly kept: number
  /** Why the kept ones were kept, in plain words that read after "kept:", in first-seen order. */
  readonly keptBecause: readonly string[]
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/

const BECAUSE = {
  containerId: 'held by a record without an id',
  enteredInError: 'held by a record entered in error',
  noId: 'without an id',
  patient: 'a patient, which is never taken from inside another record',
  clash: "an id that would be too long or the same as another record's",
  unreferenced: 'not referenced by the record that holds it, so ignored',
} as const
type Because = (typeof BECAUSE)[keyof typeof BECAUSE]

// The R4 field that names the patient, for the clinical types that have one (subject or patient).
const PATIENT_FIELD: Readonly<Record<string, 'subject' | 'patient'>> = {
  Observation: 'subject',
  Condition: 'subject',
  Procedure: 'subject',
  DiagnosticReport: 'subject',
  Encounter: 'subject',
  MedicationRequest: 'subject',
  MedicationStatement: 'subject',
  MedicationAdministration: 'subject',
  MedicationDispense: 'subject',
  ServiceRequest: 'subject',
  CarePlan: 'subject',
  CareTeam: 'subject',
  Goal: 'subject',
  DocumentReference: 'subject',
  ImagingStudy: 'subject',
  QuestionnaireResponse: 'subject',
  RiskAssessment: 'subject',
  ClinicalImpression: 'subject',
  DeviceRequest: 'subject',
  DeviceUseStatement: 'subject',
  Specimen: 'subject',
  Media: 'subject',
  Flag: 'subject',
  AllergyIntolerance: 'patient',
  Immunization: 'patient',
  FamilyMemberHistory: 'patient',
  NutritionOrder: 'patient',
}

/**
 * Decision (issue 13 item 5): contained resources get stable ids under their container and are read as resources of
 * the file. A resource contained as `#med1` in `MedicationRequest/mr1` becomes `Medication/mr1.med1`; every `#med1`
 * reference in the container and in its other contained resources is rewritten to it, and `#` (the container
 * itself) to `MedicationRequest/mr1`. So a contained Medication names the medication, a DiagnosticReport's
 * contained Observations are findings and a contained Practitioner resolves, all through the normaliser's ordinary
 * `Type/id` lookups. A lifted clinical resource that names no patient is given its container's (the container's
 * `subject` or `patient`, or the container itself when it is a Patient), so a resource contained in another
 * patient's record stays that patient's. The container keeps its `contained` array as recorded. Not lifted (left as
 * recorded, where the normaliser still reads a contained Medication by `#id`): contained resources that nothing in
 * their container refers to and that do not refer to it (dom-3; C10: ignored), contained resources without an id,
 * ids that would be longer than 64 characters or clash with a resource of the file, contained Patients (a file's
 * patient is never taken from inside another resource), and everything contained in a container without an id or
 * one entered in error (by `status`, `clinicalStatus` or `verificationStatus`).
 * @param resources - the file's resources, ids already settled
 */
export function liftContained(resources: readonly Resource[]): LiftedContained {
  const taken = new Set(resources.map((r) => `${r.resourceType}/${r.id ?? ''}`))
  const out: Resource[] = []
  const because = new Set<Because>()
  let lifted = 0
  let liftedRecords = 0
  let kept = 0
  for (const container of resources) {
    const contained: unknown = (container as { contained?: unknown }).contained
    if (!Array.isArray(contained) || contained.length === 0) {
      out.push(container)
      continue
    }
    const liftable = liftableOf(container, contained as unknown[], taken, because)
    kept += contained.length - liftable.size
    if (liftable.size === 0) {
      out.push(container)
      continue
    }
    const rewrite = (reference: string): string => {
      if (reference === '#') return `${container.resourceType}/${container.id ?? ''}`
      return reference.startsWith('#') ? (liftable.get(reference.slice(1))?.reference ?? reference) : reference
    }
    out.push(rewriteReferences(container, rewrite, 'contained') as Resource)
    const patient = patientOf(container)
    for (const { resource, id } of liftable.values()) {
      out.push(withPatient(rewriteReferences({ ...resource, id }, rewrite) as Resource, patient))
      lifted++
      if (SHOWN_TYPES.has(resource.resourceType)) liftedRecords++
    }
  }
  return { resources: out, lifted, liftedRecords, kept, keptBecause: [...because] }
}

interface Liftable {
  readonly resource: Resource
  readonly id: string
  readonly reference: string
}

/** The contained resources of one container that can be lifted, by their local id; claims their new references. */
function liftableOf(
  container: Resource,
  contained: readonly unknown[],
  taken: Set<string>,
  because: Set<Because>,
): Map<string, Liftable> {
  const out = new Map<string, Liftable>()
  const referenced = localReferences(container)
  const containerId = container.id
  if (typeof containerId !== 'string' || containerId === '') {
    because.add(BECAUSE.containerId)
    return out
  }
  if (isEnteredInError(container)) {
    because.add(BECAUSE.enteredInError)
    return out
  }
  for (const resource of contained) {
    if (!isResource(resource) || resource.resourceType === 'Patient') {
      because.add(isResource(resource) ? BECAUSE.patient : BECAUSE.noId)
      continue
    }
    const local = resource.id
    if (typeof local !== 'string' || local === '' || out.has(local)) {
      because.add(typeof local !== 'string' || local === '' ? BECAUSE.noId : BECAUSE.clash)
      continue
    }
    // C10 (dom-3): a contained resource that nothing in its container refers to, and that does not refer to its
    // container (`#`), is not a record of the file: it is left where it is and ignored.
    if (!referenced.has(local) && !localReferences(resource).has('')) {
      because.add(BECAUSE.unreferenced)
      continue
    }
    const id = `${containerId}.${local}`
    const reference = `${resource.resourceType}/${id}`
    if (!FHIR_ID.test(id) || taken.has(reference)) {
      because.add(BECAUSE.clash)
      continue
    }
    taken.add(reference)
    out.set(local, { resource, id, reference })
  }
  return out
}

/**
 * The local ids (`#id` without the `#`) referred to anywhere in a value (a container with its contained resources,
 * or one contained resource); `''` stands for `#`, the container itself.
 */
function localReferences(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) localReferences(item, out)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'reference' && typeof item === 'string' && item.startsWith('#')) {
        out.add(item.slice(1))
      } else localReferences(item, out)
    }
  }
  return out
}

/** Whether a status, clinicalStatus or verificationStatus (a code or a CodeableConcept) says entered-in-error. */
function isEnteredInError(resource: Resource): boolean {
  const fields = resource as { status?: unknown; clinicalStatus?: unknown; verificationStatus?: unknown }
  return [fields.status, fields.clinicalStatus, fields.verificationStatus].some((value) => {
    if (value === 'entered-in-error') return true
    const coding: unknown = typeof value === 'object' && value !== null ? (value as { coding?: unknown }).coding : null
    return Array.isArray(coding) && coding.some((c) => (c as { code?: unknown } | null)?.code === 'entered-in-error')
  })
}

/** The container's patient reference: itself when it is a Patient, else its `subject` or `patient`. */
function patientOf(container: Resource): Reference | null {
  if (container.resourceType === 'Patient') return { reference: `Patient/${container.id ?? ''}` }
  const { subject, patient } = container as { subject?: unknown; patient?: unknown }
  const named = subject ?? patient
  return typeof named === 'object' && named !== null && !Array.isArray(named) ? named : null
}

/** The lifted resource with its container's patient, when its type names one and it records none. */
function withPatient(resource: Resource, patient: Reference | null): Resource {
  const field = PATIENT_FIELD[resource.resourceType]
  if (patient === null || field === undefined) return resource
  const recorded = resource as { subject?: unknown; patient?: unknown }
  if (recorded.subject !== undefined || recorded.patient !== undefined) return resource
  return { ...resource, [field]: patient }
}
