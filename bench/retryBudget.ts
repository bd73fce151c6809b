/**
 * Retry-budget figures (issue 14 point 2; docs/reliability.md B8): the embedded server with its fault switch
 * (server/fhir/faults.ts) answers every search with 503, or 429 with `Retry-After: 1`, or one search with a huge
 * Retry-After; one patient is loaded through the app's loadPatientRecord in Node, and the server's request log
 * counts what was really sent. Prints rows and returns the figures (wired into bench/run.ts by P1).
 */
import { performance } from 'node:perf_hooks'
import { startServer } from '../server/main.ts'
import { createFaultSwitch, type FaultRule } from '../server/fhir/faults.ts'
import { MAX_RETRY_AFTER_MS, RETRY_BUDGET } from '../src/fhir/fetchJson.ts'
import { loadPatientRecord } from '../src/fhir/loadRecord.ts'

const FIXTURE = 'fhir-fixtures/synthea/sof__Enda_Schaefer_dd760206-6c4e-4e25-a799-f5c563e489a1.json'
const PATIENT = 'd070e7dd-4d25-4c52-9fb2-78d232e1cf2c'

interface Scenario {
  readonly id: string
  readonly label: string
  readonly rules: readonly FaultRule[]
  /** Most milliseconds the load may take. */
  readonly maxMs: number
}

const EVERY_SEARCH = '\\?'
const SCENARIOS: readonly Scenario[] = [
  { id: 'none', label: 'no faults', rules: [], maxMs: 5_000 },
  {
    id: 'all503',
    label: 'all 503',
    rules: [{ path: EVERY_SEARCH, fault: { kind: 'status', status: 503 } }],
    maxMs: 10_000,
  },
  {
    id: 'all429ra1',
    label: 'all 429 Retry-After 1',
    rules: [{ path: EVERY_SEARCH, fault: { kind: 'status', status: 429, retryAfter: '1' } }],
    maxMs: 10_000,
  },
  {
    id: 'huge',
    label: 'huge Retry-After (86400 s)',
    rules: [{ resourceType: 'Condition', fault: { kind: 'status', status: 429, retryAfter: '86400' } }],
    // Not waited out: well under the cap on what is waited.
    maxMs: MAX_RETRY_AFTER_MS / 5,
  },
]

function row(label: string, value: string, target: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${target}`)
}

const mark = (ok: boolean): string => (ok ? 'MET' : 'NOT MET')

/**
 * Runs the scenarios and prints one block of rows each.
 * @returns the figures by `<scenario>.<figure>` (requests, extraRequests, budget, elapsedMs)
 */
export async function retryBudgetFigures(): Promise<Record<string, number>> {
  const faults = createFaultSwitch()
  const server = await startServer({ port: 0, staticDir: null, fixtureGlobs: [FIXTURE], faults })
  const figures: Record<string, number> = { budget: RETRY_BUDGET }
  try {
    for (const scenario of SCENARIOS) {
      faults.set(scenario.rules)
      const started = performance.now()
      const record = await loadPatientRecord({ baseUrl: server.fhirBaseUrl, patientId: PATIENT })
      const elapsedMs = Math.round(performance.now() - started)
      const requests = faults.log.length
      figures[`${scenario.id}.requests`] = requests
      figures[`${scenario.id}.extraRequests`] = record.extraRequests
      figures[`${scenario.id}.elapsedMs`] = elapsedMs
      row(`retry budget, ${scenario.label}: requests`, String(requests), '(Patient, metadata, searches)')
      row(
        `retry budget, ${scenario.label}: extra requests`,
        String(record.extraRequests),
        `<= ${String(RETRY_BUDGET)} (budget)  ${mark(record.extraRequests <= RETRY_BUDGET)}`,
      )
      row(
        `retry budget, ${scenario.label}: elapsed`,
        `${String(elapsedMs)} ms`,
        `<= ${String(scenario.maxMs)} ms  ${mark(elapsedMs <= scenario.maxMs)}`,
      )
    }
  } finally {
    await server.close()
  }
  return figures
}
