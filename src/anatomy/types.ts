/**
 * Output of the organ mapping: which recorded findings are shown where on the body, and why.
 * Plain, serialisable data only (ids, strings, numbers); the scene and panels read it, never the raw record.
 */
import type { OrganId } from './organIds.ts'
import type { ClinicalStatus, ReferenceRange, SourceRef, VerificationStatus } from '../timeline/types.ts'

/** Places that are not one GLB node: the whole person (mental health) and the whole body (systemic states). */
export type RegionId = 'mind' | 'whole_body'

/** Anything a finding can be shown at: an organ node or a non-organ region. */
export type PlaceId = OrganId | RegionId

/** Which rule layer placed a finding (first match wins, in this order for conditions). */
export type RuleLayer = 'status' | 'bodySite' | 'codeTable' | 'icd10' | 'keyword' | 'reason' | 'none'

/** How the placement was reached: recorded by the source, looked up in a reviewed table, or a keyword match. */
export type Confidence = 'recorded' | 'table' | 'keyword'

/** Where a side came from; null when no side was recorded. */
export type LateralitySource = 'bodySite' | 'text' | null

/** The patient's recorded sex as far as the mapping needs it (sex-specific organs). */
export type MappingSex = 'female' | 'male' | 'other' | 'unknown'

/** What kind of record a finding came from. */
export type FindingKind = 'condition' | 'procedure' | 'medication'

/** The outcome of the ordered resolver for one code or concept. */
export type Decision =
  | { readonly kind: 'body'; readonly places: readonly PlaceId[]; readonly secondary: readonly PlaceId[] }
  | { readonly kind: 'context' }
  | { readonly kind: 'unplaced'; readonly why: UnplacedReason }

/** Why a finding is listed but not placed on the body. */
export type UnplacedReason =
  | 'no-rule'
  | 'no-body-site-in-code'
  | 'sex-not-recorded'
  | 'no-code-or-text'
  | 'reason-not-placed'
  | 'no-reason-recorded'

/** The rule that decided a finding's place: enough for "why here?" in the UI. */
export interface RuleHit {
  /** Stable rule id, e.g. `snomed:44054006`, `icd10:E11`, `icd10-block:E08-E13`, `keyword:lung`, `bodySite:39607008`. */
  readonly ruleId: string
  readonly layer: RuleLayer
  readonly confidence: Confidence
  /** The code the rule matched (`system|code`), or null for keyword and status rules. */
  readonly matchedKey: string | null
  /** Plain, factual sentence shown in the UI: where and why (never a judgement about the person). */
  readonly reason: string
}

/** One recorded finding placed on the body (or in the mind / whole-body regions). */
export interface Placement {
  /** The finding id: the source reference (`Condition/abc`). */
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  /** The record's own text for the finding (shown as quoted record text). */
  readonly text: string
  /** Primary places (organ nodes and/or regions). */
  readonly places: readonly PlaceId[]
  /** Secondary places named by the table row (shown as "also concerns"), never painted as the primary finding. */
  readonly secondary: readonly PlaceId[]
  readonly rule: RuleHit
  /** Recorded side, or null: "side not recorded" when the places include a paired organ. */
  readonly laterality: 'left' | 'right' | 'both' | null
  readonly lateralitySource: LateralitySource
  /** True for provisional, differential or unconfirmed conditions, or codes that themselves record a suspicion. */
  readonly suspected: boolean
  readonly clinicalStatus: ClinicalStatus | null
  readonly verificationStatus: VerificationStatus | null
  /** Clinical start (onset / performed / authored) as recorded, or null. */
  readonly date: string | null
  /** For procedures and medications: the condition ids they were linked through (reasonReference), if any. */
  readonly linkedConditions: readonly string[]
}

/** A finding listed under "life and context" (social, lifestyle, administrative): never on an organ. */
export interface ContextItem {
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  readonly text: string
  readonly rule: RuleHit
  readonly date: string | null
}

/** A finding the mapping could not (or deliberately does not) place on the body; the UI lists it. */
export interface UnplacedItem {
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  readonly text: string
  readonly why: UnplacedReason
  /** Plain sentence explaining why it is not on the body. */
  readonly reason: string
  /** The record's codes (`system|code`), for the clinician view and the mapping report. */
  readonly codes: readonly string[]
  readonly date: string | null
}

/** A refuted condition: never shown as present; listed only in a labelled "ruled out" section. */
export interface RuledOutItem {
  readonly id: string
  readonly source: SourceRef
  readonly text: string
  readonly reason: string
  readonly date: string | null
}

/** One condition in a relative's recorded history. */
export interface FamilyHistoryItem {
  /** `${FamilyMemberHistory reference}#${index}` */
  readonly id: string
  readonly source: SourceRef
  /** The relationship as recorded (text, e.g. "Father"). */
  readonly relationship: string
  /** The relationship code (v3-RoleCode), or null. */
  readonly relationshipCode: string | null
  readonly condition: string
  /** Onset age as recorded ("45 a"), or null. */
  readonly onsetAge: string | null
  /** Organs the relative's condition concerns, shown only as "family history of", never as the patient's finding. */
  readonly places: readonly PlaceId[]
  readonly rule: RuleHit | null
}

/** One recorded value of a risk factor, kept as recorded. */
export interface RiskFactorValue {
  readonly observationId: string
  readonly date: string | null
  /** A number for quantities, else the recorded text (coded values keep their display). */
  readonly value: number | string
  readonly unit: string | null
  readonly comparator: string | null
  /** The code of a coded value (`system|code`), e.g. a smoking-status SNOMED code, else null. */
  readonly valueCode: string | null
  /** The source's own reference ranges and interpretation, as recorded. */
  readonly referenceRanges: readonly ReferenceRange[]
  readonly interpretation: readonly string[]
}

/** A recorded risk factor: the series of recorded values and the organs it concerns. */
export interface RiskFactor {
  /** Factor id from the LOINC table, e.g. `bmi`, `systolic_bp`. */
  readonly factor: string
  readonly label: string
  /** Organs the factor concerns (facts shown there, never a finding about the organ). */
  readonly places: readonly PlaceId[]
  /** True when the factor belongs under life and context (smoking, alcohol). */
  readonly context: boolean
  /** Id of the static, cited guideline table (GUIDELINES), or null. Never applied to the person's value. */
  readonly guideline: string | null
  /** Recorded values, oldest first (undated values last, in record order). */
  readonly series: readonly RiskFactorValue[]
}

/** Counts of findings not placed, by reason, for the "N records not shown - why?" disclosure. */
export interface HiddenCounts {
  /** Conditions with verificationStatus refuted (listed under ruledOut, never as present). */
  readonly refuted: number
  /** Entered-in-error resources (dropped by the normaliser and counted in record.hidden). */
  readonly enteredInError: number
}

/** The whole mapping result for one patient. */
export interface TwinMap {
  readonly placements: readonly Placement[]
  /** Organ or region -> finding ids with that place as primary (in record order). */
  readonly byOrgan: Readonly<Partial<Record<PlaceId, readonly string[]>>>
  /** Organ or region -> finding ids with that place as secondary. */
  readonly secondaryByOrgan: Readonly<Partial<Record<PlaceId, readonly string[]>>>
  /** Finding ids placed in the whole-person mind region. */
  readonly mind: readonly string[]
  /** Finding ids placed in the whole-body region. */
  readonly wholeBody: readonly string[]
  readonly lifeAndContext: readonly ContextItem[]
  readonly unplaced: readonly UnplacedItem[]
  readonly ruledOut: readonly RuledOutItem[]
  readonly familyHistory: readonly FamilyHistoryItem[]
  /** Organ or region -> family-history item ids ("family history of"), kept apart from byOrgan. */
  readonly familyByOrgan: Readonly<Partial<Record<PlaceId, readonly string[]>>>
  readonly riskFactors: readonly RiskFactor[]
  readonly hidden: HiddenCounts
}

/** Options for mapRecord. */
export interface MapOptions {
  /** Overrides the record's Patient.gender for sex-specific organs. */
  readonly sex?: MappingSex
}
