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

/** Shares of clinical conditions (all conditions except life and context and ruled out) over several records. */
export interface PlacementShares {
  /** Conditions counted: every condition except life-and-context items and ruled-out ones. */
  readonly clinical: number
  /** Placed on at least one organ, or in the mind region. */
  readonly organOrMind: number
  /** Placed on an organ, in the mind region or in the whole-body region. */
  readonly organMindOrWholeBody: number
  /** organOrMind / clinical (NaN when there are no clinical conditions). */
  readonly organOrMindShare: number
  /** organMindOrWholeBody / clinical (NaN when there are no clinical conditions). */
  readonly organMindOrWholeBodyShare: number
}

/**
 * Adds up condition summaries into the two headline shares of the mapping report: on an organ or the mind region
 * (the acceptance figure), and on an organ, the mind or the whole-body region.
 * @param summaries - one summary per record
 */
export function placementShares(summaries: readonly ConditionSummary[]): PlacementShares {
  let clinical = 0
  let organOrMind = 0
  let wholeBody = 0
  for (const s of summaries) {
    clinical += s.total - s.context - s.ruledOut
    organOrMind += s.organ + s.mind
    wholeBody += s.wholeBody
  }
  const share = (part: number): number => (clinical === 0 ? Number.NaN : part / clinical)
  return {
    clinical,
    organOrMind,
    organMindOrWholeBody: organOrMind + wholeBody,
    organOrMindShare: share(organOrMind),
    organMindOrWholeBodyShare: share(organOrMind + wholeBody),
  }
}
