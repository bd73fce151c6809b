/**
 * Typed errors for everything src/fhir does. Messages are safe to show: they carry no token, no query string and at
 * most a truncated OperationOutcome text (shown as text, never as HTML).
 */

export type FhirErrorKind = 'network' | 'http' | 'malformed' | 'not-fhir' | 'aborted' | 'refused'

const MAX_OUTCOME_TEXT = 300

/** An error from loading FHIR data, with a category the UI can explain in plain language. */
export class FhirError extends Error {
  readonly kind: FhirErrorKind
  /** HTTP status when the server answered. */
  readonly status: number | null
  /** The OperationOutcome's issue text, truncated, when the server sent one. */
  readonly outcomeText: string | null
  /** Only the issues' details.text / diagnostics (no issue codes), truncated; null when none. */
  readonly outcomeDiagnostics: string | null
  /** How long the server asked to wait (Retry-After, seconds or an HTTP date) when it said so; else null. */
  readonly retryAfterMs: number | null

  /**
   * @param kind - the error category
   * @param message - a safe, plain-language message
   * @param status - the HTTP status, if any
   * @param outcomeText - OperationOutcome text, if any
   * @param outcomeDiagnostics - the OperationOutcome's details/diagnostics text alone, if any
   * @param retryAfterMs - the wait the server asked for, if any
   */
  constructor(
    kind: FhirErrorKind,
    message: string,
    status: number | null = null,
    outcomeText: string | null = null,
    outcomeDiagnostics: string | null = outcomeText,
    retryAfterMs: number | null = null,
  ) {
    super(message)
    this.name = 'FhirError'
    this.kind = kind
    this.status = status
    this.outcomeText = outcomeText
    this.outcomeDiagnostics = outcomeDiagnostics
    this.retryAfterMs = retryAfterMs
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g

/** Server text cleaned for showing as text (B7): no control or direction characters, one space between words. */
function clean(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

function outcomeParts(data: unknown, withCode: boolean): string | null {
  if (!isRecord(data) || data.resourceType !== 'OperationOutcome' || !Array.isArray(data.issue)) return null
  const parts: string[] = []
  for (const issue of data.issue as unknown[]) {
    if (!isRecord(issue)) continue
    const details = isRecord(issue.details) && typeof issue.details.text === 'string' ? issue.details.text : null
    const diagnostics = typeof issue.diagnostics === 'string' ? issue.diagnostics : null
    const code = withCode && typeof issue.code === 'string' ? issue.code : null
    const text = clean(details ?? diagnostics ?? code ?? '')
    if (text) parts.push(text)
  }
  if (parts.length === 0) return null
  const joined = parts.join('; ')
  return joined.length > MAX_OUTCOME_TEXT ? `${joined.slice(0, MAX_OUTCOME_TEXT)}…` : joined
}

/**
 * Reads the human text of an OperationOutcome (details.text, else diagnostics, else code), truncated.
 * @param data - a parsed response body
 */
export function operationOutcomeText(data: unknown): string | null {
  return outcomeParts(data, true)
}

/** The safe message of an HTTP error status. */
function httpMessage(status: number): string {
  if (status === 403) return `The record system does not allow this app to see this (HTTP ${status}).`
  if (status === 410) return `The record system says this was deleted (HTTP ${status}).`
  if (status === 429 || status === 503) return `The record system is busy (HTTP ${status}). Try again later.`
  return `The record system answered with an error (HTTP ${status}).`
}

/** A response header from fhir-kit-client's error config (a Headers object); null when absent or not exposed. */
function headerOf(headers: unknown, name: string): string | null {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name)
  if (isRecord(headers) && typeof headers[name] === 'string') return headers[name]
  return null
}

/**
 * Reads Retry-After (B8): delay-seconds or an HTTP date, as milliseconds from now (0 for a date in the past).
 * @param value - the header value, null when absent
 * @param now - the current time in ms
 * @returns the wait, or null when absent or unreadable
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  const text = value?.trim() ?? ''
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = text === '' ? Number.NaN : Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/**
 * Converts whatever fhir-kit-client or fetch threw into a FhirError without leaking URLs or bodies.
 * @param error - the thrown value
 */
export function toFhirError(error: unknown): FhirError {
  if (error instanceof FhirError) return error
  if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return error.name === 'TimeoutError'
      ? new FhirError('network', 'The record system did not answer in time.')
      : new FhirError('aborted', 'Loading was cancelled.')
  }
  if (isRecord(error) && isRecord(error.response) && typeof error.response.status === 'number') {
    const status = error.response.status
    const data = error.response.data
    const headers = isRecord(error.config) ? error.config.headers : undefined
    if (status >= 200 && status < 300) {
      return /html|xml/i.test(headerOf(headers, 'content-type') ?? '')
        ? new FhirError('not-fhir', 'The record system sent a web page or document instead of FHIR data.', status)
        : new FhirError('malformed', 'The record system sent data that could not be read.', status)
    }
    const retryAfter = parseRetryAfter(headerOf(headers, 'retry-after'), Date.now())
    return new FhirError(
      'http',
      httpMessage(status),
      status,
      operationOutcomeText(data),
      outcomeParts(data, false),
      retryAfter,
    )
  }
  if (error instanceof TypeError) {
    return new FhirError('network', 'The record system could not be reached.')
  }
  return new FhirError('network', 'The record system could not be reached.')
}
