/**
 * The composition root's glue: reads from src/fhir, normalises with src/timeline and writes the twin store.
 * I/O lives here and in src/fhir only; the store stays plain data.
 */
import { FhirError, listPatients, loadPatientRecord, readBundleText, toFhirError } from '../fhir/index.ts'
import type { RecordType, TypeOutcome } from '../fhir/index.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import type { EventKind, PatientSummary } from '../timeline/types.ts'
import type { ErrorState, MissingCategory, TwinStore } from '../twin/twinStore.ts'

/** Where the app connects: the embedded server by default, or `?fhir=<base>&patient=<id>`. */
export interface Connection {
  readonly baseUrl: string
  readonly patientId: string | null
  /** After a SMART launch: the current access token (memory only), sent to `baseUrl`'s origin only. */
  readonly accessToken?: () => Promise<string | undefined>
}

/**
 * Reads the connection from the page URL; only http(s) bases are accepted.
 * @param search - location.search
 * @param origin - location.origin, for the default embedded server at /fhir
 */
export function connectionFromUrl(search: string, origin: string): Connection {
  const params = new URLSearchParams(search)
  const fhir = params.get('fhir')?.trim()
  let baseUrl = `${origin}/fhir`
  if (fhir) {
    try {
      const url = new URL(fhir)
      if (url.protocol === 'http:' || url.protocol === 'https:') baseUrl = url.href.replace(/\/+$/, '')
    } catch {
      // An unusable ?fhir= falls back to the embedded server; the banner names the server in use.
    }
  }
  const patient = params.get('patient')?.trim()
  return { baseUrl, patientId: patient && /^[A-Za-z0-9\-.]{1,64}$/.test(patient) ? patient : null }
}

const SECTIONS: Record<RecordType, EventKind> = {
  Condition: 'condition',
  Procedure: 'procedure',
  Observation: 'observation',
  MedicationRequest: 'medication',
  MedicationStatement: 'medication',
  AllergyIntolerance: 'allergy',
  Immunization: 'immunization',
  FamilyMemberHistory: 'family-history',
  Encounter: 'encounter',
  DiagnosticReport: 'diagnostic-report',
  CarePlan: 'care-plan',
}

/**
 * Turns per-type outcomes into the missing-category notice.
 * @param outcomes - what src/fhir reported for each record type
 */
export function missingCategories(outcomes: readonly TypeOutcome[]): MissingCategory[] {
  return outcomes
    .filter((o): o is TypeOutcome & { status: MissingCategory['status'] } => o.status !== 'loaded')
    .map((o) => ({ section: SECTIONS[o.resourceType], category: o.resourceType, status: o.status, message: o.message }))
}

function errorState(error: unknown): ErrorState {
  const e = toFhirError(error)
  const message =
    e.kind === 'network'
      ? 'The record system could not be reached. Check the connection and try again.'
      : e.kind === 'http' && e.status === 404
        ? 'The record system has no record for this patient.'
        : e.message
  return { kind: e.kind, message, detail: e.outcomeText }
}

/** The actions the UI calls. */
export interface Controller {
  listPatients: () => Promise<void>
  openPatient: (patientId: string) => Promise<void>
  openFile: (file: File) => Promise<void>
  retry: () => Promise<void>
  back: () => void
}

/**
 * Creates the controller for one mounted app.
 * @param store - the app's twin store
 * @param connection - the FHIR server to use
 */
export function createController(store: TwinStore, connection: Connection): Controller {
  let aborter: AbortController | null = null
  let lastFile: File | null = null
  const fresh = (): AbortSignal => {
    aborter?.abort()
    aborter = new AbortController()
    return aborter.signal
  }
  const now = (): string => new Date().toISOString()

  const controller: Controller = {
    async listPatients() {
      const { listingPatients, patientsListed, patientListFailed } = store.getState()
      listingPatients()
      try {
        const patients = await listPatients({ baseUrl: connection.baseUrl })
        const asOf = now()
        const items: PatientSummary[] = []
        for (const p of patients) {
          const summary = normaliseRecord([p], { asOf }).patient
          if (summary) items.push(summary)
        }
        items.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id))
        patientsListed(items)
      } catch (error) {
        patientListFailed(errorState(error))
      }
    },

    async openPatient(patientId) {
      const signal = fresh()
      const state = store.getState()
      const generation = state.startLoading(patientId, { kind: 'server', baseUrl: connection.baseUrl })
      try {
        const bearerToken = await connection.accessToken?.()
        const loaded = await loadPatientRecord({
          baseUrl: connection.baseUrl,
          ...(bearerToken === undefined ? {} : { bearerToken }),
          patientId,
          signal,
          onProgress: (p) => {
            store.getState().setProgress(generation, p)
          },
        })
        const record = normaliseRecord(loaded.resources, { asOf: now(), patientId })
        store.getState().recordLoaded(generation, record, missingCategories(loaded.outcomes), loaded.warnings)
      } catch (error) {
        if (error instanceof FhirError && error.kind === 'aborted') return
        store.getState().loadFailed(generation, errorState(error))
      }
    },

    async openFile(file) {
      fresh()
      lastFile = file
      const generation = store.getState().startLoading(null, { kind: 'file', fileName: file.name })
      try {
        const parsed = readBundleText(await file.text())
        const patientId = parsed.patient?.id ?? null
        const record = normaliseRecord(parsed.resources, patientId ? { asOf: now(), patientId } : { asOf: now() })
        const missing: MissingCategory[] =
          parsed.patient === null
            ? [
                {
                  section: 'condition',
                  category: 'Patient',
                  status: 'incomplete',
                  message: 'the file has no Patient',
                },
              ]
            : []
        store.getState().recordLoaded(generation, record, missing, parsed.warnings)
      } catch (error) {
        store.getState().loadFailed(generation, errorState(error))
      }
    },

    async retry() {
      const { source, patientId } = store.getState()
      if (source.kind === 'file' && lastFile) return controller.openFile(lastFile)
      if (patientId !== null) return controller.openPatient(patientId)
      return controller.listPatients()
    },

    back() {
      aborter?.abort()
      store.getState().closeRecord()
      if (store.getState().patients.status !== 'ready') void controller.listPatients()
    },
  }
  return controller
}
