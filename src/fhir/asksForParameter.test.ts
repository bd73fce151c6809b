import { describe, expect, it } from 'vitest'
import { asksForParameter } from './asksForParameter.ts'
import { FhirError, toFhirError } from './errors.ts'

/** A 400 as fhir-kit-client throws it, with an OperationOutcome of the given issues. */
const refusal = (...issue: unknown[]): FhirError =>
  toFhirError({ response: { status: 400, data: { resourceType: 'OperationOutcome', issue } } })

describe('asksForParameter', () => {
  it('does not read the issue code: `code-invalid` alone asks for nothing', () => {
    const error = refusal({ severity: 'error', code: 'code-invalid' })
    expect(error.outcomeText).toBe('code-invalid')
    expect(error.outcomeDiagnostics).toBeNull()
    expect(asksForParameter(error, 'Observation')).toBe(false)
  })

  it('does not take a list of valid parameters (HAPI "Unknown search parameter") for a request', () => {
    const error = refusal({
      severity: 'error',
      code: 'processing',
      diagnostics:
        'Unknown search parameter "foo" for resource type "Observation". Valid search parameters for this search are: [_id, category, code, date, patient]',
    })
    expect(asksForParameter(error, 'Observation')).toBe(false)
  })

  it('needs a phrase asking for the parameter (required, requires, missing, must) in details or diagnostics', () => {
    const details = (text: string): FhirError => refusal({ severity: 'error', code: 'required', details: { text } })
    expect(asksForParameter(details('The category parameter is required'), 'Observation')).toBe(true)
    expect(asksForParameter(details('Both patient and code or category are required.'), 'Observation')).toBe(true)
    expect(asksForParameter(details('Missing required parameter: code'), 'Observation')).toBe(true)
    expect(asksForParameter(details('You must send a category or a code'), 'Observation')).toBe(true)
    expect(asksForParameter(details('category: unknown value'), 'Observation')).toBe(false)
    expect(asksForParameter(details('The date parameter is required'), 'Observation')).toBe(false)
  })

  it("only asks for the parameters of that type's split", () => {
    const diagnostics = (text: string): FhirError => refusal({ severity: 'error', code: 'required', diagnostics: text })
    expect(asksForParameter(diagnostics('code is required'), 'Observation')).toBe(true)
    expect(asksForParameter(diagnostics('code is required'), 'Condition')).toBe(false)
    expect(
      asksForParameter(diagnostics('A Condition search requires a category: problem-list-item'), 'Condition'),
    ).toBe(true)
    expect(asksForParameter(diagnostics('intent is required'), 'Observation')).toBe(false)
    expect(asksForParameter(diagnostics('MedicationRequest search requires patient+intent'), 'MedicationRequest')).toBe(
      true,
    )
    expect(asksForParameter(diagnostics('category is required'), 'Procedure')).toBe(false)
    expect(asksForParameter(new FhirError('http', 'x', 500, 'category is required'), 'Observation')).toBe(false)
  })
})
