/**
 * Limits and odd searchsets at the server level (docs/reliability.md B15, B17, B18, C1, C4, C11, C21): the real
 * embedded server with its fault switch (server/fhir/faults.ts) on a free port, loaded through loadPatientRecord
 * with real fetch; the server's request log counts what the client really sent.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { FaultRule } from '../../server/fhir/faults.ts'
import { ENDA, faultedServer } from '../../tests/fixtures/faultedServer.ts'
import { outcome } from '../../tests/fixtures/loadOutcome.ts'
import { FhirError } from './errors.ts'
import { loadPatientRecord, type LoadedRecord, type LoadOptions } from './loadRecord.ts'

const PATIENT = ENDA.patient
const FHIR_JSON = 'application/fhir+json; charset=utf-8'
const LOOP = 'the server linked back to a page already read'

const server = faultedServer({ staticDir: null, fixtureGlobs: [ENDA.fixture] }, { beforeAll, afterAll, beforeEach })
const { faults } = server

const load = (options: Partial<LoadOptions> = {}): Promise<LoadedRecord> =>
  loadPatientRecord({ baseUrl: server.fhirBaseUrl, patientId: PATIENT, ...options })

const requested = (pattern: RegExp): string[] => faults.log.map((e) => e.path).filter((p) => pattern.test(p))

const condition = (id: string, extra: object = {}): object => ({
  resourceType: 'Condition',
  id,
  subject: { reference: `Patient/${PATIENT}` },
  code: { text: `Condition ${id}` },
  ...extra,
})

/** A fixed searchset body served for the requests whose path matches `path`. */
function page(path: string, bundle: object): FaultRule {
  const body = JSON.stringify({ resourceType: 'Bundle', type: 'searchset', ...bundle })
  return { path, fault: { kind: 'content-type', contentType: FHIR_JSON, body } }
}

describe('B15 paging loops stop with the list marked incomplete', () => {
  it('B15 a next link to itself stops paging with the list marked incomplete', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'next-loop' } }])
    const record = await load()
    // The first page is asked twice (its next link names the request itself), never a third time.
    expect(requested(/^Condition\?/)).toHaveLength(2)
    expect(outcome(record, 'Condition')).toEqual(['incomplete', 2, LOOP])
    expect(outcome(record, 'Observation')).toEqual(['loaded', 41, null])
  })

  it('B15 a cycle A→B→A is detected by the self link of A and B is read once', async () => {
    const base = server.fhirBaseUrl
    faults.set([
      page('^Condition\\?page=B', {
        link: [
          { relation: 'self', url: `${base}/Condition?page=B` },
          { relation: 'next', url: `${base}/Condition?page=A` },
        ],
        entry: [{ resource: condition('c2') }],
      }),
      page('^Condition\\?', {
        link: [
          { relation: 'self', url: `${base}/Condition?page=A` },
          { relation: 'next', url: `${base}/Condition?page=B` },
        ],
        entry: [{ resource: condition('c1') }],
      }),
    ])
    const record = await load()
    expect(requested(/^Condition\?/)).toEqual([expect.stringMatching(/^Condition\?patient=/), 'Condition?page=B'])
    expect(outcome(record, 'Condition')).toEqual(['incomplete', 2, LOOP])
    expect(record.resources.filter((r) => r.resourceType === 'Condition').map((r) => r.id)).toEqual(['c1', 'c2'])
  })
})

describe('B17 hard caps on pages and resources say "showing the first N"', () => {
  it('B17 the page cap stops a long search at the cap and says so', async () => {
    const record = await load({ pageSize: 5, maxPages: 3 })
    expect(outcome(record, 'Observation')).toEqual(['incomplete', 15, 'more than 3 pages'])
    expect(requested(/^Observation\?/)).toHaveLength(3)
    expect(outcome(record, 'Immunization')).toEqual(['incomplete', 15, 'more than 3 pages'])
    expect(outcome(record, 'Condition')).toEqual(['loaded', 1, null])
  })

  it('B17 the resource cap keeps the first N resources of the load and names N', async () => {
    const full = await load()
    const everything = full.resources.length - 1
    const record = await load({ maxResources: 30 })
    const kept = record.resources.length - 1
    expect(everything).toBeGreaterThan(30)
    expect(kept).toBe(30)
    expect(record.outcomes.reduce((n, o) => n + o.count, 0)).toBe(30)
    const capped = record.outcomes.filter((o) => o.status === 'incomplete')
    expect(capped.length).toBeGreaterThan(0)
    expect(new Set(capped.map((o) => o.message))).toEqual(
      new Set(['showing the first 30 records, the most one load reads']),
    )
  })
})

describe('B18 Bundle.total that does not match what arrived', () => {
  it('B18 total 500 with 3 entries and no next page shows the 3 and notes the mismatch', async () => {
    faults.set([
      page('^Condition\\?', { total: 500, entry: [1, 2, 3].map((n) => ({ resource: condition(`t${String(n)}`) })) }),
    ])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['incomplete', 3, 'the record system counted 500 but sent 3'])
  })

  it('B18 no total at all: what arrived is shown as loaded', async () => {
    faults.set([page('^Condition\\?', { entry: [{ resource: condition('t1') }] })])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['loaded', 1, null])
  })

  it('B18 more entries than total are all shown, with a note', async () => {
    faults.set([
      page('^Condition\\?', { total: 1, entry: [{ resource: condition('a') }, { resource: condition('b') }] }),
    ])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['loaded', 2, null])
    expect(record.warnings).toContain('The record system counted 1 but sent 2; all are shown.')
  })
})

describe('C1, C4 entries that are not matches of the searched type', () => {
  it('C1 a Condition search that returns an Observation and a Patient ignores them and counts them', async () => {
    faults.set([
      page('^Condition\\?', {
        entry: [
          { resource: condition('c1') },
          { resource: { resourceType: 'Observation', id: 'stray-o', subject: { reference: `Patient/${PATIENT}` } } },
          { resource: { resourceType: 'Patient', id: 'stray-p' } },
        ],
      }),
    ])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['loaded', 1, null])
    expect(record.resources.filter((r) => r.id === 'stray-o' || r.id === 'stray-p')).toEqual([])
    expect(record.warnings).toContain(
      '2 entries of another type (Observation, Patient) in the Condition search were ignored.',
    )
  })

  it('C4 an outcome entry is a warning and an include entry is never a match', async () => {
    faults.set([
      page('^Condition\\?', {
        entry: [
          { resource: condition('c1'), search: { mode: 'match' } },
          { resource: condition('inc'), search: { mode: 'include' } },
          {
            resource: {
              resourceType: 'OperationOutcome',
              issue: [{ severity: 'warning', code: 'processing', diagnostics: 'Some results were left out.' }],
            },
            search: { mode: 'outcome' },
          },
        ],
      }),
    ])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['loaded', 1, null])
    expect(record.resources.some((r) => r.resourceType === 'OperationOutcome' || r.id === 'inc')).toBe(false)
    expect(record.warnings).toContain('Some results were left out.')
  })
})

describe('C11 references to another server', () => {
  it('C11 a reference to another server is not fetched and is named as external', async () => {
    faults.set([
      page('^Condition\\?', {
        entry: [
          {
            resource: condition('c1', {
              asserter: { reference: 'https://other.example/fhir/Practitioner/9' },
              encounter: { reference: `${server.fhirBaseUrl}/Encounter/e1` },
            }),
          },
        ],
      }),
    ])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['loaded', 1, null])
    expect(record.warnings).toContain(
      '1 reference points to records held by another record system (other.example); this app does not fetch them, so they are listed here as external references.',
    )
    expect(requested(/Practitioner|Encounter\/e1/)).toEqual([])
  })
})

describe('C21 the server FHIR release is read up front', () => {
  /** The embedded server's CapabilityStatement with another fhirVersion, served as `contentType`. */
  async function metadataAs(fhirVersion: string | null, contentType = FHIR_JSON): Promise<void> {
    const statement = (await (await fetch(`${server.fhirBaseUrl}/metadata`)).json()) as Record<string, unknown>
    const body = JSON.stringify({ ...statement, fhirVersion: fhirVersion ?? undefined })
    faults.set([{ resourceType: 'metadata', fault: { kind: 'content-type', contentType, body } }])
  }

  it('C21 a DSTU2 server is refused before any record is searched', async () => {
    await metadataAs('1.0.2')
    const error = await load().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FhirError)
    expect([(error as FhirError).kind, (error as FhirError).message]).toEqual([
      'refused',
      'The record system uses FHIR DSTU2 (1.0.2). This app reads FHIR R4 (and adapts STU3, R4B and R5 records), so no record was loaded.',
    ])
    expect(requested(/\?/)).toEqual([])
  })

  it('C21 an unknown release is refused and names it', async () => {
    await metadataAs('6.0.0-ballot')
    await expect(load()).rejects.toThrow(
      'The record system uses FHIR version 6.0.0-ballot, which this app does not know.',
    )
  })

  it('C21 an STU3 server loads and says the record was read as STU3', async () => {
    await metadataAs('3.0.2')
    const record = await load()
    expect(outcome(record, 'Observation')).toEqual(['loaded', 41, null])
    expect(record.warnings[0]).toBe(
      'The record system uses FHIR STU3 (3.0.2); its records were read with the STU3 differences this app knows.',
    )
  })

  it('C21 an R5 server named only by the fhirVersion MIME parameter is read as R5', async () => {
    await metadataAs(null, 'application/fhir+json; fhirVersion=5.0')
    const record = await load()
    expect(outcome(record, 'Observation')).toEqual(['loaded', 41, null])
    expect(record.warnings[0]).toBe(
      'The record system uses FHIR R5 (5.0); this app reads FHIR R4, so R5 records were read as their R4 equivalents where those match.',
    )
  })

  it('C21 an R4 server gets no release note', async () => {
    await metadataAs('4.0.1')
    const record = await load()
    expect(record.warnings.filter((w) => w.includes('FHIR'))).toEqual([])
  })
})
