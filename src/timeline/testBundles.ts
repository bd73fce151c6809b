/**
 * Test-only helpers: read fixture Bundles from fhir-fixtures/ with node:fs (never imported by app code).
 */
import { readFileSync } from 'node:fs'
import type { Bundle, Resource } from '@medplum/fhirtypes'
import type { NormalisedRecord } from './types.ts'

/**
 * Reads a fixture Bundle's JSON.
 * @param relativePath - path below fhir-fixtures/, e.g. 'edge/edge-statuses.json'
 */
export function readBundle(relativePath: string): Bundle {
  const url = new URL(`../../fhir-fixtures/${relativePath}`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as Bundle
}

/**
 * The resources of a Bundle's entries, in order, skipping entries without a resource.
 * @param bundle - the Bundle
 */
export function resourcesOf(bundle: Bundle): Resource[] {
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]))
}

/**
 * A record with no events (and no patient unless given), for tests that need only a few parts.
 * @param parts - fields to set
 */
export function emptyRecord(parts: Partial<NormalisedRecord> = {}): NormalisedRecord {
  return {
    patient: null,
    asOf: '2026-01-01T00:00:00Z',
    conditions: [],
    procedures: [],
    observations: [],
    medications: [],
    allergies: [],
    immunizations: [],
    familyHistory: [],
    encounters: [],
    reports: [],
    carePlans: [],
    hidden: [],
    ...parts,
  }
}
