/**
 * The status vocabulary of Condition and AllergyIntolerance: the code systems a status coding may use (the R4 URI,
 * the pre-R4 one, or none) and the codes recognised for each status element.
 */
import { SYSTEMS } from './codes.ts'
import { ACTIVE_CLINICAL_STATUSES, ENDED_CLINICAL_STATUSES, SUSPECTED_VERIFICATION_STATUSES } from './statusRules.ts'

/** One status element's vocabulary. */
export interface StatusValueSet {
  /** The systems its codings may carry (null: a coding without system). */
  readonly systems: ReadonlySet<string | null>
  /** The codes recognised. */
  readonly codes: ReadonlySet<string>
}

const CONDITION_CLINICAL_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  SYSTEMS.conditionClinical,
  SYSTEMS.stu3ConditionClinical,
])
const CONDITION_VERIFICATION_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  SYSTEMS.conditionVerification,
  SYSTEMS.stu3ConditionVerification,
])
const ALLERGY_CLINICAL_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  SYSTEMS.allergyClinical,
  SYSTEMS.stu3AllergyClinical,
])
const ALLERGY_VERIFICATION_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  SYSTEMS.allergyVerification,
  SYSTEMS.stu3AllergyVerification,
])
// Pre-R4 system URIs: seeing one means the resource was written against STU3 (or an R4 draft).
const STU3_STATUS_SYSTEMS: ReadonlySet<string | null> = new Set([
  SYSTEMS.stu3ConditionClinical,
  SYSTEMS.stu3ConditionVerification,
  SYSTEMS.stu3AllergyClinical,
  SYSTEMS.stu3AllergyVerification,
])

const CLINICAL_STATUSES: ReadonlySet<string> = new Set([...ACTIVE_CLINICAL_STATUSES, ...ENDED_CLINICAL_STATUSES])
const VERIFICATION_STATUSES: ReadonlySet<string> = new Set([...SUSPECTED_VERIFICATION_STATUSES, 'confirmed', 'refuted'])
const ALLERGY_CLINICAL_STATUSES: ReadonlySet<string> = new Set(['active', 'inactive', 'resolved'])
const ALLERGY_VERIFICATION_STATUSES: ReadonlySet<string> = new Set(['unconfirmed', 'confirmed', 'refuted'])

/** The vocabulary of each status element, and the pre-R4 systems whose presence marks an STU3 shape. */
export const STATUS_VOCABULARY = Object.freeze({
  conditionClinical: { systems: CONDITION_CLINICAL_SYSTEMS, codes: CLINICAL_STATUSES } satisfies StatusValueSet,
  conditionVerification: {
    systems: CONDITION_VERIFICATION_SYSTEMS,
    codes: VERIFICATION_STATUSES,
  } satisfies StatusValueSet,
  allergyClinical: { systems: ALLERGY_CLINICAL_SYSTEMS, codes: ALLERGY_CLINICAL_STATUSES } satisfies StatusValueSet,
  allergyVerification: {
    systems: ALLERGY_VERIFICATION_SYSTEMS,
    codes: ALLERGY_VERIFICATION_STATUSES,
  } satisfies StatusValueSet,
  stu3Systems: STU3_STATUS_SYSTEMS,
})
