import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPatientRecord, type LoadedRecord } from './loadRecord.ts'
import { startServer, type RunningServer } from '../../server/main.ts'
import { FHIR_PROFILE_NAMES, type FhirProfileName } from '../../server/fhir/profiles/FhirProfile.ts'

/** Jacob King, Courtney Schinner and Cary O'Hara (the e2e patients). */
const PATIENTS = [
  '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb',
  'f8cb2d52-c53d-4585-8417-7a1cc1a74377',
  'a29740c4-30a5-442c-b49d-df0450de7388',
] as const

/** The loaded ids per type, sorted: what must be identical on every profile. */
function idsByType(record: LoadedRecord): Record<string, string[]> {
  const ids: Record<string, string[]> = {}
  for (const r of record.resources) (ids[r.resourceType] ??= []).push(r.id ?? '')
  for (const list of Object.values(ids)) list.sort()
  return ids
}

describe('the same record on every server profile (issue 13)', () => {
  const servers = new Map<FhirProfileName, RunningServer>()
  beforeAll(async () => {
    for (const profile of FHIR_PROFILE_NAMES)
      servers.set(profile, await startServer({ port: 0, staticDir: null, profile }))
  })
  afterAll(async () => {
    for (const server of servers.values()) await server.close()
  })
  const load = (profile: FhirProfileName, patientId: string): Promise<LoadedRecord> =>
    loadPatientRecord({ baseUrl: servers.get(profile)?.fhirBaseUrl ?? '', patientId })

  it.each(PATIENTS)(
    'patient %s: identical ids per type on open and on each strict profile, none missing',
    async (id) => {
      // given: the record as the open server gives it
      const open = await load('open', id)
      expect(open.outcomes.every((o) => o.status === 'loaded')).toBe(true)
      for (const profile of FHIR_PROFILE_NAMES.filter((p) => p !== 'open')) {
        // when
        const strict = await load(profile, id)
        // then
        expect(strict.outcomes.map((o) => `${o.resourceType}:${o.status}`)).toEqual(
          open.outcomes.map((o) => `${o.resourceType}:loaded`),
        )
        expect(idsByType(strict)).toEqual(idsByType(open))
      }
    },
  )

  it('a 400 "category required" on Observation (epic-like) switches to the split plan and says what was searched', async () => {
    // given: epic-like declares no combinations, so the loader first asks Observation?patient= alone
    const strict = await load('epic-like', 'a29740c4-30a5-442c-b49d-df0450de7388')
    // then: complete, with the categories searched named in the outcome
    const observation = strict.outcomes.find((o) => o.resourceType === 'Observation')
    expect(observation).toEqual({
      resourceType: 'Observation',
      status: 'loaded',
      count: 95,
      message: null,
      httpStatus: null,
      searched:
        'category: vital-signs, laboratory, social-history, survey, exam, imaging, procedure, activity, sdoh and every other category',
    })
    expect(strict.outcomes.find((o) => o.resourceType === 'Condition')?.searched).toBe(
      'category: problem-list-item, encounter-diagnosis, health-concern and every other category',
    )
  })

  it('us-core-strict: the plan comes from the CapabilityStatement (MedicationRequest by every intent, one search)', async () => {
    const strict = await load('us-core-strict', '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb')
    const byType = Object.fromEntries(strict.outcomes.map((o) => [o.resourceType, [o.status, o.count, o.searched]]))
    expect(byType.MedicationRequest).toEqual([
      'loaded',
      67,
      'intent: proposal,plan,order,original-order,reflex-order,filler-order,instance-order,option',
    ])
    expect(byType.Condition).toEqual(['loaded', 16, undefined])
    expect(byType.Observation?.[1]).toBe(406)
  })

  it.each(['epic-like', 'oracle-like'] as const)(
    '%s: the "no results" OperationOutcome entries of empty searches give no warning',
    async (profile) => {
      const strict = await load(profile, 'a29740c4-30a5-442c-b49d-df0450de7388')
      expect(strict.warnings).toEqual([])
    },
  )
})
