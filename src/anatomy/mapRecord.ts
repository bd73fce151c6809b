/**
 * mapRecord: the normalised record -> the twin map (placements by organ, mind, whole body, life and context,
 * not placed, ruled out, family history, risk factors). Pure and deterministic: no clock, no input mutation.
 */
import type { NormalisedRecord } from '../timeline/types.ts'
import type { Collector } from './collector.ts'
import { indexByPlace } from './indexByPlace.ts'
import type { LinkCache } from './linkByReason.ts'
import { mapCondition } from './mapCondition.ts'
import { mapFamilyHistory } from './mapFamilyHistory.ts'
import { mapMedication } from './mapMedication.ts'
import { mappingSex } from './mappingSex.ts'
import { mapProcedure } from './mapProcedure.ts'
import { mapRiskFactors } from './mapRiskFactors.ts'
import type { MapOptions, RuledOutItem, TwinMap } from './types.ts'

/**
 * Maps a normalised record onto the body: every condition, procedure and medication ends up placed, in life and
 * context, ruled out, or in the not-placed list with a reason; nothing is dropped.
 * @param record - the normalised record (not mutated)
 * @param options - optional overrides (the patient's sex for sex-specific organs)
 */
export function mapRecord(record: NormalisedRecord, options?: MapOptions): TwinMap {
  const sex = mappingSex(record, options)
  const conditions: Collector = { placements: [], context: [], unplaced: [] }
  const ruledOut: RuledOutItem[] = []
  for (const condition of record.conditions) mapCondition(condition, sex, conditions, ruledOut)
  const conditionPlaces = new Map(conditions.placements.map((placement) => [placement.id, placement]))
  const contextIds = new Set(conditions.context.map((item) => item.id))
  const others: Collector = { placements: [], context: [], unplaced: [] }
  const links: LinkCache = new Map()
  for (const procedure of record.procedures) mapProcedure(procedure, sex, others, conditionPlaces, contextIds, links)
  for (const medication of record.medications) {
    mapMedication(medication, sex, others, conditionPlaces, contextIds, links)
  }
  const placements = [...conditions.placements, ...others.placements]
  const byOrgan = indexByPlace(placements)
  const secondaryByOrgan = indexByPlace(
    placements.map((placement) => ({ id: placement.id, places: placement.secondary })),
  )
  const familyHistory = mapFamilyHistory(record)
  return {
    placements,
    byOrgan,
    secondaryByOrgan,
    mind: byOrgan.mind ?? [],
    wholeBody: byOrgan.whole_body ?? [],
    blood: byOrgan.blood ?? [],
    nerves: byOrgan.nerves ?? [],
    lifeAndContext: [...conditions.context, ...others.context],
    unplaced: [...conditions.unplaced, ...others.unplaced],
    ruledOut,
    familyHistory,
    familyByOrgan: indexByPlace(familyHistory),
    riskFactors: mapRiskFactors(record.observations),
    hidden: {
      refuted: ruledOut.length,
      enteredInError: record.hidden.filter((item) => item.reason === 'entered-in-error').length,
    },
  }
}
