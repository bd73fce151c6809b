/**
 * Counts how one record was mapped, for the mapping report (tools/mapping-report.ts) and its tests: conditions by
 * outcome and layer, procedures by layer and why not placed, observations shown as risk-factor values. Pure: no I/O.
 */
import { SYSTEMS } from '../timeline/codes.ts'
import type { Concept, NormalisedRecord } from '../timeline/types.ts'
import { procedureOwnCode } from './mapProcedure.ts'
import { mappingSex } from './mappingSex.ts'
import { isOrganId } from './organIds.ts'
import type { Placement, ReasonNote, RuleLayer, TwinMap, UnplacedReason } from './types.ts'

/** Condition counts by outcome and by rule layer. */
export interface ConditionSummary {
  total: number
  /** Placed with at least one organ node among the primary places. */
  organ: number
  /** Placed only in the whole-body region (and on no organ or named region). */
  wholeBody: number
  /** Placed in the mind region (and on no organ). */
  mind: number
  /** Placed in the blood and bone marrow region (and on no organ and not in the mind region). */
  blood: number
  /** Placed in the nerves region (and on no organ, not in the mind or blood region). */
  nerves: number
  /** Of `wholeBody`: placed in the whole-body region with no stated note (counted apart from the headline). */
  wholeBodyNoNote: number
  context: number
  ruledOut: number
  unplaced: number
  byLayer: Record<string, number>
  /** `system|code text` of each unplaced condition. */
  unplacedCodes: string[]
}

/** The outcome column a placed condition is counted in: an organ first, then a named region, else the whole body. */
type ConditionPart = 'organ' | 'mind' | 'blood' | 'nerves' | 'wholeBody'

function partOf(placement: Placement): ConditionPart {
  if (placement.places.some((place) => isOrganId(place))) return 'organ'
  if (placement.places.includes('mind')) return 'mind'
  if (placement.places.includes('blood')) return 'blood'
  if (placement.places.includes('nerves')) return 'nerves'
  return 'wholeBody'
}

/** True when the placement's reason states a note (a reviewed table note, or the linked conditions). */
function hasNote(note: ReasonNote): boolean {
  return note.kind === 'linked' || note.keys.length > 0
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
    blood: 0,
    nerves: 0,
    wholeBodyNoNote: 0,
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
    const part = partOf(placement)
    summary[part]++
    if (part === 'wholeBody' && !hasNote(placement.rule.reason.note)) summary.wholeBodyNoNote++
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
  /** Placed on an organ or in any region (mind, blood, nerves, whole body). */
  readonly organMindOrWholeBody: number
  /** organOrMind / clinical (NaN when there are no clinical conditions). */
  readonly organOrMindShare: number
  /** organMindOrWholeBody / clinical (NaN when there are no clinical conditions). */
  readonly organMindOrWholeBodyShare: number
}

/**
 * Adds up condition summaries into the two earlier shares of the mapping report: on an organ or the mind region,
 * and on an organ or in any region.
 * @param summaries - one summary per record
 */
export function placementShares(summaries: readonly ConditionSummary[]): PlacementShares {
  let clinical = 0
  let organOrMind = 0
  let regions = 0
  for (const s of summaries) {
    clinical += s.total - s.context - s.ruledOut
    organOrMind += s.organ + s.mind
    regions += s.blood + s.nerves + s.wholeBody
  }
  const share = (part: number): number => (clinical === 0 ? Number.NaN : part / clinical)
  return {
    clinical,
    organOrMind,
    organMindOrWholeBody: organOrMind + regions,
    organOrMindShare: share(organOrMind),
    organMindOrWholeBodyShare: share(organOrMind + regions),
  }
}

/** A headline share with its target: the part, the whole, the share and whether the target is met. */
export interface Headline {
  readonly part: number
  readonly whole: number
  /** part / whole (NaN when whole is 0). */
  readonly share: number
  readonly target: number
  /** share >= target (false when there is nothing to count). */
  readonly met: boolean
}

function headline(part: number, whole: number, target: number): Headline {
  const share = whole === 0 ? Number.NaN : part / whole
  return { part, whole, share, target, met: share >= target }
}

/** The conditions acceptance target: share of clinical conditions on an organ, a named region or the whole body. */
export const CONDITION_TARGET = 0.97

/** The conditions headline, with each part counted apart. */
export interface ConditionHeadline extends Headline {
  readonly organ: number
  readonly mind: number
  readonly blood: number
  readonly nerves: number
  /** In the whole-body region with a stated note. */
  readonly wholeBody: number
}

/**
 * The acceptance headline: clinical conditions (all except life and context and ruled out) on an organ, a named
 * region (mind, blood, nerves) or the whole body with a stated reason, against CONDITION_TARGET.
 * @param summaries - one summary per record
 */
export function conditionHeadline(summaries: readonly ConditionSummary[]): ConditionHeadline {
  const parts = { organ: 0, mind: 0, blood: 0, nerves: 0, wholeBody: 0 }
  let clinical = 0
  for (const s of summaries) {
    clinical += s.total - s.context - s.ruledOut
    parts.organ += s.organ
    parts.mind += s.mind
    parts.blood += s.blood
    parts.nerves += s.nerves
    parts.wholeBody += s.wholeBody - s.wholeBodyNoNote
  }
  const placed = parts.organ + parts.mind + parts.blood + parts.nerves + parts.wholeBody
  return { ...headline(placed, clinical, CONDITION_TARGET), ...parts }
}

/** One distinct item with how many times it was seen. */
export interface Counted {
  /** What identifies it: `why|codes text` for procedures, the code for observations. */
  readonly key: string
  /** The codes and text shown in the report. */
  readonly label: string
  readonly count: number
}

/** Adds `label` under `key` to a list of counted items (in first-seen order). */
function addCounted(list: Counted[], key: string, label: string, by = 1): void {
  const at = list.findIndex((item) => item.key === key)
  const found = list[at]
  if (found === undefined) list.push({ key, label, count: by })
  else list[at] = { key, label: found.label, count: found.count + by }
}

/** Most seen first, then by key. */
function byCount(list: readonly Counted[]): Counted[] {
  return [...list].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Why-not-placed values that state a reason, not a gap in the tables (only 'no-rule' is a gap). */
export const DELIBERATE_UNPLACED: ReadonlySet<UnplacedReason> = new Set<UnplacedReason>([
  'generic-procedure',
  'no-body-site-in-code',
  'no-code-or-text',
  'sex-not-recorded',
])

/** Procedure counts by outcome, by rule layer and by why not placed. */
export interface ProcedureSummary {
  total: number
  placed: number
  /** Placed procedures by the rule layer that placed them (bodySite, codeTable, keyword, reason). */
  byLayer: Record<string, number>
  /** Listed under life and context (by their own code or through a reason link). */
  context: number
  unplaced: number
  unplacedByWhy: Partial<Record<UnplacedReason, number>>
  /** The unplaced procedures, deduplicated by why, codes and text, with counts. */
  unplacedCodes: Counted[]
  /**
   * Procedures placed (or listed under life and context) through a reason while their own code names a place:
   * procedureOwnCode, called again here, returns a body decision. Should be 0.
   */
  reasonOverOwnCode: Counted[]
}

/**
 * Summarises the mapping of a record's procedures, and checks each one placed through a reason against its own code.
 * @param record - the normalised record
 * @param map - its twin map (mapped with the record's own sex)
 */
export function summariseProcedures(record: NormalisedRecord, map: TwinMap): ProcedureSummary {
  const summary: ProcedureSummary = {
    total: record.procedures.length,
    placed: 0,
    byLayer: {},
    context: 0,
    unplaced: 0,
    unplacedByWhy: {},
    unplacedCodes: [],
    reasonOverOwnCode: [],
  }
  const events = new Map(record.procedures.map((event) => [event.id, event]))
  const sex = mappingSex(record, undefined)
  const checkOwnCode = (id: string, layer: RuleLayer, text: string): void => {
    const event = events.get(id)
    if (layer !== 'reason' || event === undefined) return
    const own = procedureOwnCode(event, sex)
    if (own === null || own === 'generic' || own.hit.decision.kind !== 'body') return
    addCounted(summary.reasonOverOwnCode, own.hit.ruleId, `${own.hit.ruleId} ${text}`)
  }
  for (const placement of map.placements) {
    if (placement.findingKind !== 'procedure') continue
    summary.placed++
    summary.byLayer[placement.rule.layer] = (summary.byLayer[placement.rule.layer] ?? 0) + 1
    checkOwnCode(placement.id, placement.rule.layer, placement.text)
  }
  for (const item of map.lifeAndContext) {
    if (item.findingKind !== 'procedure') continue
    summary.context++
    checkOwnCode(item.id, item.rule.layer, item.text)
  }
  for (const item of map.unplaced) {
    if (item.findingKind !== 'procedure') continue
    summary.unplaced++
    summary.unplacedByWhy[item.why] = (summary.unplacedByWhy[item.why] ?? 0) + 1
    const label = `${item.codes.join(', ') || '(no code)'} ${item.text}`
    addCounted(summary.unplacedCodes, `${item.why}|${label}`, label)
  }
  return summary
}

/**
 * Adds up procedure summaries (unplaced codes merged and sorted, most seen first).
 * @param summaries - one summary per record
 */
export function mergeProcedures(summaries: readonly ProcedureSummary[]): ProcedureSummary {
  const out: ProcedureSummary = {
    total: 0,
    placed: 0,
    byLayer: {},
    context: 0,
    unplaced: 0,
    unplacedByWhy: {},
    unplacedCodes: [],
    reasonOverOwnCode: [],
  }
  for (const s of summaries) {
    out.total += s.total
    out.placed += s.placed
    out.context += s.context
    out.unplaced += s.unplaced
    for (const [layer, n] of Object.entries(s.byLayer)) out.byLayer[layer] = (out.byLayer[layer] ?? 0) + n
    for (const [why, n] of Object.entries(s.unplacedByWhy) as [UnplacedReason, number][])
      out.unplacedByWhy[why] = (out.unplacedByWhy[why] ?? 0) + n
    for (const item of s.unplacedCodes) addCounted(out.unplacedCodes, item.key, item.label, item.count)
    for (const item of s.reasonOverOwnCode) addCounted(out.reasonOverOwnCode, item.key, item.label, item.count)
  }
  out.unplacedCodes = byCount(out.unplacedCodes)
  out.reasonOverOwnCode = byCount(out.reasonOverOwnCode)
  return out
}

/** The procedures acceptance target: share placed or deliberately unplaced with a reason. */
export const PROCEDURE_TARGET = 0.95

/** The procedures headline. */
export interface ProcedureHeadline extends Headline {
  readonly placed: number
  readonly context: number
  /** Unplaced with a deliberate why (DELIBERATE_UNPLACED). */
  readonly deliberate: number
  /** Procedures placed through a reason while their own code names a place (target 0). */
  readonly reasonOverOwnCode: number
}

/**
 * The acceptance headline: procedures placed, under life and context, or unplaced with a deliberate why, against
 * PROCEDURE_TARGET; and the count placed through a reason over their own code (target 0).
 * @param total - the merged procedure summary
 */
export function procedureHeadline(total: ProcedureSummary): ProcedureHeadline {
  let deliberate = 0
  for (const [why, n] of Object.entries(total.unplacedByWhy) as [UnplacedReason, number][])
    if (DELIBERATE_UNPLACED.has(why)) deliberate += n
  const decided = total.placed + total.context + deliberate
  return {
    ...headline(decided, total.total, PROCEDURE_TARGET),
    placed: total.placed,
    context: total.context,
    deliberate,
    reasonOverOwnCode: total.reasonOverOwnCode.reduce((sum, item) => sum + item.count, 0),
  }
}

/** Which observations the twin shows as risk-factor values, and which it does not. */
export interface MeasurementSummary {
  /** Observations in the normalised record. */
  observations: number
  /** Observations with at least one value in a risk-factor series (a blood-pressure panel counts once). */
  shown: number
  /** Risk-factor series values by factor id. */
  valuesByFactor: Record<string, number>
  /** Observations not shown as risk-factor values, by LOINC code (else the first code, else "(no code)"). */
  notShownByCode: Counted[]
}

/** The observation's LOINC code (else its first code key, else "(no code)") and the label the report shows. */
function observationKey(concept: Concept): { key: string; label: string } {
  const loinc = concept.codes.find((code) => code.system === SYSTEMS.loinc)
  const key = loinc !== undefined ? `LOINC ${loinc.code}` : (concept.codes[0]?.key ?? '(no code)')
  return { key, label: `${key} ${concept.text ?? ''}`.trim() }
}

/**
 * Summarises which of a record's observations are shown as risk-factor values (TwinMap.riskFactors).
 * @param record - the normalised record
 * @param map - its twin map
 */
export function summariseMeasurements(record: NormalisedRecord, map: TwinMap): MeasurementSummary {
  const shownIds = new Set<string>()
  const valuesByFactor: Record<string, number> = {}
  for (const factor of map.riskFactors) {
    valuesByFactor[factor.factor] = (valuesByFactor[factor.factor] ?? 0) + factor.series.length
    for (const value of factor.series) shownIds.add(value.observationId)
  }
  const notShownByCode: Counted[] = []
  let shown = 0
  for (const observation of record.observations) {
    if (shownIds.has(observation.id)) {
      shown++
      continue
    }
    const { key, label } = observationKey(observation.concept)
    addCounted(notShownByCode, key, label)
  }
  return { observations: record.observations.length, shown, valuesByFactor, notShownByCode: byCount(notShownByCode) }
}

/**
 * Adds up measurement summaries (codes not shown merged and sorted, most seen first).
 * @param summaries - one summary per record
 */
export function mergeMeasurements(summaries: readonly MeasurementSummary[]): MeasurementSummary {
  const out: MeasurementSummary = { observations: 0, shown: 0, valuesByFactor: {}, notShownByCode: [] }
  for (const s of summaries) {
    out.observations += s.observations
    out.shown += s.shown
    for (const [factor, n] of Object.entries(s.valuesByFactor))
      out.valuesByFactor[factor] = (out.valuesByFactor[factor] ?? 0) + n
    for (const item of s.notShownByCode) addCounted(out.notShownByCode, item.key, item.label, item.count)
  }
  out.notShownByCode = byCount(out.notShownByCode)
  return out
}
