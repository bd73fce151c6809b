/**
 * Derived views of the twin state, shared by the scene and the panels so both always agree:
 * conditions grouped at the timeline cursor and filters, and one legend status per place on the body.
 * Pure functions of plain data (no React, no three).
 */
import { conditionGroup } from '../timeline/conditionGroups.ts'
import { isSuspectedVerification } from '../timeline/statusRules.ts'
import { conditionStateAt, eventStateAt, type TimeState } from '../timeline/timeState.ts'
import type { ClinicalEvent, ConditionEvent } from '../timeline/types.ts'
import { ORGANS, isOrganId, type OrganId } from '../anatomy/organIds.ts'
import type { PlaceId, Placement } from '../anatomy/types.ts'
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

/** A placement that paints its places at the cursor, with the status it paints them in. */
export interface PaintingPlacement {
  readonly placement: Placement
  readonly status: OrganStatus
}

/**
 * The placements that paint the body at the cursor and filters, each with its status: the patient's conditions in
 * the active or resolved group (suspected ones as suspected), and procedures done by the cursor. The one visibility
 * rule that placeStatuses and the markings below share.
 * @param twin - the record with its mapping
 * @param cursor - YYYY-MM-DD or null
 * @param filters - the same filters as the list
 */
export function paintingPlacements(twin: Twin, cursor: string | null, filters: RecordFilters): PaintingPlacement[] {
  const { record, map, eventsById: events } = twin
  const view = conditionView(twin, cursor, filters)
  const groupOf = new Map<string, 'active' | 'resolved' | 'other'>()
  for (const g of ['active', 'resolved', 'other'] as const) for (const c of view[g]) groupOf.set(c.id, g)
  const suspected = new Set(record.conditions.filter(isSuspectedCondition).map((c) => c.id))
  const out: PaintingPlacement[] = []
  for (const p of map.placements) {
    if (p.findingKind === 'condition') {
      const group = groupOf.get(p.id)
      if (group === undefined || group === 'other') continue
      out.push({ placement: p, status: suspected.has(p.id) ? 'suspected' : group === 'active' ? 'active' : 'resolved' })
    } else if (p.findingKind === 'procedure') {
      const event = events.get(p.id)
      if (event && !isShownAt(event, cursor)) continue
      // A procedure recorded as not done is listed, never painted (nor drawn as a removed part).
      if (event?.status === 'not-done') continue
      out.push({ placement: p, status: 'procedure' })
    }
  }
  return out
}

const RANK = new Map<OrganStatus, number>(ORGAN_STATUSES.map((s, i) => [s, i]))

/**
 * The strongest of some statuses (legend order), or undefined when there is none.
 * @param statuses - statuses, undefined where a place has none
 */
export function strongestStatus(statuses: readonly (OrganStatus | undefined)[]): OrganStatus | undefined {
  let best: OrganStatus | undefined
  for (const s of statuses) {
    if (s !== undefined && (best === undefined || (RANK.get(s) ?? 99) < (RANK.get(best) ?? 99))) best = s
  }
  return best
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
  const { map } = twin
  const out = new Map<PlaceId, OrganStatus>()
  const offer = (place: PlaceId, status: OrganStatus): void => {
    const current = out.get(place)
    if (current === undefined || (RANK.get(status) ?? 99) < (RANK.get(current) ?? 99)) out.set(place, status)
  }
  for (const { placement, status } of paintingPlacements(twin, cursor, filters)) {
    for (const place of placement.places) offer(place, status)
  }
  for (const factor of map.riskFactors) {
    if (factor.context) continue
    const recordedBy = factor.series.some((v) => cursor === null || v.date === null || v.date.slice(0, 10) <= cursor)
    if (recordedBy) for (const place of factor.places) offer(place, 'risk-factor')
  }
  for (const item of map.familyHistory) for (const place of item.places) offer(place, 'family-history')
  return out
}

/** True when the placement names a paired organ and the record gives no side for it. */
function sideUnknown(p: Placement): boolean {
  return p.rule.reason.sideNotRecorded && p.laterality === null
}

/**
 * The paired organs painted at the cursor only by findings whose side the record does not give: both sides stay
 * painted, and the body marks them "side not recorded". An organ that any painting finding names by its side is not
 * in the set. Same visibility rules as placeStatuses.
 * @param twin - the record with its mapping
 * @param cursor - YYYY-MM-DD or null
 * @param filters - the same filters as the list
 */
export function sideNotRecordedOrgans(twin: Twin, cursor: string | null, filters: RecordFilters): ReadonlySet<OrganId> {
  const unknown = new Set<OrganId>()
  const known = new Set<OrganId>()
  for (const { placement } of paintingPlacements(twin, cursor, filters)) {
    for (const place of placement.places) {
      if (!isOrganId(place) || ORGANS[place].laterality === null) continue
      ;(sideUnknown(placement) ? unknown : known).add(place)
    }
  }
  for (const id of known) unknown.delete(id)
  return unknown
}

/**
 * The organs whose findings at the cursor include one that records the part as removed (a history of amputation) on
 * a recorded side: drawn as removed, never as a normal part painted in a status colour. Same visibility rules as
 * placeStatuses.
 * @param twin - the record with its mapping
 * @param cursor - YYYY-MM-DD or null
 * @param filters - the same filters as the list
 */
export function removedOrgans(twin: Twin, cursor: string | null, filters: RecordFilters): ReadonlySet<OrganId> {
  const out = new Set<OrganId>()
  for (const { placement } of paintingPlacements(twin, cursor, filters)) {
    // Removed only on a known side: "lower limb amputation" with no side is not both legs removed; those parts keep
    // their status colour with the side-not-recorded pattern, and the panel says what the record says.
    if (!placement.removed || placement.rule.reason.sideNotRecorded) continue
    for (const place of placement.places) if (isOrganId(place)) out.add(place)
  }
  return out
}

/** How the body marks an organ beyond its status colour. */
export type OrganMarking = 'removed' | 'side-not-recorded'

/**
 * One marking per organ at the cursor: 'removed' wins over 'side-not-recorded' (a removed part is drawn as removed
 * even when another finding names it too; the organ panel lists them all).
 * @param twin - the record with its mapping
 * @param cursor - YYYY-MM-DD or null
 * @param filters - the same filters as the list
 */
export function organMarkings(
  twin: Twin,
  cursor: string | null,
  filters: RecordFilters,
): ReadonlyMap<OrganId, OrganMarking> {
  const out = new Map<OrganId, OrganMarking>()
  for (const id of sideNotRecordedOrgans(twin, cursor, filters)) out.set(id, 'side-not-recorded')
  for (const id of removedOrgans(twin, cursor, filters)) out.set(id, 'removed')
  return out
}

export type { TimeState }
