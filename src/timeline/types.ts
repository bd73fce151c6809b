/**
 * The normalised clinical record: what src/timeline produces from raw FHIR R4 resources and every later layer reads.
 * Plain, serialisable data only. Dates stay as recorded (ISO strings, possibly partial); panels format them.
 */

/** How precisely a recorded date is known. */
export type Precision = 'year' | 'month' | 'day' | 'time'

/** The FHIR element a clinical time was read from. */
export type TimeSource =
  | 'onsetDateTime'
  | 'onsetPeriod'
  | 'onsetAge'
  | 'onsetRange'
  | 'onsetString'
  | 'abatementDateTime'
  | 'abatementPeriod'
  | 'abatementAge'
  | 'abatementRange'
  | 'abatementString'
  | 'abatementBoolean'
  | 'performedDateTime'
  | 'performedPeriod'
  | 'performedString'
  | 'effectiveDateTime'
  | 'effectivePeriod'
  | 'effectiveInstant'
  | 'issued'
  | 'occurrenceDateTime'
  | 'occurrenceString'
  | 'authoredOn'
  | 'dateAsserted'
  | 'recordedDate'
  | 'period'
  | 'date'

/** A recorded point in time, kept as written: '2019', '2019-05', '2019-05-03', '2019-05-03T10:00:00+02:00'. */
export interface RecordedDate {
  /** The string exactly as recorded (trimmed). */
  readonly value: string
  readonly precision: Precision
}

/** A quantity of age as recorded (onsetAge); never converted to a date without an explicit rule. */
export interface RecordedAge {
  readonly value: number
  readonly unit: string
}

/**
 * Clinical time of an event. Never derived from meta.lastUpdated.
 * - instant: a single recorded date (start === end).
 * - period: start and/or end recorded (either may be null: an open period).
 * - unknown: no usable date; `text` and `age` keep what the record said instead ("childhood", age 45).
 */
export interface ClinicalTime {
  readonly kind: 'instant' | 'period' | 'unknown'
  /** Precision of the most precise recorded bound; null when kind is unknown. */
  readonly precision: Precision | null
  readonly start: RecordedDate | null
  readonly end: RecordedDate | null
  /** Which FHIR element this came from; null when nothing was recorded. */
  readonly source: TimeSource | null
  /** onsetString / abatementString / performedString as recorded. */
  readonly text: string | null
  /** onsetAge / abatementAge (or the low end of an age Range) as recorded. */
  readonly age: RecordedAge | null
  /** True when a recorded date string is not a valid calendar date (shown as recorded with an "unusual date" note). */
  readonly unusual: boolean
}

/** One coding, keyed `system|code` (system '' when the record gave none: such codes are never looked up). */
export interface Code {
  readonly system: string | null
  readonly code: string
  readonly display: string | null
  /** `${system ?? ''}|${code}`, with known system aliases normalised (urn:oid SNOMED -> http://snomed.info/sct). */
  readonly key: string
}

/** A CodeableConcept reduced to its codes and its human text. */
export interface Concept {
  readonly codes: readonly Code[]
  /** CodeableConcept.text, else the first coding display, else null. */
  readonly text: string | null
}

/** Where an event came from: enough to show "why here?" and open the source. */
export interface SourceRef {
  readonly resourceType: string
  readonly id: string
  /** `${resourceType}/${id}` */
  readonly reference: string
  /** meta.versionId if recorded. */
  readonly versionId: string | null
}

export type EventKind =
  | 'condition'
  | 'procedure'
  | 'observation'
  | 'medication'
  | 'allergy'
  | 'immunization'
  | 'family-history'
  | 'encounter'
  | 'diagnostic-report'
  | 'care-plan'

interface EventBase {
  /** Stable id: the source reference (`Condition/abc`). */
  readonly id: string
  readonly kind: EventKind
  readonly source: SourceRef
  /** The event's main concept (Condition.code, Observation.code, ...). */
  readonly concept: Concept
  /** Display text: concept text, else "(no code)"-style fallback chosen by the normaliser. */
  readonly text: string
  /** Clinical time (onset / performed / effective / occurrence / period). */
  readonly time: ClinicalTime
  /** recordedDate / authoredOn / issued / dateAsserted as recorded, else null. */
  readonly recorded: RecordedDate | null
  /** Encounter reference (`Encounter/id`) the event came from, if any. */
  readonly encounter: string | null
  /** Status exactly as recorded for resources with a plain status code (Procedure.status, Observation.status...). */
  readonly status: string | null
  /** Notes the normaliser attached: "record inconsistent: abated but active", "STU3 shape adapted", ... */
  readonly notes: readonly string[]
}

export type ClinicalStatus = 'active' | 'recurrence' | 'relapse' | 'inactive' | 'remission' | 'resolved'
export type VerificationStatus = 'unconfirmed' | 'provisional' | 'differential' | 'confirmed' | 'refuted'

export interface ConditionEvent extends EventBase {
  readonly kind: 'condition'
  /** null: status not recorded (never assumed active). */
  readonly clinicalStatus: ClinicalStatus | null
  /** null: not recorded. entered-in-error never reaches the record (dropped and counted). */
  readonly verificationStatus: VerificationStatus | null
  readonly abatement: ClinicalTime
  /** Category codes (problem-list-item, encounter-diagnosis, health-concern, ...). */
  readonly categories: readonly string[]
  readonly bodySites: readonly Concept[]
  readonly severity: Concept | null
}

export interface ProcedureEvent extends EventBase {
  readonly kind: 'procedure'
  readonly bodySites: readonly Concept[]
  /** reasonReference references (`Condition/id`). */
  readonly reasonReferences: readonly string[]
  readonly reasonCodes: readonly Concept[]
}

export type ObservationValue =
  | {
      readonly type: 'quantity'
      readonly value: number
      readonly unit: string | null
      readonly system: string | null
      readonly code: string | null
      readonly comparator: string | null
    }
  | { readonly type: 'concept'; readonly concept: Concept }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'integer'; readonly value: number }

export interface ReferenceRange {
  readonly low: { readonly value: number; readonly unit: string | null } | null
  readonly high: { readonly value: number; readonly unit: string | null } | null
  readonly text: string | null
}

export interface ObservationComponent {
  readonly concept: Concept
  readonly value: ObservationValue | null
  readonly referenceRanges: readonly ReferenceRange[]
  readonly interpretation: readonly Concept[]
}

export interface ObservationEvent extends EventBase {
  readonly kind: 'observation'
  readonly categories: readonly string[]
  readonly value: ObservationValue | null
  readonly components: readonly ObservationComponent[]
  readonly referenceRanges: readonly ReferenceRange[]
  readonly interpretation: readonly Concept[]
  readonly bodySite: Concept | null
}

export interface MedicationEvent extends EventBase {
  readonly kind: 'medication'
  readonly resourceType: 'MedicationRequest' | 'MedicationStatement'
  readonly reasonReferences: readonly string[]
  readonly reasonCodes: readonly Concept[]
}

export interface AllergyEvent extends EventBase {
  readonly kind: 'allergy'
  readonly clinicalStatus: string | null
  readonly verificationStatus: string | null
  readonly categories: readonly string[]
  readonly criticality: string | null
}

export interface ImmunizationEvent extends EventBase {
  readonly kind: 'immunization'
}

export interface FamilyCondition {
  readonly concept: Concept
  readonly text: string
  readonly onset: ClinicalTime
  readonly outcome: Concept | null
}

export interface FamilyHistoryEvent extends EventBase {
  readonly kind: 'family-history'
  readonly relationship: Concept
  readonly conditions: readonly FamilyCondition[]
}

export interface EncounterEvent extends EventBase {
  readonly kind: 'encounter'
  /** Encounter.class code (AMB, EMER, IMP...). */
  readonly encounterClass: string | null
  readonly reasonCodes: readonly Concept[]
}

export interface DiagnosticReportEvent extends EventBase {
  readonly kind: 'diagnostic-report'
  readonly results: readonly string[]
}

export interface CarePlanEvent extends EventBase {
  readonly kind: 'care-plan'
  readonly categories: readonly Concept[]
  readonly addresses: readonly string[]
}

export type ClinicalEvent =
  | ConditionEvent
  | ProcedureEvent
  | ObservationEvent
  | MedicationEvent
  | AllergyEvent
  | ImmunizationEvent
  | FamilyHistoryEvent
  | EncounterEvent
  | DiagnosticReportEvent
  | CarePlanEvent

export interface PatientSummary {
  readonly id: string
  readonly reference: string
  /** Display name built from the official/usual HumanName, or null if none recorded. */
  readonly name: string | null
  readonly gender: 'male' | 'female' | 'other' | 'unknown' | null
  readonly birthDate: RecordedDate | null
  /** deceasedDateTime, or `true` for deceasedBoolean, or null. */
  readonly deceased: RecordedDate | true | null
}

/** Why a resource was not turned into an event. Counted and disclosed, never silently dropped. */
export type HiddenReason =
  | 'entered-in-error'
  | 'other-patient'
  | 'unsupported-type'
  | 'invalid'
  | 'duplicate'
  /** C32: labelled restricted or very restricted in meta.security (src/timeline/sensitivity.ts). */
  | 'sensitive'

export interface HiddenItem {
  readonly reference: string
  readonly reason: HiddenReason
  /** A short plain-language explanation, no PHI beyond the reference. */
  readonly detail: string
}

export interface NormalisedRecord {
  readonly patient: PatientSummary | null
  /** The "information as of" instant passed in by the caller (ISO string). */
  readonly asOf: string
  readonly conditions: readonly ConditionEvent[]
  readonly procedures: readonly ProcedureEvent[]
  readonly observations: readonly ObservationEvent[]
  readonly medications: readonly MedicationEvent[]
  readonly allergies: readonly AllergyEvent[]
  readonly immunizations: readonly ImmunizationEvent[]
  readonly familyHistory: readonly FamilyHistoryEvent[]
  readonly encounters: readonly EncounterEvent[]
  readonly reports: readonly DiagnosticReportEvent[]
  readonly carePlans: readonly CarePlanEvent[]
  /** Resources deliberately not shown, with the reason (entered-in-error, other patient, ...). */
  readonly hidden: readonly HiddenItem[]
}

export interface NormaliseOptions {
  /** "Information as of" instant (ISO). The normaliser never reads the clock. */
  readonly asOf: string
  /** If given, resources whose subject/patient is another patient are hidden as 'other-patient'. */
  readonly patientId?: string
}
