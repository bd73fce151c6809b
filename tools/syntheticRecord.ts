/**
 * A generated patient for the bench (issue 15): `generateSyntheticRecord({ seed, resources })` returns a FHIR R4
 * transaction Bundle (Synthea's shape: urn:uuid fullUrls, POST requests) with exactly `resources` entries for one
 * patient: a yearly check-up from age 18 to mid-2025 (vital signs, lipid and metabolic panels with their reports,
 * questionnaires, influenza and other vaccines), a visit for each of the 42 planned condition episodes
 * (tools/synthetic/plan.ts: SNOMED CT codes the mapping tables place, with procedures and medicines), and follow-up
 * visits, more of them while more chronic conditions are active, filling the rest. Every resource references the
 * Patient, and each clinical resource its Encounter. Pure and seeded: the same options give the same bundle.
 * Below about 2,000 resources the later history is cut (the bundle keeps its first `resources` entries).
 *
 * CLI: `tsx tools/syntheticRecord.ts out.json [resources] [seed]` (defaults 10000 and 1).
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Bundle, Patient, Reference, Resource } from '@medplum/fhirtypes'
import { CONDITION_PLAN } from './synthetic/plan.ts'
import { seededRandom } from './synthetic/random.ts'
import { activeAt, checkup, followUp, problemVisit, type History } from './synthetic/visits.ts'

/** Options of the generator. */
export interface SyntheticOptions {
  /** Any integer; the same seed gives the same bundle. */
  readonly seed: number
  /** Exact number of entries in the bundle (the Patient included). */
  readonly resources: number
}

/** The last instant of the generated history. */
const END = Date.parse('2025-06-30T12:00:00Z')
const DAY_MS = 86_400_000
const YEAR_MS = 365.25 * DAY_MS
/** Follow-up visits of the calibrating pass (its resources per visit set the real count). */
const CALIBRATION_VISITS = 200

/** One scheduled visit: its instant, its kind, and the plan index of a problem visit. */
type Visit = readonly [at: number, kind: 'checkup' | 'problem' | 'follow-up', index: number]

function patientOf(seed: number): [Patient, History] {
  const random = seededRandom(seed)
  const female = random.next() < 0.5
  const born = Date.UTC(1953 + random.int(0, 4), random.int(0, 11), random.int(1, 28), 8)
  const id = random.uuid()
  const patient: Patient = {
    resourceType: 'Patient',
    id,
    name: [{ use: 'official', family: 'Whitfield', given: [female ? 'Morgan' : 'Alex'] }],
    gender: female ? 'female' : 'male',
    birthDate: new Date(born).toISOString().slice(0, 10),
    address: [{ city: 'Springfield', country: 'US' }],
  }
  const reference: Reference<Patient> = { reference: `urn:uuid:${id}` }
  const history: History = {
    random,
    patient: reference,
    born,
    height: random.near(female ? 165 : 177, 5, 1),
    diagnosed: new Map(),
    activeFrom: END - YEAR_MS,
    ordered: new Map(),
  }
  return [patient, history]
}

function followUpTimes(history: History, count: number): number[] {
  // Monthly weights: 1 plus the number of active chronic conditions, so visits cluster where care is heavier.
  const start = history.born + 18 * YEAR_MS
  const months: [number, number][] = []
  for (let at = start; at < END; at += YEAR_MS / 12) months.push([at, 1 + activeAt(history, CONDITION_PLAN, at).length])
  const total = months.reduce((sum, [, w]) => sum + w, 0)
  const times: number[] = []
  let cumulative = 0
  let k = 0
  for (const [at, weight] of months) {
    cumulative += weight
    while (k < count && ((k + 0.5) / count) * total <= cumulative) {
      times.push(at + Math.floor(history.random.next() * 27) * DAY_MS)
      k++
    }
  }
  return times
}

function schedule(history: History, followUps: number): Visit[] {
  const visits: Visit[] = []
  const random = history.random
  for (let age = 18; history.born + (age + 1) * YEAR_MS < END; age++) {
    visits.push([history.born + age * YEAR_MS + random.int(1, 40) * DAY_MS, 'checkup', -1])
  }
  CONDITION_PLAN.forEach((planned, index) => {
    visits.push([history.born + planned.age * YEAR_MS + random.int(45, 300) * DAY_MS, 'problem', index])
  })
  for (const at of followUpTimes(history, followUps)) visits.push([at, 'follow-up', -1])
  return visits.sort((a, b) => a[0] - b[0])
}

function generate(seed: number, followUps: number): Resource[] {
  const [patient, history] = patientOf(seed)
  const out: Resource[] = [patient]
  for (const [at, kind, index] of schedule(history, followUps)) {
    const planned = CONDITION_PLAN[index]
    if (kind === 'checkup') out.push(...checkup(history, at))
    else if (kind === 'problem' && planned !== undefined) out.push(...problemVisit(history, at, index, planned))
    else out.push(...followUp(history, at, CONDITION_PLAN))
  }
  return out
}

/**
 * Generates the synthetic patient: a transaction Bundle of exactly `resources` entries (see the file comment).
 * @param options - seed and size
 */
export function generateSyntheticRecord(options: SyntheticOptions): Bundle {
  const { seed, resources } = options
  if (!Number.isInteger(resources) || resources < 1)
    throw new Error(`resources must be a positive integer: ${String(resources)}`)
  // A few passes fix the number of follow-up visits (their size varies with age); the bundle is then cut to size.
  const base = generate(seed, 0).length
  let followUps = CALIBRATION_VISITS
  let items = generate(seed, followUps)
  for (let pass = 0; pass < 4 && items.length !== resources && items.length > base; pass++) {
    const perVisit = (items.length - base) / followUps
    followUps = Math.max(0, followUps + Math.ceil((resources - items.length) / perVisit))
    items = generate(seed, followUps)
  }
  const kept = items.slice(0, resources)
  padWithReadings(kept, resources)
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: kept.map((resource) => ({
      fullUrl: `urn:uuid:${resource.id ?? ''}`,
      resource,
      request: { method: 'POST', url: resource.resourceType },
    })),
  }
}

// Fills the last few places with heart-rate readings of the last encounter (a home monitor upload).
function padWithReadings(items: Resource[], size: number): void {
  const template = [...items]
    .reverse()
    .find((r) => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '8867-4')
  if (template === undefined || template.resourceType !== 'Observation') return
  for (let n = 1; items.length < size; n++) {
    const value = 70 + (n % 9)
    items.push({
      ...template,
      id: `${template.id ?? ''}-${String(n)}`,
      valueQuantity: { ...template.valueQuantity, value },
    })
  }
}

function main(argv: readonly string[]): void {
  const [out, size = '10000', seed = '1'] = argv
  if (out === undefined) throw new Error('usage: tsx tools/syntheticRecord.ts out.json [resources] [seed]')
  const bundle = generateSyntheticRecord({ seed: Number(seed), resources: Number(size) })
  writeFileSync(out, JSON.stringify(bundle))
  console.log(`wrote ${out}: ${String(bundle.entry?.length ?? 0)} resources`)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2))
}
