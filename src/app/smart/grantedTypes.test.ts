import { describe, expect, it } from 'vitest'
import { RECORD_TYPES } from '../../timeline/recordTypes.ts'
import { grantedRecordTypes, withNotShared } from './grantedTypes.ts'

/** What the app asks for (src/fhir/smart/launchScope.ts). */
const ASKED = [
  'launch',
  'openid',
  'fhirUser',
  'online_access',
  'patient/Patient.rs',
  ...RECORD_TYPES.map((t) => `patient/${t}.rs`),
]

describe('A15 the granted scope against the asked one', () => {
  it('A15 the whole asked scope grants every record type', () => {
    expect(grantedRecordTypes(ASKED.join(' '))).toEqual([...RECORD_TYPES])
  })

  it('A15 a grant without Condition and an empty grant leave those types out', () => {
    const narrower = ASKED.filter((scope) => scope !== 'patient/Condition.rs').join(' ')
    expect(grantedRecordTypes(narrower)).toEqual(RECORD_TYPES.filter((type) => type !== 'Condition'))
    expect(grantedRecordTypes('')).toEqual([])
    expect(grantedRecordTypes('launch openid fhirUser online_access')).toEqual([])
  })

  it('A15 reads v1 and wildcard spellings; a read without search is not enough to list a type', () => {
    expect(grantedRecordTypes('patient/*.read')).toEqual([...RECORD_TYPES])
    expect(grantedRecordTypes('user/*.cruds')).toEqual([...RECORD_TYPES])
    expect(grantedRecordTypes('patient/Condition.read patient/Procedure.* patient/Immunization.r')).toEqual([
      'Condition',
      'Procedure',
    ])
    expect(grantedRecordTypes('patient/Observation.rs?category=laboratory patient/Encounter.write')).toEqual([
      'Observation',
    ])
  })

  it('A15 every type outside the grant is listed as not shared, replacing what the load said of it', () => {
    const missing = withNotShared(
      [
        { section: 'condition', category: 'Condition', status: 'not-offered', message: 'not offered by this server' },
        { section: 'procedure', category: 'Procedure', status: 'failed', message: 'HTTP 500' },
      ],
      RECORD_TYPES.filter((type) => type !== 'Condition' && type !== 'CarePlan'),
    )
    expect(missing).toEqual([
      { section: 'procedure', category: 'Procedure', status: 'failed', message: 'HTTP 500' },
      { section: 'condition', category: 'Condition', status: 'not-shared', message: null },
      { section: 'care-plan', category: 'CarePlan', status: 'not-shared', message: null },
    ])
    expect(withNotShared([], undefined)).toEqual([])
  })
})
