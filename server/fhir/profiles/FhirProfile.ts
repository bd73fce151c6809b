/** The shape of a server profile: what a strict EHR-like server refuses, caps and reshapes (issue 13, docs/interop.md). */

/** The profiles the embedded server can play (`FHIR_PROFILE`). */
export const FHIR_PROFILE_NAMES = ['open', 'us-core-strict', 'epic-like', 'oracle-like'] as const

/** One profile name. */
export type FhirProfileName = (typeof FHIR_PROFILE_NAMES)[number]

/** A search the profile refuses unless one of `anyOf` is sent (a parameter counts with any modifier). */
export interface SearchRule {
  readonly resourceType: string
  readonly anyOf: readonly string[]
  /** The OperationOutcome diagnostics of the 400 sent back. */
  readonly message: string
}

/** How next links look. */
export type PagingStyle = 'offset' | 'opaque-cursor' | 'page-context'

/** A server profile. */
export interface FhirProfile {
  readonly name: FhirProfileName
  readonly rules: readonly SearchRule[]
  /** Largest page served; a larger `_count` is lowered to it. null: the server's own maximum. */
  readonly maxCount: number | null
  readonly paging: PagingStyle
  /** Searchsets carry no `total`. */
  readonly omitTotal: boolean
  /** An OperationOutcome entry (search.mode `outcome`) added to searchsets with no match; null: none. */
  readonly emptyOutcome: string | null
  /** The CapabilityStatement declares the required search-parameter combinations of each rule. */
  readonly declareCombinations: boolean
  /** `Patient/$everything` is offered (and answered). */
  readonly everything: boolean
}
