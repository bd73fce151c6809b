/** Tells a refusal that asks for a missing search parameter of the type's split (category, code, intent). */
import type { FhirError } from './errors.ts'

/** The parameters a refusal may ask for, per type: those its split plan sends (Observation also takes `code`). */
const SPLIT_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  Observation: ['category', 'code'],
  Condition: ['category'],
  MedicationRequest: ['intent'],
}

/** The words of a request for a parameter: `… is required`, `requires …`, `missing …`, `must …`. */
const ASKS = String.raw`(?:requires?|required|missing|must)`

/**
 * True for an HTTP 400 whose OperationOutcome text (details.text or diagnostics, never the issue code) asks for a
 * parameter of the type's split plan in one sentence (e.g. "The category parameter is required"): the signal to
 * switch that type to the split plan (once). A list of valid parameters ("Unknown search parameter … [category,
 * code]") or an issue code such as `code-invalid` does not ask.
 * @param error - the failed search
 * @param resourceType - the type searched
 * @returns whether the server asked for a parameter the type's split adds
 */
export function asksForParameter(error: FhirError, resourceType: string): boolean {
  const params = SPLIT_PARAMETERS[resourceType]
  if (error.status !== 400 || params === undefined) return false
  const param = String.raw`\b(?:${params.join('|')})\b`
  const asks = new RegExp(String.raw`${param}[^.;]*\b${ASKS}\b|\b${ASKS}\b[^.;]*${param}`, 'i')
  return asks.test(error.outcomeDiagnostics ?? '')
}
