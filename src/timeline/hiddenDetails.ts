import type { HiddenReason } from './types.ts'

/** Plain-language explanations for hidden resources (no PHI beyond the reference). */
export const HIDDEN_DETAILS: Readonly<Record<HiddenReason, string>> = Object.freeze({
  'entered-in-error': 'Marked as entered in error in the record.',
  'other-patient': 'Recorded for a different patient or subject than the one shown.',
  'unsupported-type': 'This kind of resource is not shown by this app.',
  invalid: 'Not a readable FHIR resource (no resource type or no id).',
  duplicate: 'Another copy of this resource was kept (highest version, else latest update, else first received).',
  sensitive: 'Marked restricted or very restricted in the record (meta.security); not shown by this app (C32).',
})
