import { asArray, asObject, asString, field } from '../read.ts'
import { normaliseSystem, readCodeValue } from '../codes.ts'
import { STATUS_VOCABULARY } from '../statusVocabulary.ts'

/** A status element as read: the recognised code and what else the reading found. */
export interface StatusReading {
  /** The recognised code, or null. */
  readonly code: string | null
  readonly enteredInError: boolean
  readonly stu3: boolean
  /** Something was recorded but no recognised code could be read from it. */
  readonly unreadable: boolean
}

/**
 * Reads a status that is a CodeableConcept in R4 and a plain code string in STU3.
 * @param value - the recorded clinicalStatus or verificationStatus
 * @param systems - the code systems its codings may use (STATUS_VOCABULARY)
 * @param allowed - the codes recognised
 */
export function readStatus(
  value: unknown,
  systems: ReadonlySet<string | null>,
  allowed: ReadonlySet<string>,
): StatusReading {
  const asText = asString(value)
  if (asText !== null) {
    // STU3: `"clinicalStatus": "active"`. Never read `.coding` of a string.
    return {
      code: allowed.has(asText) ? asText : null,
      enteredInError: asText === 'entered-in-error',
      stu3: true,
      unreadable: !allowed.has(asText) && asText !== 'entered-in-error',
    }
  }
  const concept = asObject(value)
  if (concept === null) return { code: null, enteredInError: false, stu3: false, unreadable: false }
  // One pass over the codings (two statusCodes passes read and normalised every coding twice).
  let code: string | null = null
  let enteredInError = false
  let stu3 = false
  for (const item of asArray(field(concept, 'coding'))) {
    const coding = asObject(item)
    const value = readCodeValue(field(coding, 'code'))
    if (value === null) continue
    const system = normaliseSystem(field(coding, 'system'))
    if (STATUS_VOCABULARY.stu3Systems.has(system)) stu3 = true
    if (!systems.has(system)) continue
    if (code === null && allowed.has(value)) code = value
    if (value === 'entered-in-error') enteredInError = true
  }
  return { code, enteredInError, stu3, unreadable: code === null && !enteredInError }
}
