/**
 * The lay-name tables as lookup maps, installed on evaluation (layTablesRegistry.ts). The app reaches this module
 * only through a dynamic import (layName.ts `loadLayNames`), so it is a chunk of its own.
 */
import type { LayRow } from './types.ts'
import { installLayTables, type LayTables } from './layTablesRegistry.ts'
import { CONDITION_LAY_NAMES } from './conditionNames.ts'
import { PROCEDURE_LAY_NAMES } from './procedureNames.ts'
import { ICD10_BLOCK_LAY_NAMES, ICD10_CHAPTER_LAY_NAMES, ICD10_PREFIX_LAY_NAMES } from './icd10Names.ts'
import { TEXT_LAY_NAMES } from './textNames.ts'
import titles from './medlineplusTitles.json' with { type: 'json' }

const byKey = (rows: readonly LayRow[]): ReadonlyMap<string, LayRow> => new Map(rows.map((row) => [row[0], row]))

/** The tables, keyed for layNameOf. */
export const LAY_TABLES: LayTables = {
  conditions: byKey(CONDITION_LAY_NAMES),
  procedures: byKey(PROCEDURE_LAY_NAMES),
  icdPrefixes: byKey(ICD10_PREFIX_LAY_NAMES),
  icdBlocks: byKey(ICD10_BLOCK_LAY_NAMES),
  icdChapters: byKey(ICD10_CHAPTER_LAY_NAMES),
  textRules: TEXT_LAY_NAMES.map((row) => [new RegExp(row[0], 'i'), row]),
  topicTitles: titles,
}

installLayTables(LAY_TABLES)
