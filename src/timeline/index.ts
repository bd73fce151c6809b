/** Public surface of the pure timeline layer: the normaliser, clinical time, reference and code helpers, types. */
export { normaliseRecord, compareEvents, NOTES, HIDDEN_DETAILS, SUPPORTING_TYPES } from './normaliseRecord.ts'
export {
  clinicalTime,
  instantTime,
  periodTime,
  parseRecordedDate,
  timeSortKey,
  UNKNOWN_TIME,
  type ParsedDate,
  type TimePrefix,
} from './clinicalTime.ts'
export { normaliseReference, parseReference, sameReference, type ParsedReference } from './references.ts'
export { normaliseSystem, codeKey, readCodeValue, SYSTEMS } from './codes.ts'
export type * from './types.ts'
