/**
 * Output of the organ mapping: which recorded findings are shown where on the body, and why.
 * Plain, serialisable data only (ids, strings, numbers); the scene and panels read it, never the raw record.
 * "Why here?" is data too (Reason): the rule, the matched code or keyword rule, the note keys and the values;
 * src/i18n/reasonText.ts turns it into a sentence in the reader's language. No sentence is built here.
 */
import type { OrganId } from './organIds.ts'
import type { NoteId } from './tables/notes.ts'
import type { ClinicalStatus, ReferenceRange, SourceRef, VerificationStatus } from '../timeline/types.ts'

/**
 * Places that are not one GLB node: the whole person (mental health), the whole body (systemic states), the blood
 * and bone marrow (anaemia, coagulation disorders, leukaemias) and the nerves outside the brain and spinal cord
 * (neuropathy). Blood and nerves run through the whole figure, so they are drawn on its outline like the whole body,
 * and listed under their own names.
 */
export type RegionId = 'mind' | 'whole_body' | 'blood' | 'nerves'

/** Anything a finding can be shown at: an organ node or a non-organ region. */
export type PlaceId = OrganId | RegionId

/** Which rule layer placed a finding (first match wins, in this order for conditions). */
export type RuleLayer = 'status' | 'bodySite' | 'codeTable' | 'icd10' | 'keyword' | 'reason' | 'none'

/** How the placement was reached: recorded by the source, looked up in a reviewed table, or a keyword match. */
export type Confidence = 'recorded' | 'table' | 'keyword'

/** Where a side came from (a body site, words in the text, or a code that states it); null when none was recorded. */
export type LateralitySource = 'bodySite' | 'text' | 'code' | null

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
  /** A procedure whose own code names no body part (an injection, an examination) and whose reason is not placed. */
  | 'generic-procedure'
  /** C31: the condition carries a modifierExtension, which may change its meaning; the app does not read it. */
  | 'cannot-interpret'
  /** C14: two of its codings are placed by their own table rows at different parts of the body. */
  | 'codes-disagree'

/** A code the record gives, as a rule matched it. */
interface RecordedCode {
  /** The normalised code system: a canonical URI (SYSTEMS in timeline/codes.ts) or a non-URI name ("ICD10"). */
  readonly system: string
  /** The code value as recorded. */
  readonly code: string
}

/** The record codes the finding itself (a condition, a relative's condition or a recorded reason). */
export interface CodeBasis extends RecordedCode {
  readonly kind: 'code'
  /** The code the table read it as when the recorded code is a known mis-typed form (tables/aliases.ts), else null. */
  readonly alias: string | null
}

/** The record codes a procedure, and the procedure-code table names its place. */
export interface ProcedureCodeBasis extends RecordedCode {
  readonly kind: 'procedure-code'
}

/** The record names a body site (Condition.bodySite, Procedure.bodySite) that the body-site table knows. */
export interface BodySiteBasis extends RecordedCode {
  readonly kind: 'body-site'
}

/** A word in the record text matches a keyword rule (tables/keywordRules.ts). */
export interface KeywordBasis {
  readonly kind: 'keyword'
  /** The keyword rule's own id, e.g. `site.heart` (RuleHit.ruleId adds the `keyword:` prefix). */
  readonly ruleId: string
}

/** What a concept matched by its own codes and text: the basis a recorded reason code carries. */
export type ConceptBasis = CodeBasis | KeywordBasis

/** A procedure or medication placed through its recorded reason code. */
export interface ReasonCodeBasis {
  readonly kind: 'reason-code'
  /** How the reason code itself was matched. */
  readonly reason: ConceptBasis
}

/** How a procedure or medication relates to the condition it names: done for it, or recorded for it. */
export type ReasonVerb = 'done-for' | 'recorded-for'

/** A procedure or medication whose reasonReference points at a placed condition or a life-and-context item. */
export interface ReasonLinkBasis {
  readonly kind: 'reason-link'
  readonly verb: ReasonVerb
  /** What the linked item is: a condition shown on the body, or an item listed under life and context. */
  readonly target: 'condition' | 'context'
}

/** How a rule matched: the part of a reason after "because". */
export type ReasonBasis =
  CodeBasis | ProcedureCodeBasis | BodySiteBasis | KeywordBasis | ReasonCodeBasis | ReasonLinkBasis

/** The note a "shown at" reason ends with: reviewed table notes, or the conditions it is linked to. */
export type ReasonNote =
  | {
      readonly kind: 'table'
      /** Note ids in order (a keyword rule's note is `keyword` followed by its row's own note, if any). */
      readonly keys: readonly NoteId[]
    }
  | {
      readonly kind: 'linked'
      /** The linked condition ids, in record order. */
      readonly conditions: readonly string[]
      /** The places those conditions are shown at. */
      readonly places: readonly PlaceId[]
    }

/** Why a placement is marked not confirmed: its verification status, or a code that itself records a suspicion. */
export type SuspectedBasis = 'provisional' | 'differential' | 'unconfirmed' | 'by-code'

/** A finding shown on the body (or in the mind or whole-body region). */
export interface ShownAtReason {
  readonly kind: 'shown-at'
  /** The primary places, after the recorded side was applied. */
  readonly places: readonly PlaceId[]
  readonly basis: ReasonBasis
  readonly note: ReasonNote
  /** True when the places include a paired organ and the record names no side. */
  readonly sideNotRecorded: boolean
  /** Why it is marked not confirmed, or null when it is not. */
  readonly suspected: SuspectedBasis | null
  /**
   * Set when a recorded body site placed the finding and its own code or text points elsewhere (D4): where that
   * code would place it and how it matched. The recorded body site comes first (docs/mapping.md); both are shown.
   */
  readonly overruled?: OverruledPlace
}

/** Where a finding's own code or text would place it, when a recorded body site placed it elsewhere (D4). */
export interface OverruledPlace {
  readonly places: readonly PlaceId[]
  readonly basis: ReasonBasis
}

/** A finding listed under life and context; its note is always the life-and-context note. */
export interface ContextReason {
  readonly kind: 'context'
  readonly basis: ReasonBasis
  readonly note: 'context'
}

/** A relative's condition listed under family history; its note is always the family-history note. */
export interface FamilyReason {
  readonly kind: 'family'
  /** The places the relative's condition concerns. */
  readonly places: readonly PlaceId[]
  readonly basis: ConceptBasis
  readonly note: 'family'
}

/** A finding the mapping could not (or deliberately does not) place on the body. */
export interface NotPlacedReason {
  readonly kind: 'unplaced'
  readonly why: UnplacedReason
}

/** A condition the record marks as refuted. */
export interface RuledOutReason {
  readonly kind: 'ruled-out'
}

/** The reason a rule gives for where a finding is listed. */
export type RuleReason = ShownAtReason | ContextReason | FamilyReason

/** "Why here?" (or "why not on the body?") as data, for src/i18n/reasonText.ts to put into words. */
export type Reason = RuleReason | NotPlacedReason | RuledOutReason

/** The rule that decided a finding's place: enough for "why here?" in the UI. */
export interface RuleHit<R extends RuleReason = RuleReason> {
  /** Stable rule id, e.g. `snomed:44054006`, `icd10:E11`, `icd10-block:E08-E13`, `keyword:lung`, `bodySite:39607008`. */
  readonly ruleId: string
  readonly layer: RuleLayer
  readonly confidence: Confidence
  /** The code the rule matched (`system|code`), or null for keyword and status rules. */
  readonly matchedKey: string | null
  /** Where and why, as data (never a judgement about the person); src/i18n/reasonText.ts words it. */
  readonly reason: R
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
  readonly rule: RuleHit<ShownAtReason>
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
  /**
   * True when the code records that the part was removed (a history of amputation): the body marks the part as
   * removed and never paints it as a normal part with an active finding.
   */
  readonly removed: boolean
}

/** A finding listed under "life and context" (social, lifestyle, administrative): never on an organ. */
export interface ContextItem {
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  readonly text: string
  readonly rule: RuleHit<ContextReason>
  readonly date: string | null
}

/** A finding the mapping could not (or deliberately does not) place on the body; the UI lists it. */
export interface UnplacedItem {
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  readonly text: string
  readonly why: UnplacedReason
  /** Why it is not on the body, as data (src/i18n/reasonText.ts words it). */
  readonly reason: NotPlacedReason
  /** The record's codes (`system|code`), for the clinician view and the mapping report. */
  readonly codes: readonly string[]
  readonly date: string | null
}

/** A refuted condition: never shown as present; listed only in a labelled "ruled out" section. */
export interface RuledOutItem {
  readonly id: string
  readonly source: SourceRef
  readonly text: string
  /** Why it is listed as ruled out, as data (src/i18n/reasonText.ts words it). */
  readonly reason: RuledOutReason
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
  readonly rule: RuleHit<FamilyReason> | null
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
  /** Finding ids placed in the blood and bone marrow region. */
  readonly blood: readonly string[]
  /** Finding ids placed in the nerves region (the nerves outside the brain and spinal cord). */
  readonly nerves: readonly string[]
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
