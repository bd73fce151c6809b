import type { Placement, TwinMap } from '../anatomy/types.ts'
import type { ClinicalEvent, NormalisedRecord } from '../timeline/types.ts'

/**
 * Everything the views need about one patient's record, derived once when it arrives (twinFromRecord): the
 * normalised record, its organ mapping, and the lookups every view would otherwise rebuild on each render.
 * Plain data: the store holds it as it is.
 */
export interface Twin {
  readonly record: NormalisedRecord
  readonly map: TwinMap
  /** Every event of the record by id (`Condition/abc`, `Encounter/xyz`, ...). */
  readonly eventsById: ReadonlyMap<string, ClinicalEvent>
  /** Every placement by finding id. */
  readonly placementsById: ReadonlyMap<string, Placement>
  /** Finding ids listed under life and context (never on an organ). */
  readonly contextIds: ReadonlySet<string>
}
