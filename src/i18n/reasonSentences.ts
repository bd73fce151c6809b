/**
 * The shape of one language's "why here?" wording: sentence frames and fixed sentences that reasonText.ts fills
 * with place lists, code-system names, codes and note sentences. One object per language (reasonSentences.en.ts,
 * reasonSentences.es.ts), typed by this interface so a missing sentence is a compile error.
 */
import type { NoteId } from '../anatomy/tables/notes.ts'
import type { ReasonLinkBasis, ReasonVerb, SuspectedBasis, UnplacedReason } from '../anatomy/types.ts'

/** One language's reason wording. */
export interface ReasonSentences {
  /** A placement: "Shown at {places} because {basis}. {note}". */
  readonly shownAt: (places: string, basis: string, note: string) => string
  /** Added when the places include a paired organ and the record names no side. */
  readonly sideNotRecorded: string
  /**
   * Added when a recorded body site placed the finding and its own code or text points elsewhere (D4): "Its code
   * alone would place it at {places} ({basis}); the body site recorded with it comes first."
   */
  readonly overruled: (places: string, basis: string) => string
  /** Added when the placement is not confirmed: "Not confirmed in the record: {why}.". */
  readonly suspected: (why: string) => string
  /** The why of `suspected`, by suspicion. */
  readonly suspectedBy: Readonly<Record<SuspectedBasis, string>>
  /** A life-and-context item: "Listed under life and context because {basis}. {note}". */
  readonly context: (basis: string, note: string) => string
  /** A relative's condition: "Family history of a condition shown at {places} because {basis}. {note}". */
  readonly family: (places: string, basis: string, note: string) => string
  /** A refuted condition. */
  readonly ruledOut: string
  /** A finding not placed on the body, by why. */
  readonly unplaced: Readonly<Record<UnplacedReason, string>>
  /** Basis: the record codes the finding ({system} is a name from systemName.ts); alias when it was mis-typed. */
  readonly code: (system: string, code: string, alias: string | null) => string
  /** Basis: the record codes the procedure. */
  readonly procedureCode: (system: string, code: string) => string
  /** Basis: the record names a body site. */
  readonly bodySite: (system: string, code: string) => string
  /** Basis: a word in the record text matches a keyword rule. */
  readonly keyword: (ruleId: string) => string
  /** Basis: the recorded reason code, with how that code matched. */
  readonly reasonCode: (reasonBasis: string) => string
  /** Basis: the record says it was done or recorded for a condition shown there, or a life-and-context item. */
  readonly reasonLink: Readonly<Record<ReasonVerb, Readonly<Record<ReasonLinkBasis['target'], string>>>>
  /** Note: the linked conditions and where they are shown. */
  readonly linked: (conditions: readonly string[], places: string) => string
  /** The reviewed table notes. */
  readonly notes: Readonly<Record<NoteId, string>>
}
