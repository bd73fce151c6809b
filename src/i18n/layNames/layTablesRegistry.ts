/**
 * Where the lay-name tables are, once loaded. The tables (layTables.ts, about 50 KB gzip) are a chunk of their own,
 * loaded at app start beside the FHIR requests (layName.ts `loadLayNames`), so the first load stays small; Node
 * (unit tests through tests/setup.ts, the lay-names e2e spec, tools/lay-names-report.ts) imports layTables.ts
 * directly. Kept apart from layName.ts so that importing the tables never loads the lookup (tests mock it).
 */
import type { LayRow } from './types.ts'

/** The lookup tables, keyed as layNameOf reads them. */
export interface LayTables {
  readonly conditions: ReadonlyMap<string, LayRow>
  readonly procedures: ReadonlyMap<string, LayRow>
  readonly icdPrefixes: ReadonlyMap<string, LayRow>
  readonly icdBlocks: ReadonlyMap<string, LayRow>
  readonly icdChapters: ReadonlyMap<string, LayRow>
  readonly textRules: readonly (readonly [RegExp, LayRow])[]
  /** MedlinePlus topic slug -> title (medlineplusTitles.json; topicInfo.ts `topicTitle`). */
  readonly topicTitles: Readonly<Record<string, string>>
}

let installed: LayTables | null = null

/**
 * Installs the loaded tables (called once by layTables.ts when it is evaluated).
 * @param tables - the tables
 */
export function installLayTables(tables: LayTables): void {
  installed = tables
}

/** The tables, or null while they are not loaded yet. */
export function installedLayTables(): LayTables | null {
  return installed
}
