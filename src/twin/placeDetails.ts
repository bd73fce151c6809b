import type { FamilyHistoryItem, PlaceId, Placement, RiskFactor, RiskFactorValue } from '../anatomy/types.ts'
import { GUIDELINES, RISK_FACTORS, type Guideline } from '../anatomy/tables/riskFactors.ts'
import type {
  AllergyEvent,
  ConditionEvent,
  ImmunizationEvent,
  RecordedDate,
  ReferenceRange,
} from '../timeline/types.ts'
import { conditionView, isShownAt } from './selectors.ts'
import { sourceRow, type SourceRow } from './sourceRow.ts'
import type { Twin } from './twin.ts'
import type { RecordFilters } from './twinStore.ts'

/** One listed item with its source and "why here?". */
export interface ListedRow<T> {
  readonly item: T
  readonly source: SourceRow
}

/** One placed finding as the organ panel lists it. */
export interface PlacementRow extends ListedRow<Placement> {
  /** The condition behind it (its onset, end and statuses are shown), when it is one. */
  readonly condition: ConditionEvent | undefined
  /** True when its places include a paired organ: the panel says the side, or that none was recorded. */
  readonly paired: boolean
  /** True when the code itself records a suspicion ("Suspected lung cancer"): never shown beside "Confirmed". */
  readonly suspectedByCode: boolean
}

/** One recorded risk factor: its latest value as recorded, the source's own range, and a static guideline. */
export interface RiskFactorRow {
  readonly factor: RiskFactor
  readonly latest: RiskFactorValue | undefined
  /** The factor's LOINC codes (they choose the precision its values are shown with, src/i18n/units.ts). */
  readonly loinc: readonly string[]
  /** The latest value's recorded date, at the precision the record gives; null when undated. */
  readonly latestDate: RecordedDate | null
  /** The source's own reference range for the latest value, as recorded (the panel rounds and words it), or null. */
  readonly range: ReferenceRange | null
  /** The cited guideline table shown beside the values, never applied to them. */
  readonly guideline: Guideline | undefined
}

/** A measurement that concerns this place and is not in the record: said so, never left to read as "fine". */
export interface NotRecordedRow {
  readonly factor: string
  readonly label: string
}

/** Everything the details panel lists for one place at the timeline cursor and filters. */
export interface PlaceDetails {
  readonly conditions: readonly PlacementRow[]
  /** Conditions that name this place as a secondary place ("also concerns"). */
  readonly secondary: readonly PlacementRow[]
  readonly procedures: readonly PlacementRow[]
  readonly medications: readonly PlacementRow[]
  readonly riskFactors: readonly RiskFactorRow[]
  readonly notRecorded: readonly NotRecordedRow[]
  /** Relatives' conditions that concern this place ("family history of"). */
  readonly family: readonly ListedRow<FamilyHistoryItem>[]
  /** Allergies and immunizations: listed under the whole body only. */
  readonly allergies: readonly ListedRow<AllergyEvent>[]
  readonly immunizations: readonly ListedRow<ImmunizationEvent>[]
  /** The number of listed items (0: "nothing recorded here"). */
  readonly total: number
}

/** Finding ids shown at the cursor: conditions by the list's grouping and filters, the rest by their dates. */
function visiblePlacementIds(twin: Twin, cursor: string | null, filters: RecordFilters): Set<string> {
  const view = conditionView(twin, cursor, filters)
  const ids = new Set<string>([...view.active, ...view.resolved].map((c) => c.id))
  for (const p of twin.map.placements) {
    if (p.findingKind === 'condition') continue
    const event = twin.eventsById.get(p.id)
    if (!event || isShownAt(event, cursor)) ids.add(p.id)
  }
  return ids
}

function placementRow(twin: Twin, placement: Placement): PlacementRow {
  const event = twin.eventsById.get(placement.id)
  return {
    item: placement,
    source: sourceRow(twin, placement.source, event, placement.rule),
    condition: event?.kind === 'condition' ? event : undefined,
    paired: placement.places.some((p) => p.endsWith('_left') || p.endsWith('_right')),
    suspectedByCode: isSuspectedByCode(twin, placement.id),
  }
}

/**
 * True when the finding's code itself records a suspicion ("Suspected lung cancer", SuspectedBasis 'by-code'): the
 * views label it suspected and never show "Confirmed" beside it, whatever its verificationStatus says.
 * @param twin - the record with its mapping
 * @param id - the finding id (`Condition/abc`)
 */
export function isSuspectedByCode(twin: Twin, id: string): boolean {
  return twin.placementsById.get(id)?.rule.reason.suspected === 'by-code'
}

function familyAt(twin: Twin, place: PlaceId): ListedRow<FamilyHistoryItem>[] {
  const ids = new Set(twin.map.familyByOrgan[place] ?? [])
  return twin.map.familyHistory
    .filter((f) => ids.has(f.id))
    .map((f) => ({ item: f, source: sourceRow(twin, f.source, undefined, f.rule) }))
}

function riskFactorRow(twin: Twin, factor: RiskFactor): RiskFactorRow {
  const latest = factor.series[factor.series.length - 1]
  const observation = latest ? twin.eventsById.get(latest.observationId) : undefined
  const recorded = observation?.time.start ?? observation?.time.end ?? null
  // The value's date is the observation's clinical time (start, else end), at the precision the record gives.
  const latestDate: RecordedDate | null = latest?.date == null ? null : recorded
  return {
    factor,
    latest,
    loinc: RISK_FACTORS.find((d) => d.factor === factor.factor)?.loinc ?? [],
    latestDate,
    range: latest?.referenceRanges[0] ?? null,
    guideline: factor.guideline ? GUIDELINES.find((g) => g.id === factor.guideline) : undefined,
  }
}

/**
 * The rows of the details panel for one place (organ, mind, whole body): what the record places there and is
 * shown at the cursor and filters, the recorded risk factors, and the measurements not recorded.
 * @param twin - the record with its mapping and lookups
 * @param place - the organ or region
 * @param cursor - the timeline cursor (YYYY-MM-DD) or null for "as of the record"
 * @param filters - the record filters
 */
export function placeDetails(twin: Twin, place: PlaceId, cursor: string | null, filters: RecordFilters): PlaceDetails {
  const { record, map } = twin
  const visible = visiblePlacementIds(twin, cursor, filters)
  const placementsAt = (ids: readonly string[] | undefined): Placement[] =>
    (ids ?? []).flatMap((id) => {
      const placement = twin.placementsById.get(id)
      return placement !== undefined && visible.has(id) ? [placement] : []
    })
  const here = placementsAt(map.byOrgan[place]).map((p) => placementRow(twin, p))
  const secondary = placementsAt(map.secondaryByOrgan[place])
    .filter((p) => p.findingKind === 'condition')
    .map((p) => placementRow(twin, p))
  // BMI-for-age is left out of "not recorded": it applies to children only.
  const notRecorded = RISK_FACTORS.filter(
    (d) =>
      d.places.includes(place) &&
      !d.context &&
      d.factor !== 'bmi_percentile' &&
      !map.riskFactors.some((f) => f.factor === d.factor && f.series.length > 0),
  ).map((d) => ({ factor: d.factor, label: d.label }))
  const wholeBody = place === 'whole_body'
  const details = {
    conditions: here.filter((r) => r.item.findingKind === 'condition'),
    secondary,
    procedures: here.filter((r) => r.item.findingKind === 'procedure'),
    medications: here.filter((r) => r.item.findingKind === 'medication'),
    riskFactors: map.riskFactors.filter((f) => f.places.includes(place)).map((f) => riskFactorRow(twin, f)),
    notRecorded,
    family: familyAt(twin, place),
    allergies: (wholeBody ? record.allergies.filter((a) => isShownAt(a, cursor)) : []).map((a) => ({
      item: a,
      source: sourceRow(twin, a.source, a, null),
    })),
    immunizations: (wholeBody ? record.immunizations.filter((a) => isShownAt(a, cursor)) : []).map((a) => ({
      item: a,
      source: sourceRow(twin, a.source, a, null),
    })),
  }
  const total =
    details.conditions.length +
    details.secondary.length +
    details.procedures.length +
    details.medications.length +
    details.riskFactors.length +
    details.family.length +
    details.allergies.length +
    details.immunizations.length
  return { ...details, total }
}
