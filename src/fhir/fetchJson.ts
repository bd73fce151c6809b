/**
 * One FHIR request under the policy of its load (docs/reliability.md B2, B8-B10, B20): a per-request timeout that
 * aborts (a body that stalls after the headers too), bounded retries of "busy" answers honouring Retry-After up to a
 * cap, a retry budget shared by the whole load, and one request for the same thing asked twice at once.
 */
import { FhirError, toFhirError } from './errors.ts'

/** Each request is aborted after this long without a complete answer (B10). */
export const REQUEST_TIMEOUT_MS = 30_000
/** Extra requests (retries) one load may make in all, whatever the server answers (B8: no storms). */
export const RETRY_BUDGET = 10
/** Retries of one request at most. */
export const MAX_RETRIES = 2
/** A Retry-After longer than this is not waited out: the request fails as "busy" at once (B8). */
export const MAX_RETRY_AFTER_MS = 10_000
/** 500 on a GET, gateway errors and "busy": worth another try (B8, B9); never 4xx other than 429. */
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504])
const BACKOFF_MS = 500
const MAX_BACKOFF_MS = 4_000

/** The settings of one load's requests. */
export interface RequestSettings {
  readonly timeoutMs?: number
  readonly retryBudget?: number
}

/** The shared state of one load's requests. */
export interface RequestPolicy {
  readonly timeoutMs: number
  readonly retryBudget: number
  /** Retries made so far in this load. */
  retriesUsed: number
  /** Requests in flight by key (B20). */
  readonly inFlight: Map<string, Promise<unknown>>
}

// The policy travels with the load's signal, which every request of the load is given already (walkPages and the
// plan searches pass it on untouched), so the budget covers every request without a second parameter everywhere.
const policies = new WeakMap<AbortSignal, RequestPolicy>()

/**
 * Starts the policy of one load.
 * @param signal - the caller's cancellation signal
 * @param settings - timeout and retry budget (defaults REQUEST_TIMEOUT_MS, RETRY_BUDGET)
 * @returns the load's signal (aborted with the caller's) to pass to every request, and its policy
 */
export function startRequestPolicy(
  signal: AbortSignal | undefined,
  settings: RequestSettings = {},
): { readonly signal: AbortSignal; readonly policy: RequestPolicy } {
  const loadSignal = signal ? AbortSignal.any([signal]) : new AbortController().signal
  const policy: RequestPolicy = {
    timeoutMs: settings.timeoutMs ?? REQUEST_TIMEOUT_MS,
    retryBudget: settings.retryBudget ?? RETRY_BUDGET,
    retriesUsed: 0,
    inFlight: new Map(),
  }
  policies.set(loadSignal, policy)
  return { signal: loadSignal, policy }
}

function policyOf(signal: AbortSignal | undefined): RequestPolicy {
  const policy = signal === undefined ? undefined : policies.get(signal)
  // A request outside a load (the patient list) gets a budget of its own.
  return policy ?? { timeoutMs: REQUEST_TIMEOUT_MS, retryBudget: MAX_RETRIES, retriesUsed: 0, inFlight: new Map() }
}

const cancelled = (): FhirError => new FhirError('aborted', 'Loading was cancelled.')

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled())
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(cancelled())
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * How long to wait before retrying, or null for no retry: not a retryable status, no retries left for the request
 * or the load, or a Retry-After beyond the cap. Retry-After when sent (and exposed by CORS), else capped
 * exponential backoff with jitter.
 */
function retryWait(error: FhirError, attempt: number, policy: RequestPolicy): number | null {
  if (error.status === null || !RETRY_STATUSES.has(error.status)) return null
  if (attempt >= MAX_RETRIES || policy.retriesUsed >= policy.retryBudget) return null
  if (error.retryAfterMs !== null) return error.retryAfterMs > MAX_RETRY_AFTER_MS ? null : error.retryAfterMs
  return Math.min(MAX_BACKOFF_MS, BACKOFF_MS * 2 ** attempt) + Math.floor(Math.random() * 250)
}

/** A 200 whose content type says it is a web page or XML is not data (B2), even when it happens to parse. */
function checkContentType(result: unknown): void {
  const response =
    typeof result === 'object' && result !== null ? (result as { __response?: unknown }).__response : null
  if (!(response instanceof Response)) return
  const type = response.headers.get('content-type') ?? ''
  if (/html|xml/i.test(type)) {
    throw new FhirError('not-fhir', 'The record system sent a web page or document instead of FHIR data.')
  }
}

async function attempts(
  run: (signal: AbortSignal) => Promise<unknown>,
  signal: AbortSignal | undefined,
  policy: RequestPolicy,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      const timeout = AbortSignal.timeout(policy.timeoutMs)
      const result = await run(signal ? AbortSignal.any([signal, timeout]) : timeout)
      checkContentType(result)
      return result
    } catch (error) {
      const fhirError = toFhirError(error)
      if (signal?.aborted) throw cancelled()
      const wait = retryWait(fhirError, attempt, policy)
      if (wait === null) throw fhirError
      policy.retriesUsed++
      await delay(wait, signal)
    }
  }
}

/**
 * Runs a request with a per-request timeout and bounded retries for "busy" statuses (B8-B10); a request with the
 * same key already in flight in this load is not sent again: both callers get its answer (B20).
 * @param run - the request, given the signal to pass on
 * @param signal - the load's signal (from `startRequestPolicy`), or the caller's
 * @param key - what is asked (e.g. `Patient/123`); absent: never shared
 * @returns the parsed response body
 */
export function fetchJson(
  run: (signal: AbortSignal) => Promise<unknown>,
  signal: AbortSignal | undefined,
  key?: string,
): Promise<unknown> {
  const policy = policyOf(signal)
  if (key === undefined) return attempts(run, signal, policy)
  const pending = policy.inFlight.get(key)
  if (pending !== undefined) return pending
  const request = attempts(run, signal, policy).finally(() => policy.inFlight.delete(key))
  policy.inFlight.set(key, request)
  return request
}
