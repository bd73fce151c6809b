import type { Bundle, CapabilityStatement, OperationOutcome, Resource } from '@medplum/fhirtypes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from './main.ts'
import type { RunningServer } from './main.ts'
import { profileNamed } from './fhir/profiles/profileNamed.ts'

const JACOB = '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb'
const COMBINATION = 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination'

/** GETs a FHIR resource; `resourceType` names what the body is read as (a 400 body is an OperationOutcome). */
async function get<T extends Resource>(
  url: string,
  resourceType: T['resourceType'],
): Promise<{ status: number; body: T }> {
  const response = await fetch(url)
  const body = (await response.json()) as T
  expect(body.resourceType).toBe(resourceType)
  return { status: response.status, body }
}

const nextOf = (bundle: Bundle): string | undefined => bundle.link?.find((l) => l.relation === 'next')?.url

describe('server profiles (FHIR_PROFILE)', () => {
  let usCore: RunningServer
  let epic: RunningServer
  let oracle: RunningServer
  beforeAll(async () => {
    usCore = await startServer({ port: 0, staticDir: null, profile: 'us-core-strict' })
    epic = await startServer({ port: 0, staticDir: null, profile: 'epic-like' })
    oracle = await startServer({ port: 0, staticDir: null, profile: 'oracle-like' })
  })
  afterAll(async () => {
    await Promise.all([usCore.close(), epic.close(), oracle.close()])
  })

  it('reads FHIR_PROFILE values and refuses unknown ones', () => {
    expect(profileNamed(undefined).name).toBe('open')
    expect(profileNamed('epic-like').name).toBe('epic-like')
    expect(() => profileNamed('epic')).toThrow(
      'FHIR_PROFILE must be one of open, us-core-strict, epic-like, oracle-like, got epic',
    )
  })

  it('refuses a patient-only Observation search with the profile text (400)', async () => {
    const { status, body } = await get<OperationOutcome>(
      `${epic.fhirBaseUrl}/Observation?patient=${JACOB}`,
      'OperationOutcome',
    )
    expect(status).toBe(400)
    expect(body.issue[0]?.code).toBe('required')
    expect(body.issue[0]?.details?.text).toBe(
      'Both patient and code or category are required for an Observation search.',
    )
    const condition = await get<OperationOutcome>(`${epic.fhirBaseUrl}/Condition?patient=${JACOB}`, 'OperationOutcome')
    expect(condition.status).toBe(400)
    const medication = await get<OperationOutcome>(
      `${usCore.fhirBaseUrl}/MedicationRequest?patient=${JACOB}`,
      'OperationOutcome',
    )
    expect(medication.body.issue[0]?.diagnostics).toBe(
      'MedicationRequest search requires patient+intent (US Core 6.1/7 MedicationRequest).',
    )
  })

  it('caps _count, omits total and pages with an opaque cursor (epic-like)', async () => {
    const first = await get<Bundle>(
      `${epic.fhirBaseUrl}/Observation?patient=${JACOB}&category=laboratory&_count=500`,
      'Bundle',
    )
    expect(first.status).toBe(200)
    expect(first.body.entry).toHaveLength(50)
    expect(first.body.total).toBeUndefined()
    const next = nextOf(first.body) ?? ''
    expect(next).toMatch(new RegExp(`^${epic.fhirBaseUrl}/Observation\\?_cursor=[0-9a-f]{32}$`))
    const second = await get<Bundle>(next, 'Bundle')
    expect(second.body.entry).toHaveLength(50)
    const ids = new Set([...(first.body.entry ?? []), ...(second.body.entry ?? [])].map((e) => e.resource?.id))
    expect(ids.size).toBe(100)
    expect(
      (await get<OperationOutcome>(`${epic.fhirBaseUrl}/Observation?_cursor=nope`, 'OperationOutcome')).status,
    ).toBe(404)
  })

  it('pages with -pageContext next links and sends an OperationOutcome entry for no match (oracle-like)', async () => {
    const first = await get<Bundle>(
      `${oracle.fhirBaseUrl}/Observation?patient=${JACOB}&category=laboratory&_count=500`,
      'Bundle',
    )
    expect(first.body.entry).toHaveLength(100)
    expect(nextOf(first.body)).toMatch(/&-pageContext=[0-9a-f]{32}&-pageDirection=NEXT$/)
    const none = await get<Bundle>(`${oracle.fhirBaseUrl}/Observation?patient=${JACOB}&category=sdoh`, 'Bundle')
    expect(none.body.entry?.map((e) => [e.search?.mode, e.resource?.resourceType])).toEqual([
      ['outcome', 'OperationOutcome'],
    ])
  })

  it('states US Core combinations and drops $everything in the CapabilityStatement (us-core-strict)', async () => {
    const { body } = await get<CapabilityStatement>(`${usCore.fhirBaseUrl}/metadata`, 'CapabilityStatement')
    const observation = body.rest?.[0]?.resource?.find((r) => r.type === 'Observation')
    const combos = observation?.extension
      ?.filter((e) => e.url === COMBINATION)
      .map((e) => e.extension?.map((p) => p.valueString))
    expect(combos).toEqual([
      ['patient', 'category'],
      ['patient', 'code'],
    ])
    expect(body.rest?.[0]?.operation).toBeUndefined()
    const everything = await get<OperationOutcome>(
      `${usCore.fhirBaseUrl}/Patient/${JACOB}/$everything`,
      'OperationOutcome',
    )
    expect(everything.status).toBe(400)
  })
})
