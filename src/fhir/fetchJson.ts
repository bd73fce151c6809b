/** One FHIR request with a per-request timeout and bounded retries for "busy" statuses (B8, B9). */
import { FhirError, toFhirError } from './errors.ts'

const REQUEST_TIMEOUT_MS = 30_000
const RETRY_STATUSES = new Set([429, 502, 503, 504])
const MAX_RETRIES = 2

function requestSignal(signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  return signal ? AbortSignal.any([signal, timeout]) : timeout
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new FhirError('aborted', 'Loading was cancelled.'))
      },
      { once: true },
    )
  })
}

/**
 * Runs a request with a per-request timeout and bounded retries for "busy" statuses only (B8, B9).
 * @param run - the request, given the signal to pass on
 * @param signal - the caller's cancellation signal
 * @returns the parsed response body
 */
export async function fetchJson(
  run: (signal: AbortSignal) => Promise<unknown>,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(requestSignal(signal))
    } catch (error) {
      const fhirError = toFhirError(error)
      if (signal?.aborted) throw new FhirError('aborted', 'Loading was cancelled.')
      if (attempt < MAX_RETRIES && fhirError.status !== null && RETRY_STATUSES.has(fhirError.status)) {
        await delay(400 * 2 ** attempt + Math.floor(Math.random() * 200), signal)
        continue
      }
      throw fhirError
    }
  }
}
