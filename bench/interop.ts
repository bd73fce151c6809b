/**
 * Requests per server profile (issue 13): loads the three e2e Synthea patients from the embedded server started
 * with each profile and counts the HTTP requests the loader sends (metadata, Patient read, searches, next pages).
 */
import { loadPatientRecord } from '../src/fhir/loadRecord.ts'
import { startServer } from '../server/main.ts'
import { FHIR_PROFILE_NAMES, type FhirProfileName } from '../server/fhir/profiles/FhirProfile.ts'

const PATIENTS = [
  ['Jacob King', '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb'],
  ['Courtney Schinner', 'f8cb2d52-c53d-4585-8417-7a1cc1a74377'],
  ["Cary O'Hara", 'a29740c4-30a5-442c-b49d-df0450de7388'],
] as const

/** One figure: requests and resources for one patient on one profile. */
export interface InteropFigure {
  readonly profile: FhirProfileName
  readonly patient: string
  readonly requests: number
  readonly resources: number
}

/**
 * Counts the requests of one record load (every `fetch` to the server's origin while it runs).
 * @param profile - the server profile
 * @returns one figure per patient
 */
export async function countRequests(profile: FhirProfileName): Promise<InteropFigure[]> {
  const server = await startServer({ port: 0, staticDir: null, profile })
  const realFetch = globalThis.fetch
  let requests = 0
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (url.startsWith(server.fhirBaseUrl)) requests++
    return realFetch(input, init)
  }
  try {
    const figures: InteropFigure[] = []
    for (const [patient, patientId] of PATIENTS) {
      requests = 0
      const record = await loadPatientRecord({ baseUrl: server.fhirBaseUrl, patientId })
      figures.push({ profile, patient, requests, resources: record.resources.length })
    }
    return figures
  } finally {
    globalThis.fetch = realFetch
    await server.close()
  }
}

/** Prints requests per profile per patient (called by bench/run.ts). */
export async function interopFigures(): Promise<void> {
  for (const profile of FHIR_PROFILE_NAMES) {
    for (const f of await countRequests(profile)) {
      const label = `record load requests, ${f.profile}, ${f.patient}`
      console.log(`${label.padEnd(58)} ${String(f.requests).padStart(12)}  (${String(f.resources)} resources)`)
    }
  }
}
