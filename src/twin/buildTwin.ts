import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import type { NormaliseOptions } from '../timeline/types.ts'
import type { Twin } from './twin.ts'
import { twinFromRecord } from './twinFromRecord.ts'

/**
 * The whole pipeline in one place: FHIR resources -> normalised record (src/timeline) -> organ mapping
 * (src/anatomy) -> the lookups the views derive once per record. Pure: the caller passes the clock in `asOf`.
 * @param resources - the patient's resources as loaded (src/fhir)
 * @param options - "as of" instant and the patient id (other patients' resources are hidden and counted)
 */
export function buildTwin(resources: readonly Resource[], options: NormaliseOptions): Twin {
  return twinFromRecord(normaliseRecord(resources, options))
}
