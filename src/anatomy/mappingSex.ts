/** The patient's sex as the mapping needs it (sex-specific organs). */
import type { NormalisedRecord } from '../timeline/types.ts'
import type { MapOptions, MappingSex } from './types.ts'

/**
 * The sex used for sex-specific organs: the option's override, else the record's Patient.gender, else unknown.
 * @param record - the normalised record
 * @param options - mapping options (an optional sex override)
 */
export function mappingSex(record: NormalisedRecord, options: MapOptions | undefined): MappingSex {
  if (options?.sex !== undefined) return options.sex
  const gender = record.patient?.gender ?? null
  return gender ?? 'unknown'
}
