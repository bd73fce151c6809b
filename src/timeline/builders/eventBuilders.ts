/**
 * The builder registry: record type -> the function that turns one kept resource of that type into its event.
 */
import type { ClinicalEvent } from '../types.ts'
import type { KeptResource } from '../keptResource.ts'
import { RECORD_TYPES, type RecordType } from '../recordTypes.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { toAllergy } from './toAllergy.ts'
import { toCarePlan } from './toCarePlan.ts'
import { toCondition } from './toCondition.ts'
import { toEncounter } from './toEncounter.ts'
import { toFamilyHistory } from './toFamilyHistory.ts'
import { toImmunization } from './toImmunization.ts'
import { toMedication } from './toMedication.ts'
import { toObservation } from './toObservation.ts'
import { toProcedure } from './toProcedure.ts'
import { toReport } from './toReport.ts'

/** Turns one kept resource into its event; 'entered-in-error' when its status hides it. */
export type EventBuilder = (context: ReferenceContext, kept: KeptResource) => ClinicalEvent | 'entered-in-error'

// One builder per record type: a record type without a builder (or a builder for another type) fails to compile.
const BUILDER_OF: Readonly<Record<RecordType, EventBuilder>> = {
  Condition: toCondition,
  Procedure: toProcedure,
  Observation: toObservation,
  MedicationRequest: toMedication,
  MedicationStatement: toMedication,
  AllergyIntolerance: toAllergy,
  Immunization: toImmunization,
  FamilyMemberHistory: toFamilyHistory,
  Encounter: toEncounter,
  DiagnosticReport: toReport,
  CarePlan: toCarePlan,
}

/** The builder of each record type, looked up by the recorded resourceType. */
export const EVENT_BUILDERS: ReadonlyMap<string, EventBuilder> = new Map<string, EventBuilder>(
  RECORD_TYPES.map((type) => [type, BUILDER_OF[type]]),
)
