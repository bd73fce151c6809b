import type { FhirProfile, FhirProfileName } from './FhirProfile.ts'

const OBSERVATION_US_CORE =
  'Observation search requires patient+category or patient+code (US Core 6.1/7 Observation search requirements).'
const MEDICATION_REQUEST_US_CORE = 'MedicationRequest search requires patient+intent (US Core 6.1/7 MedicationRequest).'

/**
 * The server profiles, written from public documentation (sources in docs/interop.md). For tests, not a claim of
 * conformance or vendor certification. Refusal texts are ours where the documentation gives none (docs/interop.md).
 */
export const FHIR_PROFILES: Readonly<Record<FhirProfileName, FhirProfile>> = {
  open: {
    name: 'open',
    rules: [],
    maxCount: null,
    paging: 'offset',
    omitTotal: false,
    emptyOutcome: null,
    declareCombinations: false,
    everything: true,
  },
  'us-core-strict': {
    name: 'us-core-strict',
    rules: [
      { resourceType: 'Observation', anyOf: ['category', 'code'], message: OBSERVATION_US_CORE },
      { resourceType: 'MedicationRequest', anyOf: ['intent'], message: MEDICATION_REQUEST_US_CORE },
    ],
    maxCount: 100,
    paging: 'opaque-cursor',
    omitTotal: false,
    emptyOutcome: null,
    declareCombinations: true,
    everything: false,
  },
  'epic-like': {
    name: 'epic-like',
    rules: [
      {
        resourceType: 'Observation',
        anyOf: ['category', 'code'],
        message: 'Both patient and code or category are required for an Observation search.',
      },
      {
        resourceType: 'Condition',
        anyOf: ['category'],
        message: 'A Condition search requires a category: problem-list-item, encounter-diagnosis or health-concern.',
      },
    ],
    maxCount: 50,
    paging: 'opaque-cursor',
    omitTotal: true,
    emptyOutcome: 'Resource request returns no results.',
    declareCombinations: false,
    everything: false,
  },
  'oracle-like': {
    name: 'oracle-like',
    rules: [
      {
        resourceType: 'Observation',
        anyOf: ['category', 'code'],
        message: 'The category parameter is required with the patient parameter when code is not used.',
      },
    ],
    maxCount: 100,
    paging: 'page-context',
    omitTotal: true,
    emptyOutcome: 'No results were found for this search.',
    declareCombinations: false,
    everything: false,
  },
}
