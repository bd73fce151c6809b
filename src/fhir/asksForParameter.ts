/** Tells a refusal that asks for a missing search parameter (category, code, intent) from other errors. */
import type { FhirError } from './errors.ts'

const PARAMETER = /\b(category|code|intent)\b/i

/**
 * True for an HTTP 400 whose OperationOutcome (or message) names a parameter the split plan adds: the signal to
 * switch that type to the split plan (once).
 * @param error - the failed search
 * @returns whether the server asked for category, code or intent
 */
export function asksForParameter(error: FhirError): boolean {
  if (error.status !== 400) return false
  return PARAMETER.test(error.outcomeText ?? '')
}
