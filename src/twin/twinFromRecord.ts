import { mapRecord } from '../anatomy/mapRecord.ts'
import type { MapOptions } from '../anatomy/types.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { assembleTwin } from './assembleTwin.ts'
import type { Twin } from './twin.ts'

export { assembleTwin } from './assembleTwin.ts'

/**
 * The mapping and the derived lookups of a normalised record: the second half of the pipeline (buildTwin).
 * Pure and deterministic.
 * @param record - the normalised record (not mutated)
 * @param options - mapping overrides (the patient's sex for sex-specific organs)
 */
export function twinFromRecord(record: NormalisedRecord, options?: MapOptions): Twin {
  return assembleTwin(record, mapRecord(record, options))
}
