/**
 * Loads one patient's record from a FHIR R4 server with fhir-kit-client (the only importer of it in the app).
 * Searches every record type the CapabilityStatement allows, in parallel, each by its query plan (patient-only or
 * split by category / intent, docs/interop.md), following each `next` link with a visited set, a page cap and an
 * origin check; a failing type is reported and the rest is kept (partial results, I5).
 */
import { Client } from 'fhir-kit-client'
import type { Patient, Resource } from '@medplum/fhirtypes'
import { asksForParameter } from './asksForParameter.ts'
import { FhirError, toFhirError } from './errors.ts'
import { fetchJson, startRequestPolicy } from './fetchJson.ts'
import { isResource } from './narrow.ts'
import { planFromCapabilities, type ServerPlan } from './planFromCapabilities.ts'
import { PATIENT_ONLY, splitPlanFor, type TypePlan } from './queryPlan.ts'
import { searchByPlan, type PlanRun, type PlanWalk } from './searchByPlan.ts'
import { referenceNotes, unresolvedReferences } from './referenceNotes.ts'
import { readAsRelease, refuseUnreadableRelease, serverVersion } from './serverVersion.ts'
import { walkPages, type ResourceBudget } from './walkPages.ts'
import type { DeclaredVersion } from './detectFhirVersion.ts'
import { RECORD_TYPES, type RecordType } from '../timeline/recordTypes.ts'

export { isUnderBase } from './isUnderBase.ts'

/** Progress for the progress bar: pages and resources received, types finished out of types requested. */
export interface LoadProgress {
  readonly pages: number
  readonly resources: number
  readonly typesDone: number
  readonly typesTotal: number
}

/** What happened to one record type. */
export interface TypeOutcome {
  readonly resourceType: RecordType
  readonly status: 'loaded' | 'failed' | 'incomplete' | 'not-offered'
  readonly count: number
  /** Why it failed or is incomplete (safe text). */
  readonly message: string | null
  /** The HTTP status of the failed request when the server answered (401: the access token was refused). */
  readonly httpStatus: number | null
  /** For a type searched by the split plan: what was searched, e.g. `category: vital-signs, … and every other category`. */
  readonly searched?: string
}

export interface LoadedRecord {
  readonly patient: Patient
  readonly resources: readonly Resource[]
  readonly outcomes: readonly TypeOutcome[]
  /** OperationOutcome warnings sent inside search results (never clinical data). */
  readonly warnings: readonly string[]
  /** Retries the load made (at most its retry budget). */
  readonly extraRequests: number
}

export interface ServerOptions {
  /** The FHIR base URL, e.g. http://127.0.0.1:8080/fhir */
  readonly baseUrl: string
  /** Sent only to the base URL's origin, never to another host. */
  readonly bearerToken?: string
  readonly signal?: AbortSignal
}

export interface LoadOptions extends ServerOptions {
  readonly patientId: string
  readonly onProgress?: (progress: LoadProgress) => void
  /** Entries per page requested from the server. */
  readonly pageSize?: number
  /** Hard cap on pages per type (B17). */
  readonly maxPages?: number
  /** Hard cap on the resources one load keeps, every type together (B17); default MAX_RESOURCES. */
  readonly maxResources?: number
  /** Per-request timeout in ms (B10); default REQUEST_TIMEOUT_MS (fetchJson.ts). */
  readonly requestTimeoutMs?: number
  /** Extra requests (retries) the whole load may make (B8); default RETRY_BUDGET (fetchJson.ts). */
  readonly retryBudget?: number
  /** Only these types are searched (a SMART grant, A15); the others are reported not offered. Default: all. */
  readonly recordTypes?: readonly RecordType[]
}

/** The most resources one load keeps (B17): beyond it the types still loading say "showing the first N". */
export const MAX_RESOURCES = 20_000

/** Hosts where plain http: is accepted: this machine only (the local demo server). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Refuses a base that is not https: (plain http: only on this machine) before any request is made (B14).
 * @param baseUrl - the FHIR base
 */
function checkTransport(baseUrl: string): void {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new FhirError('refused', 'The record system address could not be read.')
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return
  throw new FhirError(
    'refused',
    'The record system address is not secure (it does not start with https:), so it is not used.',
  )
}

function makeClient(options: ServerOptions): Client {
  checkTransport(options.baseUrl)
  const client = new Client({ baseUrl: options.baseUrl.replace(/\/+$/, '') })
  if (options.bearerToken) client.bearerToken = options.bearerToken
  return client
}

/**
 * Reads the server's CapabilityStatement into the offered types and their query plans; null when it has none.
 * @param options - base URL, token and signal
 * @returns the plan, or null (every type is then tried by patient)
 */
export async function readServerPlan(options: ServerOptions): Promise<ServerPlan | null> {
  return (await readServer(options)).plan
}

/** The CapabilityStatement's plan and declared FHIR release (C21); both null when it could not be read. */
async function readServer(
  options: ServerOptions,
): Promise<{ readonly plan: ServerPlan | null; readonly version: DeclaredVersion | null }> {
  const client = makeClient(options)
  try {
    const statement = await fetchJson((signal) => client.capabilityStatement({ signal }), options.signal)
    return { plan: planFromCapabilities(statement), version: serverVersion(statement) }
  } catch (error) {
    const fhirError = toFhirError(error)
    if (fhirError.kind === 'network' || fhirError.kind === 'aborted') throw fhirError
    return { plan: null, version: null }
  }
}

/**
 * Reads the server's CapabilityStatement; a server without one is still usable (every type is tried).
 * @param options - base URL, token and signal
 * @returns the types it can search, or null when metadata could not be read
 */
export async function readCapabilities(options: ServerOptions): Promise<Set<string> | null> {
  const plan = await readServerPlan(options)
  return plan === null ? null : new Set(plan.offered)
}

type TypeLoad = TypeOutcome & { resources: Resource[]; warnings: string[] }

/** What loading one record type shares with the others of the same record. */
interface TypeLoadRun {
  readonly client: Client
  readonly options: LoadOptions
  /** The types the server offers; the others are reported as 'not-offered' without a request. */
  readonly offered: readonly RecordType[]
  /** The plan of each type from the CapabilityStatement (patient-only where absent). */
  readonly plans: ReadonlyMap<string, TypePlan>
  readonly pageSize: number
  readonly maxPages: number
  readonly budget: ResourceBudget
  /** Mutable counters behind the LoadProgress reports. */
  readonly progress: { pages: number; resources: number; typesDone: number; readonly typesTotal: number }
  readonly report: () => void
}

/**
 * Runs the type's plan. A 400 asking for a parameter of the type's split on the patient-only plan switches to the
 * split once (when the split fails too, the first error is reported). A split plan chosen from the metadata whose
 * searches fail (e.g. a refused `category:not` catch-all) is retried once by patient alone: US Core servers declare
 * Condition combinations without `patient` alone, yet `Condition?patient=` is a SHALL.
 */
async function runPlan(resourceType: RecordType, run: TypeLoadRun): Promise<PlanWalk> {
  const { client, options, progress, report } = run
  const planRun = {
    client,
    resourceType,
    patientId: options.patientId,
    pageSize: run.pageSize,
    walk: {
      baseUrl: options.baseUrl,
      signal: options.signal,
      maxPages: run.maxPages,
      budget: run.budget,
      onPage: (n: number) => {
        progress.pages++
        progress.resources += n
        report()
      },
    },
  }
  const plan = run.plans.get(resourceType) ?? PATIENT_ONLY
  if (plan.kind === 'split') return splitOrPatientOnly(plan, planRun)
  try {
    return await searchByPlan(plan, planRun)
  } catch (error) {
    const fhirError = toFhirError(error)
    const split = splitPlanFor(resourceType)
    if (split === null || !asksForParameter(fhirError, resourceType)) throw fhirError
    try {
      return await searchByPlan(split, planRun)
    } catch (splitError) {
      const splitFhirError = toFhirError(splitError)
      throw splitFhirError.kind === 'aborted' ? splitFhirError : fhirError
    }
  }
}

/** A split plan from the metadata; when one of its searches fails, the patient-only search once (kept if it works). */
async function splitOrPatientOnly(plan: TypePlan, planRun: PlanRun): Promise<PlanWalk> {
  let splitWalk: PlanWalk
  try {
    splitWalk = await searchByPlan(plan, planRun)
    if (!splitWalk.searchFailed) return splitWalk
  } catch (error) {
    const fhirError = toFhirError(error)
    if (fhirError.kind === 'aborted') throw fhirError
    try {
      return await searchByPlan(PATIENT_ONLY, planRun)
    } catch (retryError) {
      const retry = toFhirError(retryError)
      throw retry.kind === 'aborted' ? retry : fhirError
    }
  }
  try {
    return await searchByPlan(PATIENT_ONLY, planRun)
  } catch (retryError) {
    const retry = toFhirError(retryError)
    if (retry.kind === 'aborted') throw retry
    return splitWalk
  }
}

/** Searches one record type for the patient and follows its pages; a failure is reported, never thrown (I5). */
async function loadRecordType(resourceType: RecordType, run: TypeLoadRun): Promise<TypeLoad> {
  const base = { resourceType, httpStatus: null, resources: [], warnings: [] }
  if (!run.offered.includes(resourceType)) {
    return { ...base, status: 'not-offered', count: 0, message: 'not offered by this server' }
  }
  try {
    const walk = await runPlan(resourceType, run)
    return {
      ...base,
      status: walk.incomplete === null ? 'loaded' : 'incomplete',
      count: walk.resources.length,
      message: walk.incomplete,
      ...(walk.searched === null ? {} : { searched: walk.searched }),
      resources: walk.resources,
      warnings: walk.warnings,
    }
  } catch (error) {
    const fhirError = toFhirError(error)
    if (fhirError.kind === 'aborted') throw fhirError
    const detail = fhirError.outcomeText ? `${fhirError.message} ${fhirError.outcomeText}` : fhirError.message
    return { ...base, status: 'failed', count: 0, message: detail, httpStatus: fhirError.status }
  } finally {
    run.progress.typesDone++
    run.report()
  }
}

/**
 * Loads the Patient and every record type for it, in parallel, keeping whatever succeeds. Each type is searched
 * by the plan the CapabilityStatement implies (patient-only, or split by category / intent; see docs/interop.md).
 * Throws a FhirError only when the Patient itself cannot be read (nothing to show).
 * @param options - server, patient id, progress callback and limits
 * @returns the record, one outcome per type and the warnings
 */
export async function loadPatientRecord(loadOptions: LoadOptions): Promise<LoadedRecord> {
  // Every request of the load shares its timeout and retry budget through the load's signal (fetchJson.ts).
  const { signal, policy } = startRequestPolicy(loadOptions.signal, {
    ...(loadOptions.requestTimeoutMs === undefined ? {} : { timeoutMs: loadOptions.requestTimeoutMs }),
    ...(loadOptions.retryBudget === undefined ? {} : { retryBudget: loadOptions.retryBudget }),
  })
  const options: LoadOptions = { ...loadOptions, signal }
  const client = makeClient(options)
  const { patientId } = options
  const pageSize = options.pageSize ?? 200
  const maxPages = options.maxPages ?? 100
  const maxResources = options.maxResources ?? MAX_RESOURCES
  const budget: ResourceBudget = { max: maxResources, left: maxResources }

  const [patient, server] = await Promise.all([
    fetchJson(
      (s) => client.read({ resourceType: 'Patient', id: patientId, options: { signal: s } }),
      signal,
      `Patient/${patientId}`,
    ),
    readServer(options),
  ])
  if (!isResource(patient) || patient.resourceType !== 'Patient') {
    throw new FhirError('not-fhir', 'The record system did not send a patient record.')
  }
  // C21: a release the app cannot read is refused before any record is searched.
  refuseUnreadableRelease(server.version)
  const serverPlan = server.plan

  const types = RECORD_TYPES.filter(
    (t) => (serverPlan === null || serverPlan.offered.has(t)) && (options.recordTypes?.includes(t) ?? true),
  )
  const plans = serverPlan?.plans ?? new Map<string, TypePlan>()
  const progress = { pages: 0, resources: 1, typesDone: 0, typesTotal: types.length }
  const report = (): void => options.onProgress?.({ ...progress })
  report()

  const outcomes = await Promise.all(
    RECORD_TYPES.map((resourceType) =>
      loadRecordType(resourceType, {
        client,
        options,
        offered: types,
        plans,
        pageSize,
        maxPages,
        budget,
        progress,
        report,
      }),
    ),
  )
  const read = readAsRelease(server.version, [patient, ...outcomes.flatMap((o) => o.resources)])
  const notes = [
    ...(read.note === null ? [] : [read.note]),
    ...referenceNotes(unresolvedReferences(read.resources, options.baseUrl), 'record'),
  ]

  return {
    patient,
    resources: read.resources,
    outcomes: outcomes.map(({ resourceType, status, count, message, httpStatus, searched }) => ({
      resourceType,
      status,
      count,
      message,
      httpStatus,
      ...(searched === undefined ? {} : { searched }),
    })),
    warnings: [...new Set([...notes, ...outcomes.flatMap((o) => o.warnings)])],
    extraRequests: policy.retriesUsed,
  }
}

/**
 * Lists the patients on a server for the picker (first pages only, capped).
 * @param options - server options
 */
export async function listPatients(options: ServerOptions): Promise<readonly Patient[]> {
  const client = makeClient(options)
  const first = await fetchJson(
    (s) => client.search({ resourceType: 'Patient', searchParams: { _count: 100 }, options: { signal: s } }),
    options.signal,
  )
  const walk = await walkPages(client, first, {
    baseUrl: options.baseUrl,
    signal: options.signal,
    maxPages: 10,
    resourceType: 'Patient',
    onPage: () => undefined,
  })
  return walk.resources.filter((r): r is Patient => r.resourceType === 'Patient')
}
