/** Risk factors: the recorded series of each LOINC-coded factor (BMI, blood pressure, smoking ...), as recorded. */
import { SYSTEMS } from '../timeline/codes.ts'
import type { ObservationEvent, ObservationValue } from '../timeline/types.ts'
import { dateOf } from './dateOf.ts'
import { BP_PANELS, RISK_FACTORS, type RiskFactorDef } from './tables/riskFactors.ts'
import type { RiskFactor, RiskFactorValue } from './types.ts'

function valueOf(value: ObservationValue): Pick<RiskFactorValue, 'value' | 'unit' | 'comparator' | 'valueCode'> | null {
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
  const add = (
    def: RiskFactorDef,
    observation: ObservationEvent,
    value: ObservationValue | null,
    ranges: ObservationEvent['referenceRanges'],
    interpretation: ObservationEvent['interpretation'],
  ): void => {
    if (value === null) return
    const read = valueOf(value)
    if (read === null) return
    const list = series.get(def.factor) ?? []
    list.push({
      observationId: observation.id,
      date: dateOf(observation.time),
      ...read,
      referenceRanges: ranges,
      interpretation: interpretation.map((concept) => concept.text ?? concept.codes[0]?.code ?? ''),
    })
    series.set(def.factor, list)
  }
  for (const observation of observations) {
    const keys = observation.concept.codes.map((code) => code.key)
    const def = keys.map((key) => FACTOR_BY_LOINC.get(key)).find((found) => found !== undefined)
    if (def !== undefined)
      add(def, observation, observation.value, observation.referenceRanges, observation.interpretation)
    if (def === undefined && !keys.some((key) => BP_PANEL_KEYS.has(key))) continue
    for (const component of observation.components) {
      const part = component.concept.codes
        .map((code) => FACTOR_BY_LOINC.get(code.key))
        .find((found) => found !== undefined)
      if (part !== undefined)
        add(part, observation, component.value, component.referenceRanges, component.interpretation)
    }
  }
  const out: RiskFactor[] = []
  for (const def of RISK_FACTORS) {
    const values = series.get(def.factor)
    if (values === undefined) continue
    // Oldest first by recorded date string (ISO strings sort by time); undated values keep record order at the end.
    const sorted = values
      .map((value, index) => ({ value, index }))
      .sort((a, b) => {
        if (a.value.date === null || b.value.date === null) {
          return a.value.date === b.value.date ? a.index - b.index : a.value.date === null ? 1 : -1
        }
        return a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : a.index - b.index
      })
      .map(({ value }) => value)
    out.push({
      factor: def.factor,
      label: def.label,
      places: def.places,
      context: def.context,
      guideline: def.guideline,
      series: sorted,
    })
  }
  return out
}
