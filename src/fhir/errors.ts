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

  /**
   * @param kind - the error category
   * @param message - a safe, plain-language message
   * @param status - the HTTP status, if any
   * @param outcomeText - OperationOutcome text, if any
   * @param outcomeDiagnostics - the OperationOutcome's details/diagnostics text alone, if any
   */
  constructor(
    kind: FhirErrorKind,
    message: string,
    status: number | null = null,
    outcomeText: string | null = null,
    outcomeDiagnostics: string | null = outcomeText,
  ) {
    super(message)
    this.name = 'FhirError'
    this.kind = kind
    this.status = status
    this.outcomeText = outcomeText
    this.outcomeDiagnostics = outcomeDiagnostics
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function outcomeParts(data: unknown, withCode: boolean): string | null {
  if (!isRecord(data) || data.resourceType !== 'OperationOutcome' || !Array.isArray(data.issue)) return null
  const parts: string[] = []
  for (const issue of data.issue as unknown[]) {
    if (!isRecord(issue)) continue
    const details = isRecord(issue.details) && typeof issue.details.text === 'string' ? issue.details.text : null
    const diagnostics = typeof issue.diagnostics === 'string' ? issue.diagnostics : null
    const code = withCode && typeof issue.code === 'string' ? issue.code : null
    const text = (details ?? diagnostics ?? code)?.trim()
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
    if (status >= 200 && status < 300) {
      return new FhirError('malformed', 'The record system sent data that could not be read.', status)
    }
    const outcome = operationOutcomeText(data)
    const diagnostics = outcomeParts(data, false)
    return new FhirError(
      'http',
      `The record system answered with an error (HTTP ${status}).`,
      status,
      outcome,
      diagnostics,
    )
  }
  if (error instanceof TypeError) {
    return new FhirError('network', 'The record system could not be reached.')
  }
  return new FhirError('network', 'The record system could not be reached.')
}
