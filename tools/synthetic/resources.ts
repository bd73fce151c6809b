/**
 * FHIR R4 resource builders of the synthetic record (tools/syntheticRecord.ts), shaped as Synthea writes them:
 * urn:uuid references to the Patient and the Encounter, codings with system, code and display, UCUM quantities.
 */
import type {
  CodeableConcept,
  Condition,
  DiagnosticReport,
  Encounter,
  Immunization,
  MedicationRequest,
  Observation,
  Patient,
  Procedure,
  Reference,
} from '@medplum/fhirtypes'
import type { Random } from './random.ts'

export const SNOMED = 'http://snomed.info/sct'
export const LOINC = 'http://loinc.org'
const UCUM = 'http://unitsofmeasure.org'

/** What every resource of one visit shares: the source of ids, the patient, the encounter and the instant. */
export interface VisitContext {
  readonly random: Random
  readonly patient: Reference<Patient>
  readonly encounter: Reference<Encounter>
  /** ISO instant of the visit. */
  readonly at: string
}

/** A concept with one coding and the same text. */
export function concept(system: string, code: string, display: string): CodeableConcept {
  return { coding: [{ system, code, display }], text: display }
}

function category(code: string): CodeableConcept[] {
  const system = 'http://terminology.hl7.org/CodeSystem/observation-category'
  return [{ coding: [{ system, code, display: code }] }]
}

/** An encounter (ambulatory, finished) of one hour at `at`. */
export function encounter(
  id: string,
  patient: Reference<Patient>,
  at: string,
  code: string,
  display: string,
): Encounter {
  const end = new Date(Date.parse(at) + 3_600_000).toISOString()
  return {
    resourceType: 'Encounter',
    id,
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    type: [concept(SNOMED, code, display)],
    subject: patient,
    period: { start: at, end },
  }
}

/** A numeric observation with a UCUM quantity. */
export function quantityObservation(
  visit: VisitContext,
  loinc: string,
  display: string,
  value: number,
  unit: string,
  kind: 'vital-signs' | 'laboratory' | 'survey',
): Observation {
  return {
    resourceType: 'Observation',
    id: visit.random.uuid(),
    status: 'final',
    category: category(kind),
    code: concept(LOINC, loinc, display),
    subject: visit.patient,
    encounter: visit.encounter,
    effectiveDateTime: visit.at,
    issued: visit.at,
    valueQuantity: { value, unit, system: UCUM, code: unit },
  }
}

/** The blood-pressure panel with systolic and diastolic components. */
export function bloodPressure(
  visit: VisitContext,
  panel: readonly [string, string],
  parts: readonly (readonly [string, string, number])[],
): Observation {
  return {
    resourceType: 'Observation',
    id: visit.random.uuid(),
    status: 'final',
    category: category('vital-signs'),
    code: concept(LOINC, panel[0], panel[1]),
    subject: visit.patient,
    encounter: visit.encounter,
    effectiveDateTime: visit.at,
    issued: visit.at,
    component: parts.map(([code, display, value]) => ({
      code: concept(LOINC, code, display),
      valueQuantity: { value, unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' },
    })),
  }
}

/** A coded observation (smoking status). */
export function codedObservation(
  visit: VisitContext,
  loinc: string,
  display: string,
  value: CodeableConcept,
): Observation {
  return {
    resourceType: 'Observation',
    id: visit.random.uuid(),
    status: 'final',
    category: category('social-history'),
    code: concept(LOINC, loinc, display),
    subject: visit.patient,
    encounter: visit.encounter,
    effectiveDateTime: visit.at,
    issued: visit.at,
    valueCodeableConcept: value,
  }
}

/** A laboratory report that lists its results. */
export function report(
  visit: VisitContext,
  code: string,
  display: string,
  results: readonly Observation[],
): DiagnosticReport {
  return {
    resourceType: 'DiagnosticReport',
    id: visit.random.uuid(),
    status: 'final',
    category: [concept('http://terminology.hl7.org/CodeSystem/v2-0074', 'LAB', 'Laboratory')],
    code: concept(LOINC, code, display),
    subject: visit.patient,
    encounter: visit.encounter,
    effectiveDateTime: visit.at,
    issued: visit.at,
    result: results.map((r) => ({ reference: `urn:uuid:${r.id ?? ''}`, display: r.code.text ?? '' })),
  }
}

/** A condition, confirmed; resolved with an abatement date when `abatedAt` is given. */
export function condition(visit: VisitContext, code: string, display: string, abatedAt: string | null): Condition {
  const clinical = abatedAt === null ? 'active' : 'resolved'
  return {
    resourceType: 'Condition',
    id: visit.random.uuid(),
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: clinical }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    category: [
      concept('http://terminology.hl7.org/CodeSystem/condition-category', 'encounter-diagnosis', 'Encounter Diagnosis'),
    ],
    code: concept(SNOMED, code, display),
    subject: visit.patient,
    encounter: visit.encounter,
    onsetDateTime: visit.at,
    ...(abatedAt === null ? {} : { abatementDateTime: abatedAt }),
    recordedDate: visit.at,
  }
}

/** A completed procedure of 30 minutes, with an optional reason. */
export function procedure(
  visit: VisitContext,
  code: string,
  display: string,
  reason?: Reference<Condition>,
): Procedure {
  const end = new Date(Date.parse(visit.at) + 1_800_000).toISOString()
  return {
    resourceType: 'Procedure',
    id: visit.random.uuid(),
    status: 'completed',
    code: concept(SNOMED, code, display),
    subject: visit.patient,
    encounter: visit.encounter,
    performedPeriod: { start: visit.at, end },
    ...(reason === undefined ? {} : { reasonReference: [reason] }),
  }
}

/** A medication order (RxNorm) for a condition. */
export function medicationRequest(
  visit: VisitContext,
  rxnorm: string,
  display: string,
  reason: Reference<Condition>,
  status: 'active' | 'stopped' | 'completed',
): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: visit.random.uuid(),
    status,
    intent: 'order',
    medicationCodeableConcept: concept('http://www.nlm.nih.gov/research/umls/rxnorm', rxnorm, display),
    subject: visit.patient,
    encounter: visit.encounter,
    authoredOn: visit.at,
    reasonReference: [reason],
  }
}

/** A completed vaccination (CVX). */
export function immunization(visit: VisitContext, cvx: string, display: string): Immunization {
  return {
    resourceType: 'Immunization',
    id: visit.random.uuid(),
    status: 'completed',
    vaccineCode: concept('http://hl7.org/fhir/sid/cvx', cvx, display),
    patient: visit.patient,
    encounter: visit.encounter,
    occurrenceDateTime: visit.at,
    primarySource: true,
  }
}
