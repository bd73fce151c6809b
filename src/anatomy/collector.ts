/** What the mapper collects while it walks a record, and the fields every collected item shares. */
import type { Concept, SourceRef } from '../timeline/types.ts'
import type { ContextItem, FindingKind, Placement, UnplacedItem } from './types.ts'

/** The lists one pass of the mapper appends to. */
export interface Collector {
  readonly placements: Placement[]
  readonly context: ContextItem[]
  readonly unplaced: UnplacedItem[]
}

/** The fields of a finding that every list keeps. */
export interface ItemBase {
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  readonly text: string
  readonly date: string | null
  /** The recorded concept; its code keys are listed only when the item is not placed. */
  readonly concept: Concept
}
