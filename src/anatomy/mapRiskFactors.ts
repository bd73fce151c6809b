/** Risk factors: the recorded series of each LOINC-coded factor (BMI, blood pressure, smoking ...), as recorded. */
import { SYSTEMS } from '../timeline/codes.ts'
import type { Code, ObservationEvent, ObservationValue } from '../timeline/types.ts'
import { dateOf } from './dateOf.ts'
import { BP_PANELS, RISK_FACTORS, type RiskFactorDef } from './tables/riskFactors.ts'
import type { RiskFactor, RiskFactorValue } from './types.ts'

type ValueFields = Pick<RiskFactorValue, 'value' | 'unit' | 'comparator' | 'valueCode'>

function valueOf(value: ObservationValue): ValueFields {
  switch (value.type) {
    case 'quantity':
      return { value: value.value, unit: value.unit ?? value.code, comparator: value.comparator, valueCode: null }
    case 'integer':
      return { value: value.value, unit: null, comparator: null, valueCode: null }
    case 'string':
      return { value: value.value, unit: null, comparator: null, valueCode: null }
    case 'concept':
      return {
        value: value.concept.text ?? value.concept.codes[0]?.code ?? '',
        unit: null,
        comparator: null,
        valueCode: value.concept.codes[0]?.key ?? null,
      }
    case 'boolean':
      return { value: value.value ? 'true' : 'false', unit: null, comparator: null, valueCode: null }
  }
}

/** One value of a series, its fields copied into one literal in output order (no spread). */
function seriesValue(
  observation: ObservationEvent,
  value: ObservationValue,
  ranges: ObservationEvent['referenceRanges'],
  interpretation: ObservationEvent['interpretation'],
): RiskFactorValue {
  const read = valueOf(value)
  const texts: string[] = []
  for (const concept of interpretation) texts.push(concept.text ?? concept.codes[0]?.code ?? '')
  return {
    observationId: observation.id,
    date: dateOf(observation.time),
    value: read.value,
    unit: read.unit,
    comparator: read.comparator,
    valueCode: read.valueCode,
    referenceRanges: ranges,
    interpretation: texts,
  }
}

/** The factor of the first coding the LOINC table knows, else undefined. */
function factorOf(codes: readonly Code[]): RiskFactorDef | undefined {
  for (const code of codes) {
    const def = FACTOR_BY_LOINC.get(code.key)
    if (def !== undefined) return def
  }
  return undefined
}

function isBpPanel(codes: readonly Code[]): boolean {
  for (const code of codes) if (BP_PANEL_KEYS.has(code.key)) return true
  return false
}

function add(series: Map<string, RiskFactorValue[]>, def: RiskFactorDef, value: RiskFactorValue): void {
  const list = series.get(def.factor)
  if (list === undefined) series.set(def.factor, [value])
  else list.push(value)
}

/** Oldest first by recorded date string (ISO strings sort by time); undated last. Ties keep record order (stable). */
function byDate(a: RiskFactorValue, b: RiskFactorValue): number {
  if (a.date === b.date) return 0
  if (a.date === null) return 1
  if (b.date === null) return -1
  return a.date < b.date ? -1 : 1
}

const FACTOR_BY_LOINC: ReadonlyMap<string, RiskFactorDef> = new Map(
  RISK_FACTORS.flatMap((def) => def.loinc.map((code) => [`${SYSTEMS.loinc}|${code}`, def] as const)),
)
const BP_PANEL_KEYS: ReadonlySet<string> = new Set(BP_PANELS.map((code) => `${SYSTEMS.loinc}|${code}`))

/**
 * The recorded risk factors, each with its series of values (oldest first, undated last in record order).
 * @param observations - the record's observations
 */
export function mapRiskFactors(observations: readonly ObservationEvent[]): RiskFactor[] {
  const series = new Map<string, RiskFactorValue[]>()
  for (const observation of observations) {
    const codes = observation.concept.codes
    const def = factorOf(codes)
    if (def !== undefined && observation.value !== null) {
      add(
        series,
        def,
        seriesValue(observation, observation.value, observation.referenceRanges, observation.interpretation),
      )
    }
    if (def === undefined && !isBpPanel(codes)) continue
    for (const component of observation.components) {
      const part = factorOf(component.concept.codes)
      if (part !== undefined && component.value !== null)
        add(
          series,
          part,
          seriesValue(observation, component.value, component.referenceRanges, component.interpretation),
        )
    }
  }
  const out: RiskFactor[] = []
  for (const def of RISK_FACTORS) {
    const values = series.get(def.factor)
    if (values === undefined) continue
    // Array.prototype.sort is stable, so undated values and equal dates keep record order.
    values.sort(byDate)
    out.push({
      factor: def.factor,
      label: def.label,
      places: def.places,
      context: def.context,
      guideline: def.guideline,
      series: values,
    })
  }
  return out
}
