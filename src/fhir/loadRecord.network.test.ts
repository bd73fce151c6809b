/**
 * Network faults at the server level (docs/reliability.md B1-B3, B7-B10, B12, B19, B20): the real embedded server
 * with its fault switch (server/fhir/faults.ts) on a free port, loaded through loadPatientRecord with real fetch; the
 * server's request log counts what the client really sent.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Client } from 'fhir-kit-client'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Fault } from '../../server/fhir/faults.ts'
import { ENDA, faultedServer } from '../../tests/fixtures/faultedServer.ts'
import { outcome } from '../../tests/fixtures/loadOutcome.ts'
import { FhirError } from './errors.ts'
import { fetchJson, RETRY_BUDGET, startRequestPolicy } from './fetchJson.ts'
import { listPatients, loadPatientRecord, type LoadedRecord, type LoadOptions } from './loadRecord.ts'

const PATIENT = ENDA.patient
/** The 11 record types, each searched once: the fixture fits on one page of each. */
const TYPES = 11
const UNREADABLE = 'The record system sent data that could not be read.'
const NOT_DATA = 'The record system sent a web page or document instead of FHIR data.'

const server = faultedServer({ staticDir: null, fixtureGlobs: [ENDA.fixture] }, { beforeAll, afterAll, beforeEach })
const { faults } = server

const load = (options: Partial<LoadOptions> = {}): Promise<LoadedRecord> =>
  loadPatientRecord({ baseUrl: server.fhirBaseUrl, patientId: PATIENT, ...options })

const searches = (type?: string): number =>
  faults.log.filter((e) => e.path.includes('?') && (type === undefined || e.path.startsWith(`${type}?`))).length

/** Loads with one fault on the Immunization search; the other types must load as without it. */
async function withImmunizationFault(fault: Fault): Promise<LoadedRecord> {
  faults.set([{ resourceType: 'Immunization', fault }])
  const record = await load()
  expect(outcome(record, 'Observation')).toEqual(['loaded', 41, null])
  return record
}

describe('B1-B3 a 200 that is not a readable FHIR Bundle is an error for that type, never data or "none"', () => {
  it.each([
    ['B1 truncated JSON', { kind: 'truncate' } as const, UNREADABLE],
    ['B1 a trailing comma', { kind: 'malformed', variant: 'trailing-comma' } as const, UNREADABLE],
    ['B1 garbage after the first bytes', { kind: 'malformed', variant: 'garbage' } as const, UNREADABLE],
    [
      'B2 a text/html login page',
      { kind: 'content-type', contentType: 'text/html', body: '<html><script>x()</script></html>' } as const,
      NOT_DATA,
    ],
    [
      'B2 an application/xml document',
      { kind: 'content-type', contentType: 'application/xml', body: '<Bundle/>' } as const,
      NOT_DATA,
    ],
    [
      'B2 text/html whose body happens to parse as a Bundle',
      {
        kind: 'content-type',
        contentType: 'text/html; charset=utf-8',
        body: '{"resourceType":"Bundle","type":"searchset"}',
      } as const,
      NOT_DATA,
    ],
    [
      'B3 an empty 200',
      { kind: 'empty', status: 200 } as const,
      'The record system sent something that is not a FHIR Bundle.',
    ],
    [
      'B3 an empty 204',
      { kind: 'empty', status: 204 } as const,
      'The record system sent something that is not a FHIR Bundle.',
    ],
  ])('%s fails that type with nothing half-read; the other types load', async (_name, fault, message) => {
    const record = await withImmunizationFault(fault)
    expect(outcome(record, 'Immunization')).toEqual(['failed', 0, message])
    expect(record.resources.filter((r) => r.resourceType === 'Immunization')).toHaveLength(0)
  })

  it('B1 a byte-order mark before valid JSON is read whole (not malformed)', async () => {
    const record = await withImmunizationFault({ kind: 'malformed', variant: 'bom' })
    expect(outcome(record, 'Immunization')).toEqual(['loaded', 17, null])
  })
})

describe('B7 an error outcome is shown cleaned and shortened, and never logged', () => {
  it('B7 diagnostics with control and direction characters and 2,000 characters come back as one short line', async () => {
    const canary = 'CANARY-7f3a Zq Patient Name'
    const diagnostics = `${canary}\u0000\n\u202e\t${'x'.repeat(2000)}`
    faults.set([{ resourceType: 'Condition', fault: { kind: 'status', status: 400, diagnostics } }])
    const consoles = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m))
    try {
      const record = await load()
      const message = outcome(record, 'Condition')?.[2] ?? ''
      expect(message.startsWith(`The record system answered with an error (HTTP 400). ${canary} x`)).toBe(true)
      expect(message).toHaveLength('The record system answered with an error (HTTP 400). '.length + 301)
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u001f\u202e]/.test(message)).toBe(false)
      expect(
        consoles.flatMap((spy) => spy.mock.calls).filter((call) => JSON.stringify(call).includes('CANARY')),
      ).toEqual([])
    } finally {
      for (const spy of consoles) spy.mockRestore()
    }
  })
})

describe('B8, B9 busy answers are retried within a budget, honouring Retry-After up to a cap', () => {
  it('B8 429 with Retry-After seconds is waited once, within the budget', async () => {
    faults.set([{ resourceType: 'Condition', times: 1, fault: { kind: 'status', status: 429, retryAfter: '1' } }])
    const started = performance.now()
    const record = await load()
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
    expect([outcome(record, 'Condition'), searches('Condition'), record.extraRequests]).toEqual([
      ['loaded', 1, null],
      2,
      1,
    ])
  })

  it('B8 503 with Retry-After as an HTTP date is waited until that date', async () => {
    const date = new Date(Date.now() + 2000).toUTCString()
    faults.set([{ resourceType: 'Condition', times: 1, fault: { kind: 'status', status: 503, retryAfter: date } }])
    const started = performance.now()
    const record = await load()
    expect(performance.now() - started).toBeGreaterThanOrEqual(900)
    expect([outcome(record, 'Condition'), searches('Condition')]).toEqual([['loaded', 1, null], 2])
  })

  it('B8 a huge Retry-After is not waited out: the type fails as busy at once, with one request', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'status', status: 429, retryAfter: '86400' } }])
    const started = performance.now()
    const record = await load()
    expect(performance.now() - started).toBeLessThan(3000)
    expect(outcome(record, 'Condition')).toEqual([
      'failed',
      0,
      'The record system is busy (HTTP 429). Try again later. Too many requests.',
    ])
    expect(searches('Condition')).toBe(1)
  })

  it('B8 a 429 without Retry-After (absent, or not exposed by CORS) falls back to backoff and loads', async () => {
    faults.set([{ resourceType: 'Condition', times: 2, fault: { kind: 'status', status: 429 } }])
    const record = await load()
    expect([outcome(record, 'Condition'), searches('Condition'), record.extraRequests]).toEqual([
      ['loaded', 1, null],
      3,
      2,
    ])
  })

  it('B8 every search answering 503 costs at most the retry budget in extra requests, and every type says busy', async () => {
    faults.set([{ path: '\\?', fault: { kind: 'status', status: 503 } }])
    const started = performance.now()
    const record = await load()
    expect(performance.now() - started).toBeLessThan(8000)
    expect([searches(), record.extraRequests]).toEqual([TYPES + RETRY_BUDGET, RETRY_BUDGET])
    expect(new Set(record.outcomes.map((o) => o.status))).toEqual(new Set(['failed']))
  })

  it('B8 429 with Retry-After: 1 on every search keeps to the budget too', async () => {
    faults.set([{ path: '\\?', fault: { kind: 'status', status: 429, retryAfter: '1' } }])
    const record = await load({ retryBudget: 3 })
    expect([searches(), record.extraRequests]).toEqual([TYPES + 3, 3])
  })

  it('B9 a 500 on a GET is retried (bounded) and the type loads; a 400 is not retried', async () => {
    faults.set([
      { resourceType: 'Condition', times: 1, fault: { kind: 'status', status: 500 } },
      { resourceType: 'Procedure', fault: { kind: 'status', status: 400 } },
    ])
    const record = await load()
    expect([outcome(record, 'Condition'), searches('Condition'), searches('Procedure')]).toEqual([
      ['loaded', 1, null],
      2,
      1,
    ])
  })
})

describe('B10 each request has a timeout that aborts, and a load can be cancelled', () => {
  it.each([
    ['a body that stalls after the headers', { kind: 'stall' } as const],
    ['an answer 60 s late', { kind: 'delay', ms: 60_000 } as const],
  ])('B10 %s fails that type in time, once, and the rest loads', async (_name, fault) => {
    faults.set([{ resourceType: 'Condition', fault }])
    const started = performance.now()
    const record = await load({ requestTimeoutMs: 400 })
    expect(performance.now() - started).toBeLessThan(3000)
    expect(outcome(record, 'Condition')).toEqual(['failed', 0, 'The record system did not answer in time.'])
    expect([outcome(record, 'Observation'), searches('Condition')]).toEqual([['loaded', 41, null], 1])
  })

  it('B10 cancelling the load aborts a stalled request at once', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'stall' } }])
    const aborter = new AbortController()
    const loading = load({ signal: aborter.signal })
    await vi.waitFor(() => {
      expect(searches('Condition')).toBe(1)
    })
    const started = performance.now()
    aborter.abort()
    await expect(loading).rejects.toMatchObject({ kind: 'aborted' })
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('B12 the network drops mid-load', () => {
  it('B12 a dropped connection fails that type as unreachable, is not retried, and keeps the rest', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'drop' } }])
    const record = await load()
    expect(outcome(record, 'Condition')).toEqual(['failed', 0, 'The record system could not be reached.'])
    expect([outcome(record, 'Encounter'), searches('Condition'), record.extraRequests]).toEqual([
      ['loaded', 7, null],
      1,
      0,
    ])
  })

  it('B12 a dropped Patient read throws a network error (the error view offers a retry)', async () => {
    faults.set([{ resourceType: 'Patient', fault: { kind: 'drop' } }])
    await expect(load()).rejects.toMatchObject({ kind: 'network' })
  })
})

describe('B14 a plain http: endpoint', () => {
  it('B14 an http: base on another host is refused before any request; https: and this machine are not', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      const insecure = 'http://fhir.example.org/r4'
      const refused = {
        kind: 'refused',
        message: 'The record system address is not secure (it does not start with https:), so it is not used.',
      }
      await expect(loadPatientRecord({ baseUrl: insecure, patientId: PATIENT })).rejects.toMatchObject(refused)
      await expect(listPatients({ baseUrl: insecure })).rejects.toMatchObject(refused)
      expect(fetchSpy).not.toHaveBeenCalled()
    } finally {
      fetchSpy.mockRestore()
    }
    expect(outcome(await load(), 'Condition')).toEqual(['loaded', 1, null])
  })
})

describe('B19 a cross-origin redirect', () => {
  it('B19 the redirected request carries no Authorization (Node fetch)', async () => {
    const seen: IncomingMessage[] = []
    const foreign = createServer((req, res) => {
      seen.push(req)
      res.writeHead(200, { 'content-type': 'application/fhir+json' })
      res.end(JSON.stringify({ resourceType: 'Bundle', type: 'searchset' }))
    })
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve))
    const location = `http://localhost:${String((foreign.address() as AddressInfo).port)}/fhir/Condition`
    try {
      faults.set([{ resourceType: 'Condition', fault: { kind: 'redirect', location } }])
      await load({ bearerToken: 'secret-token' })
      expect(seen.map((r) => [r.url, r.headers.authorization ?? null])).toEqual([['/fhir/Condition', null]])
    } finally {
      foreign.closeAllConnections()
      foreign.close()
    }
  })
})

describe('B20 the same resource asked for twice at once', () => {
  it('B20 is fetched once and gives one result', async () => {
    const { signal } = startRequestPolicy(undefined)
    const client = new Client({ baseUrl: server.fhirBaseUrl })
    const read = (): Promise<unknown> =>
      fetchJson(
        (s) => client.read({ resourceType: 'Patient', id: PATIENT, options: { signal: s } }),
        signal,
        `Patient/${PATIENT}`,
      )
    const [first, second] = await Promise.all([read(), read()])
    expect(first).toBe(second)
    expect(faults.log.filter((e) => e.path.startsWith('Patient/'))).toHaveLength(1)
    expect(first).toMatchObject({ resourceType: 'Patient', id: PATIENT })
  })

  it('B20 a later ask, once the first has answered, is a new request', async () => {
    const { signal } = startRequestPolicy(undefined)
    const client = new Client({ baseUrl: server.fhirBaseUrl })
    const read = (): Promise<unknown> =>
      fetchJson(
        (s) => client.read({ resourceType: 'Patient', id: PATIENT, options: { signal: s } }),
        signal,
        `Patient/${PATIENT}`,
      )
    await read()
    await read()
    expect(faults.log.filter((e) => e.path.startsWith('Patient/'))).toHaveLength(2)
  })
})

describe('B5, B6 the Patient read', () => {
  it.each([
    [404, 'http'],
    [410, 'http'],
    [403, 'http'],
  ])('B5/B6 a %i on the Patient read throws a typed error with that status', async (status, kind) => {
    faults.set([{ resourceType: 'Patient', fault: { kind: 'status', status } }])
    const error = await load().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FhirError)
    expect([(error as FhirError).kind, (error as FhirError).status]).toEqual([kind, status])
  })
})
