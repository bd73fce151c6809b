import type { FhirRouter, MemoryRepository } from '@medplum/fhir-router'
import type { Bundle, Resource } from '@medplum/fhirtypes'
import { readFile } from 'node:fs/promises'
import { loadFixture } from '../fixtures.ts'
import type { BundleLoadResult } from '../fixtures.ts'

/** Totals over everything the fixtures put into the repository. */
export interface SeedSummary {
  readonly files: readonly BundleLoadResult[]
  /** Distinct `Type/id` keys written. */
  readonly resources: number
  /** Distinct Patient resources written. */
  readonly patients: number
  /** Wall time of reading and loading, in milliseconds. */
  readonly ms: number
}

/** The seeding half of a `FhirServer`. */
export interface FixtureLoader {
  /** Loads one parsed fixture (bundle or resource); throws when any entry fails. */
  loadFixture(input: Bundle | Resource, source: string): Promise<BundleLoadResult>
  /** Reads and loads fixture files in order; throws on the first file that fails. */
  loadFixtureFiles(files: readonly string[]): Promise<SeedSummary>
}

/**
 * Creates the fixture loader of one repository; it counts the distinct keys written across all its calls.
 * @param router - The FHIR router that serves the repository.
 * @param repo - The in-memory repository to seed.
 * @returns `loadFixture` and `loadFixtureFiles`.
 */
export function createFixtureLoader(router: FhirRouter, repo: MemoryRepository): FixtureLoader {
  const loadedKeys = new Set<string>()

  const load = async (input: Bundle | Resource, source: string): Promise<BundleLoadResult> => {
    const result = await loadFixture(router, repo, input, source)
    for (const key of result.keys) {
      loadedKeys.add(key)
    }
    return result
  }

  return {
    loadFixture: load,
    async loadFixtureFiles(files) {
      const start = performance.now()
      const results: BundleLoadResult[] = []
      for (const file of files) {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as Bundle | Resource
        results.push(await load(parsed, file))
      }
      const patients = [...loadedKeys].filter((key) => key.startsWith('Patient/')).length
      return { files: results, resources: loadedKeys.size, patients, ms: performance.now() - start }
    },
  }
}
