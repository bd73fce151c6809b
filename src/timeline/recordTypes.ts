/**
 * The record types, owned here once: the FHIR resource types that make up a patient's record and the record-view
 * section each one's events are listed under. src/fhir searches these types, the normaliser has one builder per type
 * and the SMART client asks a read scope for each.
 */
import type { EventKind } from './types.ts'

/** The resource types that make up a record, in the order the record view lists them. */
export const RECORD_TYPES = [
  'Condition',
  'Procedure',
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'AllergyIntolerance',
  'Immunization',
  'FamilyMemberHistory',
  'Encounter',
  'DiagnosticReport',
  'CarePlan',
] as const

/** One of the record types. */
export type RecordType = (typeof RECORD_TYPES)[number]

/** The record-view section (event kind) of each record type. */
export const RECORD_TYPE_SECTION: Readonly<Record<RecordType, EventKind>> = Object.freeze({
  Condition: 'condition',
  Procedure: 'procedure',
  Observation: 'observation',
  MedicationRequest: 'medication',
  MedicationStatement: 'medication',
  AllergyIntolerance: 'allergy',
  Immunization: 'immunization',
  FamilyMemberHistory: 'family-history',
  Encounter: 'encounter',
  DiagnosticReport: 'diagnostic-report',
  CarePlan: 'care-plan',
})
