/**
 * Counts how the conditions of one record were mapped (for the mapping report and its tests).
 */
import type { NormalisedRecord } from '../timeline/types.ts'
import { isOrganId } from './organIds.ts'
import type { TwinMap } from './types.ts'

/** Condition counts by outcome and by rule layer. */
export interface ConditionSummary {
  total: number
  /** Placed with at least one organ node among the primary places. */
  organ: number
  /** Placed only in the whole-body region. */
  wholeBody: number
  /** Placed in the mind region (and on no organ). */
  mind: number
  context: number
  ruledOut: number
  unplaced: number
  byLayer: Record<string, number>
  /** `system|code text` of each unplaced condition. */
  unplacedCodes: string[]
}

/**
 * Summarises the mapping of a record's conditions.
 * @param record - the normalised record
 * @param map - its twin map
 */
export function summariseConditions(record: NormalisedRecord, map: TwinMap): ConditionSummary {
  const summary: ConditionSummary = {
    total: record.conditions.length,
    organ: 0,
    wholeBody: 0,
    mind: 0,
    context: 0,
    ruledOut: map.ruledOut.length,
    unplaced: 0,
    byLayer: {},
    unplacedCodes: [],
  }
  const count = (layer: string): void => {
    summary.byLayer[layer] = (summary.byLayer[layer] ?? 0) + 1
  }
  for (const placement of map.placements) {
    if (placement.findingKind !== 'condition') continue
    count(placement.rule.layer)
    if (placement.places.some((place) => isOrganId(place))) summary.organ++
    else if (placement.places.includes('mind')) summary.mind++
    else summary.wholeBody++
  }
  for (const item of map.lifeAndContext) {
    if (item.findingKind !== 'condition') continue
    count(item.rule.layer)
    summary.context++
  }
  for (const item of map.unplaced) {
    if (item.findingKind !== 'condition') continue
    count('none')
    summary.unplaced++
    summary.unplacedCodes.push(`${item.codes.join(', ') || '(no code)'} ${item.text}`)
  }
  if (summary.ruledOut > 0) summary.byLayer.status = summary.ruledOut
  return summary
}
