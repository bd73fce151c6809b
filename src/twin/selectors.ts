/**
 * Derived views of the twin state, shared by the scene and the panels so both always agree:
 * conditions grouped at the timeline cursor and filters, and one legend status per place on the body.
 * Pure functions of plain data (no React, no three).
 */
import { conditionGroup } from '../timeline/conditionGroups.ts'
import { isSuspectedVerification } from '../timeline/statusRules.ts'
import { conditionStateAt, eventStateAt, type TimeState } from '../timeline/timeState.ts'
import type { ClinicalEvent, ConditionEvent } from '../timeline/types.ts'
import type { PlaceId } from '../anatomy/types.ts'
import type { Twin } from './twin.ts'
import type { RecordFilters } from './twinStore.ts'

/** The legend: one status per place, strongest first. Never derived from risk-factor values. */
export const ORGAN_STATUSES = ['active', 'suspected', 'resolved', 'procedure', 'risk-factor', 'family-history'] as const
export type OrganStatus = (typeof ORGAN_STATUSES)[number]

export interface ConditionView {
  readonly active: ConditionEvent[]
  readonly resolved: ConditionEvent[]
  readonly other: ConditionEvent[]
  /** Conditions not shown because of the filters (disclosed as a count). */
  readonly filteredOut: number
  /** Conditions that start after the cursor (disclosed as a count). */
  readonly notYet: number
}

function isSuspectedCondition(c: ConditionEvent): boolean {
  return isSuspectedVerification(c.verificationStatus)
}

/**
 * Conditions as the list shows them: at the record's time grouped by recorded status; at a cursor grouped by whether
 * they had begun or ended by then. Refuted conditions are only ever "other" (ruled out).
 * @param twin - the record with its mapping (for life-and-context ids)
 * @param cursor - YYYY-MM-DD or null
 * @param filters - active only, life and context, category
 */
export function conditionView(twin: Twin, cursor: string | null, filters: RecordFilters): ConditionView {
  const { record, contextIds: context } = twin
  const view = { active: [] as ConditionEvent[], resolved: [] as ConditionEvent[], other: [] as ConditionEvent[] }
  let filteredOut = 0
  let notYet = 0
  for (const c of record.conditions) {
    if (!filters.showLifeAndContext && context.has(c.id)) {
      filteredOut++
      continue
    }
    if (filters.category !== 'all' && c.categories.length > 0 && !c.categories.includes(filters.category)) {
      filteredOut++
      continue
    }
    const state = conditionStateAt(c, cursor)
    if (state === 'not-yet') {
      notYet++
      continue
    }
    const group =
      c.verificationStatus === 'refuted'
        ? 'other'
        : cursor === null
          ? conditionGroup(c)
          : state === 'current'
            ? 'active'
            : state === 'past'
              ? 'resolved'
              : conditionGroup(c)
    if (filters.activeOnly && group !== 'active') {
      filteredOut++
      continue
    }
    view[group].push(c)
  }
  return { ...view, filteredOut, notYet }
}

/**
 * True when an event is shown at the cursor (everything dated after the cursor is hidden).
 * @param event - any normalised event
 * @param cursor - YYYY-MM-DD or null
 */
export function isShownAt(event: ClinicalEvent, cursor: string | null): boolean {
  return eventStateAt(event, cursor) !== 'not-yet'
}

/**
 * One legend status per place at the cursor, from what the mapping placed there: the patient's own conditions first
 * (active, suspected, resolved), then procedures, recorded risk factors and family history. Statuses come from the
 * record's statuses and dates only.
 * @param twin - the record with its mapping
 * @param cursor - YYYY-MM-DD or null
 * @param filters - the same filters as the list
 */
export function placeStatuses(
  twin: Twin,
  cursor: string | null,
  filters: RecordFilters,
): ReadonlyMap<PlaceId, OrganStatus> {
  const { record, map, eventsById: events } = twin
  const view = conditionView(twin, cursor, filters)
  const groupOf = new Map<string, 'active' | 'resolved' | 'other'>()
  for (const g of ['active', 'resolved', 'other'] as const) for (const c of view[g]) groupOf.set(c.id, g)
  const suspected = new Set(record.conditions.filter(isSuspectedCondition).map((c) => c.id))

  const rank = new Map<OrganStatus, number>(ORGAN_STATUSES.map((s, i) => [s, i]))
  const out = new Map<PlaceId, OrganStatus>()
  const offer = (place: PlaceId, status: OrganStatus): void => {
    const current = out.get(place)
    if (current === undefined || (rank.get(status) ?? 99) < (rank.get(current) ?? 99)) out.set(place, status)
  }
  for (const p of map.placements) {
    let status: OrganStatus
    if (p.findingKind === 'condition') {
      const group = groupOf.get(p.id)
      if (group === undefined || group === 'other') continue
      status = suspected.has(p.id) ? 'suspected' : group === 'active' ? 'active' : 'resolved'
    } else if (p.findingKind === 'procedure') {
      const event = events.get(p.id)
      if (event && !isShownAt(event, cursor)) continue
      status = 'procedure'
    } else {
      continue
    }
    for (const place of p.places) offer(place, status)
  }
  for (const factor of map.riskFactors) {
    if (factor.context) continue
    const recordedBy = factor.series.some((v) => cursor === null || v.date === null || v.date.slice(0, 10) <= cursor)
    if (recordedBy) for (const place of factor.places) offer(place, 'risk-factor')
  }
  for (const item of map.familyHistory) for (const place of item.places) offer(place, 'family-history')
  return out
}

export type { TimeState }
