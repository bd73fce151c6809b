import type { Concept, EventKind } from '../types.ts'

const KIND_LABEL: Readonly<Record<EventKind, string>> = {
  condition: 'Condition',
  procedure: 'Procedure',
  observation: 'Observation',
  medication: 'Medication',
  allergy: 'Allergy or intolerance',
  immunization: 'Immunization',
  'family-history': 'Family history',
  encounter: 'Encounter',
  // Not "Diagnostic report": generated text avoids any diagnos* wording (information-only rule).
  'diagnostic-report': 'Report',
  'care-plan': 'Care plan',
}

/**
 * Builds a stable fallback text when neither CodeableConcept.text nor a display was recorded.
 * @param kind - the event kind (names the fallback)
 * @param concept - the event's concept
 */
export function fallbackText(kind: EventKind, concept: Concept): string {
  const first = concept.codes[0]
  if (first !== undefined) return `${KIND_LABEL[kind]} (code ${first.code}; no text recorded)`
  return `${KIND_LABEL[kind]} (no code or text recorded)`
}
