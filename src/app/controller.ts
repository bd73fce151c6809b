/**
 * The composition root's glue: reads from src/fhir, builds the twin (src/twin/buildTwin.ts: normalise, map,
 * derive) and writes the twin store.
 * I/O lives here and in src/fhir only; the store stays plain data.
 */
import type { Resource } from '@medplum/fhirtypes'
import {
  FhirError,
  listPatients,
  loadPatientRecord,
  readBundleFile,
  readHealthLink,
  ShlError,
  toFhirError,
} from '../fhir/index.ts'
import type { HealthLinkRecord, LoadedRecord, TypeOutcome } from '../fhir/index.ts'
import { RECORD_TYPE_SECTION, type RecordType } from '../timeline/recordTypes.ts'
import { en } from '../i18n/en.ts'
import type { PatientSummary } from '../timeline/types.ts'
import { buildTwinOffThread, warmTwinBuilder } from './twinBuilder.ts'
import { cancelWhenHidden, HIDDEN_TOO_LONG } from './cancelWhenHidden.ts'
import type { ErrorState, MissingCategory, TwinStore } from '../twin/twinStore.ts'
import type { HealthLinkProblem } from '../twin/healthLinkProblem.ts'
import { withNotShared } from './smart/grantedTypes.ts'

/** What a SMART launch lends the controller (src/fhir/smart/session.ts): the tokens themselves stay there, in memory. */
export interface SmartAccess {
  /** The current access token, sent to the FHIR base's origin only; undefined (or a rejection) once it has ended. */
  readonly accessToken: () => Promise<string | undefined>
  /** One forced refresh after the FHIR server answered 401 to `rejected`; undefined when the sign-in has ended. */
  readonly refreshAfterUnauthorized: (rejected: string) => Promise<string | undefined>
  /** Drops the tokens: the sign-in has ended. */
  readonly endSession: () => void
  /** The record types the granted scope covers (A15, smart/grantedTypes.ts); only these are searched. */
  readonly grantedTypes?: readonly RecordType[]
}

/** Where the app connects: the embedded server by default, or `?fhir=<base>&patient=<id>`. */
export interface Connection {
  readonly baseUrl: string
  readonly patientId: string | null
  /** Present after a SMART launch; absent for an open server (no token, no sign-in). */
  readonly smart?: SmartAccess
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

/**
 * Turns per-type outcomes into the missing-category notice.
 * @param outcomes - what src/fhir reported for each record type
 */
export function missingCategories(outcomes: readonly TypeOutcome[]): MissingCategory[] {
  return outcomes
    .filter((o): o is TypeOutcome & { status: MissingCategory['status'] } => o.status !== 'loaded')
    .map((o) =>
      // A refused search (403) names what was refused, and the rest of the record still shows (B4).
      o.status === 'failed' && o.httpStatus === 403
        ? {
            section: RECORD_TYPE_SECTION[o.resourceType],
            category: o.resourceType,
            status: 'not-permitted',
            message: 'HTTP 403',
          }
        : {
            section: RECORD_TYPE_SECTION[o.resourceType],
            category: o.resourceType,
            status: o.status,
            message: o.message,
          },
    )
}

/** What the error view says for a status of the Patient read (B5, B6, B8); the others say the error's message. */
const PATIENT_STATUS_MESSAGE: Readonly<Record<number, string>> = {
  403: 'The record system does not allow this app to see this patient.',
  404: 'The record system has no record for this patient.',
  410: 'The record system says this record was deleted, so nothing is shown.',
}

/** Said after "could not be reached": offline, the server down, or no CORS look the same to a page (B12, B13). */
const NO_BROWSER_ACCESS = ' If it keeps happening, the record system may not allow access from a browser.'

function errorState(error: unknown): ErrorState {
  const e = toFhirError(error)
  // None of the network errors is retried by src/fhir (no storm against a server that blocks browsers).
  const message =
    e.kind === 'network'
      ? `${e.message} Check the connection and try again.${e.message.includes('could not be reached') ? NO_BROWSER_ACCESS : ''}`
      : ((e.kind === 'http' && e.status !== null ? PATIENT_STATUS_MESSAGE[e.status] : undefined) ?? e.message)
  return { kind: e.kind, message, detail: e.outcomeText }
}

/** The relaunch state: the record system no longer accepts this app's sign-in (docs/reliability.md A20, A21). */
const SESSION_ENDED: ErrorState = { kind: 'session-ended', message: en['error.sessionEnded'], detail: null }

/** A load cancelled because the tab stayed hidden (cancelWhenHidden.ts): the error view offers a retry. */
const PAUSED_HIDDEN: ErrorState = {
  kind: 'aborted',
  message: 'Loading stopped while this tab was in the background. Try again to load the record.',
  detail: null,
}

type Attempt = { readonly loaded: LoadedRecord } | { readonly error: unknown }

/** True when the FHIR server answered 401 to the Patient read (thrown) or to any record type. */
function isUnauthorized(result: Attempt): boolean {
  if ('error' in result) return result.error instanceof FhirError && result.error.status === 401
  return result.loaded.outcomes.some((o) => o.httpStatus === 401)
}

/**
 * True when the server refuses the token itself: the Patient read, or every record type, answered 401. A 401 on
 * some types only, with the same token accepted for the rest, is a refusal of those types (some servers answer 401
 * rather than 403 outside the granted scopes): they are listed as missing, and the sign-in goes on.
 */
function isTokenRefused(result: Attempt): boolean {
  if ('error' in result) return isUnauthorized(result)
  const outcomes = result.loaded.outcomes
  return outcomes.length > 0 && outcomes.every((o) => o.httpStatus === 401)
}

/** Another load or Back has taken over: stop as fhir/ does, with its typed error. */
function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new FhirError('aborted', 'Loading was cancelled.')
}

/**
 * Loads over a SMART connection: a 401 with the current token leads to at most one forced refresh and one retry
 * with the new token (A21). If the new token is refused too (the Patient read or every type), or there is no token,
 * the session ends: null means "show the relaunch message". Types still refused after the retry while the rest load
 * are listed as missing, like any other failed type.
 */
async function loadSignedIn(
  smart: SmartAccess,
  load: (bearerToken: string) => Promise<LoadedRecord>,
  signal: AbortSignal,
): Promise<LoadedRecord | null> {
  const attempt = (token: string): Promise<Attempt> =>
    load(token).then(
      (loaded) => ({ loaded }),
      (error: unknown) => ({ error }),
    )
  // A refresh refused near expiry (A20) rejects here; either way the sign-in has ended.
  const token = await smart.accessToken().catch(() => undefined)
  if (token === undefined) {
    smart.endSession()
    return null
  }
  const first = await attempt(token)
  if (!isUnauthorized(first)) {
    if ('error' in first) throw first.error
    return first.loaded
  }
  throwIfAborted(signal)
  const renewed = await smart.refreshAfterUnauthorized(token)
  throwIfAborted(signal)
  if (renewed === undefined) return null
  const second = await attempt(renewed)
  if (isTokenRefused(second)) {
    // The new token is refused too: stop here (no second refresh) and keep no token that nothing may use.
    smart.endSession()
    return null
  }
  if ('error' in second) throw second.error
  return second.loaded
}

/** The actions the UI calls. */
export interface Controller {
  listPatients: () => Promise<void>
  openPatient: (patientId: string) => Promise<void>
  openFile: (file: File) => Promise<void>
  /** Opens a SMART Health Link (with its passcode, for P links): null once the twin shows, else why it did not. */
  openHealthLink: (link: string, passcode?: string) => Promise<HealthLinkProblem | null>
  retry: () => Promise<void>
  back: () => void
}

const now = (): string => new Date().toISOString()

/** Lists the server's patients into the store, sorted by name (a patient summary each). */
async function listPatientsInto(store: TwinStore, connection: Connection): Promise<void> {
  const { listingPatients, patientsListed, patientListFailed } = store.getState()
  listingPatients()
  try {
    // The pipeline is not in the entry script (the twin worker carries it): loaded here beside the search.
    const [patients, { normaliseRecord }] = await Promise.all([
      listPatients({ baseUrl: connection.baseUrl }),
      import('../timeline/normaliseRecord.ts'),
    ])
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
}

/** Loads one patient's record from the server (through a SMART sign-in when there is one) and builds the twin. */
async function openPatientInto(
  store: TwinStore,
  connection: Connection,
  patientId: string,
  signal: AbortSignal,
): Promise<void> {
  const generation = store.getState().startLoading(patientId, { kind: 'server', baseUrl: connection.baseUrl })
  // The twin worker's script loads while the record is fetched.
  warmTwinBuilder()
  const granted = connection.smart?.grantedTypes
  const load = (bearerToken: string | undefined): Promise<LoadedRecord> =>
    loadPatientRecord({
      baseUrl: connection.baseUrl,
      ...(granted === undefined ? {} : { recordTypes: granted }),
      ...(bearerToken === undefined ? {} : { bearerToken }),
      patientId,
      signal,
      onProgress: (p) => {
        store.getState().setProgress(generation, p)
      },
    })
  try {
    const loaded =
      connection.smart === undefined ? await load(undefined) : await loadSignedIn(connection.smart, load, signal)
    if (loaded === null) {
      store.getState().loadFailed(generation, SESSION_ENDED)
      return
    }
    // Built in the twin worker (twinBuilder.ts); a twin for an older patient is dropped by the generation guard.
    const twin = await buildTwinOffThread(loaded.resources, { asOf: now(), patientId })
    const missing = withNotShared(missingCategories(loaded.outcomes), granted)
    store.getState().recordLoaded(generation, twin, missing, loaded.warnings)
  } catch (error) {
    if (error instanceof FhirError && error.kind === 'aborted') {
      if (signal.reason === HIDDEN_TOO_LONG) store.getState().loadFailed(generation, PAUSED_HIDDEN)
      return
    }
    store.getState().loadFailed(generation, errorState(error))
  }
}

/** A record read from a Bundle (a file or a health link): its resources, its Patient, its reading notes. */
interface SharedBundle {
  readonly resources: readonly Resource[]
  readonly patient: { readonly id?: string | undefined } | null
  readonly warnings: readonly string[]
}

/**
 * Builds the twin of a Bundle read on the device and shows it; a Bundle without a Patient says so.
 * @param noPatient - what the missing-Patient notice says ("the file has no Patient")
 */
async function showBundle(
  store: TwinStore,
  generation: number,
  bundle: SharedBundle,
  noPatient: string,
): Promise<void> {
  const patientId = bundle.patient?.id ?? null
  const twin = await buildTwinOffThread(bundle.resources, patientId ? { asOf: now(), patientId } : { asOf: now() })
  const missing: MissingCategory[] =
    bundle.patient === null
      ? [{ section: 'condition', category: 'Patient', status: 'incomplete', message: noPatient }]
      : []
  store.getState().recordLoaded(generation, twin, missing, bundle.warnings)
}

/** Reads a Bundle file chosen on this device and builds the twin; a file without a Patient says so. */
async function openFileInto(store: TwinStore, file: File): Promise<void> {
  const generation = store.getState().startLoading(null, { kind: 'file', fileName: file.name })
  try {
    await showBundle(store, generation, await readBundleFile(file), 'the file has no Patient')
  } catch (error) {
    store.getState().loadFailed(generation, errorState(error))
  }
}

/** Sent as `recipient` in SMART Health Link manifest requests (the sharer sees it in the link's access log). */
const HEALTH_LINK_RECIPIENT = 'Medical-record twin (browser app)'

/**
 * Opens a SMART Health Link and builds the twin as openFileInto does. A link that does not open (expired, passcode,
 * wrong key, ...) is answered to the form and leaves the store as it was, so the form keeps its state.
 */
async function openHealthLinkInto(
  store: TwinStore,
  link: string,
  passcode: string | undefined,
  signal: AbortSignal,
): Promise<HealthLinkProblem | null> {
  let shared: HealthLinkRecord
  try {
    const options = { recipient: HEALTH_LINK_RECIPIENT, signal }
    shared = await readHealthLink(link, passcode === undefined ? options : { ...options, passcode })
  } catch (error) {
    if (signal.aborted) return null
    if (error instanceof ShlError) {
      return { kind: error.kind, remainingAttempts: error.remainingAttempts, detail: error.detail }
    }
    return { kind: 'failed', remainingAttempts: null, detail: null }
  }
  if (signal.aborted) return null
  const generation = store.getState().startLoading(null, { kind: 'health-link', label: shared.label })
  try {
    await showBundle(store, generation, shared, 'the link shares no Patient')
  } catch (error) {
    store.getState().loadFailed(generation, errorState(error))
  }
  return null
}

/**
 * Shows a link that did not open on retry as the error view (the form is not shown there to answer it): the
 * problem's message in English, like the other error states, and its named reason as the detail.
 */
function showLinkProblem(store: TwinStore, problem: HealthLinkProblem, label: string | null): void {
  const generation = store.getState().startLoading(null, { kind: 'health-link', label })
  const kind = problem.kind === 'unreachable' ? 'network' : 'refused'
  store.getState().loadFailed(generation, { kind, message: en[`shl.problem.${problem.kind}`], detail: problem.detail })
}

/**
 * Creates the controller for one mounted app.
 * @param store - the app's twin store
 * @param connection - the FHIR server to use
 */
export function createController(store: TwinStore, connection: Connection): Controller {
  let aborter: AbortController | null = null
  let lastFile: File | null = null
  let lastLink: { readonly link: string; readonly passcode?: string } | null = null
  const fresh = (): AbortSignal => {
    aborter?.abort()
    aborter = new AbortController()
    return aborter.signal
  }

  const controller: Controller = {
    listPatients: () => listPatientsInto(store, connection),
    async openPatient(patientId) {
      const signal = fresh()
      const stopWatching = aborter === null ? () => undefined : cancelWhenHidden(aborter)
      try {
        await openPatientInto(store, connection, patientId, signal)
      } finally {
        stopWatching()
      }
    },
    async openFile(file) {
      fresh()
      lastFile = file
      return openFileInto(store, file)
    },
    async openHealthLink(link, passcode) {
      lastLink = passcode === undefined ? { link } : { link, passcode }
      return openHealthLinkInto(store, link, passcode, fresh())
    },
    async retry() {
      const { source, patientId } = store.getState()
      if (source.kind === 'file' && lastFile) return controller.openFile(lastFile)
      if (source.kind === 'health-link' && lastLink) {
        const problem = await controller.openHealthLink(lastLink.link, lastLink.passcode)
        if (problem !== null) showLinkProblem(store, problem, source.label)
        return
      }
      if (patientId !== null) return controller.openPatient(patientId)
      return controller.listPatients()
    },
    back() {
      aborter?.abort()
      // The link holds the key (and the passcode): nothing keeps it once the record is closed.
      lastLink = null
      store.getState().closeRecord()
      if (store.getState().patients.status !== 'ready') void controller.listPatients()
    },
  }
  return controller
}
