/**
 * The lookups of a twin, derived from its record and mapping. A module of its own, without mapRecord and its tables,
 * so that the main thread can put the twin worker's parts back together without loading the pipeline.
 */
import type { Placement, TwinMap } from '../anatomy/types.ts'
import type { ClinicalEvent, NormalisedRecord } from '../timeline/types.ts'
import type { Twin } from './twin.ts'

/**
 * The Twin of a record and its mapping: the lookups derived from both (also used where the twin worker's parts are
 * put back together, src/app/twinBuilder.ts).
 * @param record - the normalised record
 * @param map - its mapping (mapRecord)
 */
export function assembleTwin(record: NormalisedRecord, map: TwinMap): Twin {
  const eventsById = new Map<string, ClinicalEvent>()
  const lists = [
    record.conditions,
    record.procedures,
    record.medications,
    record.observations,
    record.allergies,
    record.immunizations,
    record.familyHistory,
    record.encounters,
    record.reports,
    record.carePlans,
  ] as const
  for (const list of lists) for (const event of list) eventsById.set(event.id, event)
  const placementsById = new Map<string, Placement>()
  for (const placement of map.placements) placementsById.set(placement.id, placement)
  return { record, map, eventsById, placementsById, contextIds: new Set(map.lifeAndContext.map((item) => item.id)) }
}
