/**
 * The visits of the synthetic record (tools/syntheticRecord.ts): a yearly check-up (vital signs, lipid and
 * metabolic panels, questionnaires, vaccines), a visit for each planned condition (the Condition, its procedures
 * and medicine), and follow-up visits (vital signs, the labs the active conditions call for, medicine renewals).
 */
import type { Condition, Observation, Patient, Reference, Resource } from '@medplum/fhirtypes'
import {
  BP_PANEL,
  BP_PARTS,
  CHECKUP_PROCEDURES,
  FLU,
  LIPID_PANEL,
  METABOLIC_PANEL,
  SCREENINGS,
  SMOKING,
  VACCINES_BY_AGE,
  VITALS,
  type LabPanel,
  type Measure,
  type PlannedCondition,
} from './plan.ts'
import type { Random } from './random.ts'
import * as build from './resources.ts'

/** The patient-level state the visits share. */
export interface History {
  readonly random: Random
  readonly patient: Reference<Patient>
  /** Birth instant (ms). */
  readonly born: number
  /** Height in cm (adult, constant). */
  readonly height: number
  /** The Condition reference of each planned condition once diagnosed, by plan index. */
  readonly diagnosed: Map<number, Reference<Condition>>
  /** Instant (ms) after which renewals are written as active. */
  readonly activeFrom: number
  /** When each planned condition's medicine was last ordered (ms), by plan index: renewed every 180 days. */
  readonly ordered: Map<number, number>
}

const RENEW_MS = 180 * 86_400_000

const YEAR_MS = 365.25 * 86_400_000

/** Age in years at an instant. */
export function ageAt(history: History, at: number): number {
  return (at - history.born) / YEAR_MS
}

function value(measure: Measure, age: number, random: Random): number {
  const [, , unit, at20, at70, spread] = measure
  const share = Math.min(1, Math.max(0, (age - 20) / 50))
  const decimals = unit === '%' || unit === 'kg/m2' || unit === 'kg' || unit === 'mg/dL' ? 1 : 0
  const v = random.near(at20 + (at70 - at20) * share, spread, unit === 'mg/dL' && at20 < 5 ? 2 : decimals)
  return Math.max(0, v)
}

function startVisit(history: History, at: number, code: string, display: string): [build.VisitContext, Resource] {
  const id = history.random.uuid()
  const iso = new Date(at).toISOString()
  const visit: build.VisitContext = {
    random: history.random,
    patient: history.patient,
    encounter: { reference: `urn:uuid:${id}` },
    at: iso,
  }
  return [visit, build.encounter(id, history.patient, iso, code, display)]
}

function vitals(visit: build.VisitContext, age: number, random: Random): Observation[] {
  const parts = BP_PARTS.map(
    ([code, display, ...rest]) => [code, display, value([code, display, ...rest], age, random)] as const,
  )
  return [
    build.bloodPressure(visit, BP_PANEL, parts),
    ...VITALS.map((m) => build.quantityObservation(visit, m[0], m[1], value(m, age, random), m[2], 'vital-signs')),
  ]
}

function panel(
  visit: build.VisitContext,
  lab: LabPanel,
  age: number,
  random: Random,
  only?: readonly string[],
): Resource[] {
  const measures = lab.results.filter((m) => only === undefined || only.includes(m[0]))
  const results = measures.map((m) =>
    build.quantityObservation(visit, m[0], m[1], value(m, age, random), m[2], 'laboratory'),
  )
  return only === undefined ? [...results, build.report(visit, lab.code, lab.display, results)] : results
}

/** The yearly check-up at `at`: 23 resources, plus the vaccines due at that age. */
export function checkup(history: History, at: number): Resource[] {
  const { random } = history
  const age = ageAt(history, at)
  const [visit, encounter] = startVisit(history, at, '162673000', 'General examination of patient (procedure)')
  const smoking =
    age < 30
      ? build.concept(build.SNOMED, '449868002', 'Smokes tobacco daily (finding)')
      : build.concept(build.SNOMED, '8517006', 'Ex-smoker (finding)')
  const vaccines = VACCINES_BY_AGE.filter(([due]) => Math.floor(age) === due)
  return [
    encounter,
    build.quantityObservation(visit, '8302-2', 'Body Height', history.height, 'cm', 'vital-signs'),
    ...vitals(visit, age, random),
    build.codedObservation(visit, SMOKING[0], SMOKING[1], smoking),
    ...panel(visit, LIPID_PANEL, age, random),
    ...panel(visit, METABOLIC_PANEL, age, random),
    ...SCREENINGS.map((m) => build.quantityObservation(visit, m[0], m[1], value(m, age, random), m[2], 'survey')),
    ...CHECKUP_PROCEDURES.map(([code, display]) => build.procedure(visit, code, display)),
    build.immunization(visit, FLU[0], FLU[1]),
    ...vaccines.map(([, cvx, display]) => build.immunization(visit, cvx, display)),
  ]
}

/** The visit that diagnoses one planned condition: vital signs, the Condition, its procedures and medicine. */
export function problemVisit(history: History, at: number, index: number, planned: PlannedCondition): Resource[] {
  const { random } = history
  const [visit, encounter] = startVisit(history, at, '185347001', 'Encounter for problem (procedure)')
  const abated =
    planned.resolvedAfterDays === null ? null : new Date(at + planned.resolvedAfterDays * 86_400_000).toISOString()
  const found = build.condition(visit, planned.code, planned.display, abated)
  const reason = { reference: `urn:uuid:${found.id ?? ''}` }
  history.diagnosed.set(index, reason)
  const vital = vitals(visit, ageAt(history, at), random).slice(0, 2)
  const procedures = (planned.procedures ?? []).map(([code, display]) => build.procedure(visit, code, display, reason))
  const medicine = planned.medicine
  const status = planned.resolvedAfterDays === null ? 'active' : 'completed'
  const order = medicine === undefined ? [] : [build.medicationRequest(visit, medicine[0], medicine[1], reason, status)]
  history.ordered.set(index, at)
  return [encounter, ...vital, found, ...procedures, ...order]
}

/** Whether a planned condition is active at `at` (diagnosed before and not yet resolved). */
export function activeAt(history: History, plan: readonly PlannedCondition[], at: number): number[] {
  const active: number[] = []
  plan.forEach((planned, index) => {
    const onset = history.born + planned.age * YEAR_MS
    const end = planned.resolvedAfterDays === null ? Infinity : onset + (planned.resolvedAfterDays + 365) * 86_400_000
    if (onset < at && at < end && (planned.resolvedAfterDays ?? Infinity) > 365) active.push(index)
  })
  return active
}

/** A follow-up visit: vital signs, the labs the active conditions call for, one renewal per active medicine. */
export function followUp(history: History, at: number, plan: readonly PlannedCondition[]): Resource[] {
  const { random } = history
  const age = ageAt(history, at)
  const [visit, encounter] = startVisit(history, at, '390906007', 'Follow-up encounter (procedure)')
  const active = activeAt(history, plan, at).filter((index) => history.diagnosed.has(index))
  const codes = new Set(active.map((index) => plan[index]?.code))
  const labs: string[] = []
  if (codes.has('15777000') || codes.has('44054006')) labs.push('4548-4', '2339-0')
  if (['431855005', '431856006', '433144002'].some((code) => codes.has(code))) labs.push('2160-0', '33914-3')
  const renewals: Resource[] = []
  for (const index of active) {
    const medicine = plan[index]?.medicine
    const reason = history.diagnosed.get(index)
    if (medicine === undefined || reason === undefined || at - (history.ordered.get(index) ?? 0) < RENEW_MS) continue
    history.ordered.set(index, at)
    const status = at >= history.activeFrom ? 'active' : 'completed'
    renewals.push(build.medicationRequest(visit, medicine[0], medicine[1], reason, status))
  }
  return [
    encounter,
    ...vitals(visit, age, random),
    ...(labs.length === 0 ? [] : panel(visit, METABOLIC_PANEL, age, random, labs)),
    ...renewals,
  ]
}
