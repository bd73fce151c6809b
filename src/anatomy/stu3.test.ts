/**
 * D13 (docs/reliability.md): the same record written with STU3 status codes and system URIs maps exactly as its R4
 * form. Each fixture's Conditions and AllergyIntolerances are rewritten twice: statuses as STU3 plain codes
 * (`"clinicalStatus": "active"`), and as codings under the pre-R4 system URIs (http://hl7.org/fhir/condition-clinical
 * ...); SNOMED CT codings are also written under its OID and with a trailing slash. The whole TwinMap must be equal.
 */
import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { SYSTEMS } from '../timeline/codes.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { readBundle, resourcesOf } from '../../tests/fixtures/testBundles.ts'
import { mapRecord } from './mapRecord.ts'

type Json = Record<string, unknown>
const OLD_URI: Readonly<Record<string, string>> = {
  [SYSTEMS.conditionClinical]: SYSTEMS.stu3ConditionClinical,
  [SYSTEMS.conditionVerification]: SYSTEMS.stu3ConditionVerification,
  [SYSTEMS.allergyClinical]: SYSTEMS.stu3AllergyClinical,
  [SYSTEMS.allergyVerification]: SYSTEMS.stu3AllergyVerification,
}
const SNOMED_FORMS = ['urn:oid:2.16.840.1.113883.6.96', 'http://snomed.info/sct/'] as const

/** Rewrites every SNOMED CT coding's system (in any nested CodeableConcept) to one of its other spellings. */
function oldCodeSystems(value: unknown, n: { i: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => oldCodeSystems(v, n))
  if (value === null || typeof value !== 'object') return value
  const out: Json = {}
  for (const [k, v] of Object.entries(value)) out[k] = oldCodeSystems(v, n)
  if (out['system'] === SYSTEMS.snomed && typeof out['code'] === 'string') {
    out['system'] = SNOMED_FORMS[n.i++ % SNOMED_FORMS.length]
  }
  return out
}

/** The status CodeableConcept as STU3 writes it: a plain code, or a coding under the pre-R4 URI. */
function oldStatus(status: unknown, form: 'code' | 'old-uri'): unknown {
  const coding = (status as { coding?: { system?: string; code?: string }[] } | undefined)?.coding?.[0]
  if (coding?.code === undefined) return status
  if (form === 'code') return coding.code
  return { coding: [{ system: OLD_URI[coding.system ?? ''] ?? coding.system, code: coding.code }] }
}

function asStu3(resources: readonly Resource[], form: 'code' | 'old-uri'): Resource[] {
  const n = { i: 0 }
  return resources.map((r) => {
    const copy = oldCodeSystems(r, n) as Json
    if (r.resourceType !== 'Condition' && r.resourceType !== 'AllergyIntolerance') return copy as unknown as Resource
    for (const field of ['clinicalStatus', 'verificationStatus']) {
      if (copy[field] !== undefined) copy[field] = oldStatus(copy[field], form)
    }
    return copy as unknown as Resource
  })
}

const FIXTURES = [
  'edge/edge-statuses.json',
  'edge/edge-codes.json',
  'synthea/sof__Darron_Feeney_ff447d4a-3e5c-4e90-9854-a66a1d0bdfac.json',
  'synthea/sof__Courtney_Schinner_7b5bea3e-de83-4c43-a89c-5078e923c3db.json',
] as const

describe('D13 STU3 and R4 forms of one record', () => {
  it('D13 STU3 status codes, pre-R4 status URIs and other SNOMED CT system spellings give the identical mapping', () => {
    for (const file of FIXTURES) {
      const r4 = resourcesOf(readBundle(file))
      const map = (resources: readonly Resource[]) =>
        mapRecord(normaliseRecord(resources, { asOf: '2026-01-01T00:00:00Z' }))
      const expected = map(r4)
      // the fixture exercises the mapping: something is placed, and the statuses fixture rules one out and hides three
      expect(expected.placements.length, file).toBeGreaterThan(0)
      for (const form of ['code', 'old-uri'] as const) {
        const stu3 = asStu3(r4, form)
        expect(JSON.stringify(stu3), `${file} ${form}`).not.toContain(`"${SYSTEMS.conditionClinical}"`)
        expect(map(stu3), `${file} ${form}`).toEqual(expected)
      }
    }
    const statuses = mapRecord(
      normaliseRecord(asStu3(resourcesOf(readBundle(FIXTURES[0])), 'code'), { asOf: '2026-01-01T00:00:00Z' }),
    )
    expect(statuses.ruledOut.map((r) => r.id)).toEqual(['Condition/edge-st-refuted'])
    expect(statuses.hidden.enteredInError).toBe(3)
  })
})
