import type { Bundle, SearchParameter } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { splitMultiBaseSearchParameters, splitTopLevelUnion } from './searchParameters.ts'

describe('splitTopLevelUnion', () => {
  it('splits only at top-level pipes, keeping parenthesised unions and quoted pipes together', () => {
    // given an expression with a nested union, a quoted pipe and a backtick identifier
    const expression =
      "Condition.subject | (Observation.value as Quantity) | (A.x | A.y).z | B.where(code = 'a|b') | C.`odd|name`"

    // when
    const branches = splitTopLevelUnion(expression)

    // then
    expect(branches).toEqual([
      'Condition.subject',
      '(Observation.value as Quantity)',
      '(A.x | A.y).z',
      "B.where(code = 'a|b')",
      'C.`odd|name`',
    ])
  })

  it('handles escaped quotes inside string literals', () => {
    expect(splitTopLevelUnion("X.where(a = 'it\\'s|x') | Y.b")).toEqual(["X.where(a = 'it\\'s|x')", 'Y.b'])
  })
})

describe('splitMultiBaseSearchParameters', () => {
  const shared: SearchParameter = {
    resourceType: 'SearchParameter',
    id: 'clinical-patient',
    url: 'http://hl7.org/fhir/SearchParameter/clinical-patient',
    name: 'patient',
    status: 'active',
    description: 'patient',
    code: 'patient',
    type: 'reference',
    base: ['Observation', 'ObservationDefinition', 'Condition', 'Goal'],
    expression:
      'Observation.subject.where(resolve() is Patient) | ObservationDefinition.x | (Condition.subject.where(resolve() is Patient))',
  }
  const single: SearchParameter = {
    ...shared,
    id: 'single',
    code: 'single',
    base: ['Patient'],
    expression: 'Patient.a | Patient.b',
  }
  const input: Bundle<SearchParameter> = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [{ resource: shared }, { resource: single }],
  }

  it('emits one parameter per base type with only that type’s branches, and leaves single-base ones alone', () => {
    const result = splitMultiBaseSearchParameters(input)

    expect(result.entry?.map((e) => [e.resource?.base, e.resource?.expression])).toEqual([
      [['Observation'], 'Observation.subject.where(resolve() is Patient)'],
      [['ObservationDefinition'], 'ObservationDefinition.x'],
      [['Condition'], '(Condition.subject.where(resolve() is Patient))'],
      // Goal owns no branch: it keeps the whole expression, exactly as unsplit.
      [['Goal'], shared.expression],
      [['Patient'], 'Patient.a | Patient.b'],
    ])
  })

  it('does not mutate its input', () => {
    const before = JSON.stringify(input)
    splitMultiBaseSearchParameters(input)
    expect(JSON.stringify(input)).toBe(before)
  })
})
