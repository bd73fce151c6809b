import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isUnderBase, listPatients, loadPatientRecord } from './loadRecord.ts'
import { FhirError } from './errors.ts'
import { startServer, type RunningServer } from '../../server/main.ts'

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void

/** A tiny scripted HTTP server: the test double at the edge, for faults a real server does not produce on demand. */
async function scripted(handler: Handler): Promise<{ server: Server; base: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = []
  let base = ''
  const server = createServer((req, res) => {
    seen.push(req)
    handler(req, res, base)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/fhir`
  return { server, base, seen }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/fhir+json' })
  res.end(JSON.stringify(body))
}

const searchset = (entries: unknown[], next?: string) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: entries.map((resource) => ({ resource, search: { mode: 'match' } })),
  ...(next ? { link: [{ relation: 'next', url: next }] } : {}),
})

describe('isUnderBase', () => {
  it.each([
    ['http://a.test/fhir/Condition?page=2', 'http://a.test/fhir', true],
    ['http://a.test/fhir', 'http://a.test/fhir/', true],
    ['http://a.test/fhirx/Condition', 'http://a.test/fhir', false],
    ['http://b.test/fhir/Condition', 'http://a.test/fhir', false],
    ['https://a.test/fhir/Condition', 'http://a.test/fhir', false],
    ['http://a.test:81/fhir/Condition', 'http://a.test/fhir', false],
    ['not a url', 'http://a.test/fhir', false],
  ])('%s under %s -> %s', (url, base, expected) => {
    expect(isUnderBase(url, base)).toBe(expected)
  })
})

describe('loadPatientRecord against the embedded FHIR server (real HTTP)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, staticDir: null })
  })
  afterAll(async () => {
    await server.close()
  })

  it("loads every type for Cary O'Hara, following next links with a small page size", async () => {
    // given: the fixture has 9 Conditions; a page size of 5 forces paging
    const progress: number[] = []
    // when
    const loaded = await loadPatientRecord({
      baseUrl: server.fhirBaseUrl,
      patientId: 'a29740c4-30a5-442c-b49d-df0450de7388',
      pageSize: 5,
      onProgress: (p) => progress.push(p.typesDone),
    })
    // then
    expect(loaded.patient.id).toBe('a29740c4-30a5-442c-b49d-df0450de7388')
    const byType = Object.fromEntries(loaded.outcomes.map((o) => [o.resourceType, `${o.status}:${String(o.count)}`]))
    expect(byType.Condition).toBe('loaded:9')
    expect(loaded.outcomes.every((o) => o.status === 'loaded')).toBe(true)
    expect(loaded.resources.filter((r) => r.resourceType === 'Condition')).toHaveLength(9)
    expect(progress.at(-1)).toBe(11)
  })

  it('lists the seeded patients', async () => {
    const patients = await listPatients({ baseUrl: server.fhirBaseUrl })
    expect(patients.map((p) => p.id)).toContain('2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb')
    expect(patients).toHaveLength(32)
  })

  it('throws a typed 404 for an unknown patient', async () => {
    const error: unknown = await loadPatientRecord({ baseUrl: server.fhirBaseUrl, patientId: 'nope' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(FhirError)
    expect((error as FhirError).kind).toBe('http')
    expect((error as FhirError).status).toBe(404)
  })
})

describe('loadPatientRecord against hostile and broken servers', () => {
  const closers: Server[] = []
  afterAll(() => {
    for (const s of closers) s.close()
  })

  it('keeps partial results, stops paging loops, and never sends the token to another origin', async () => {
    // given: a second origin that records what it receives
    const foreign = await scripted((_req, res) => {
      json(res, 200, searchset([]))
    })
    closers.push(foreign.server)
    const patient = { resourceType: 'Patient', id: 'p1' }
    const main = await scripted((req, res, base) => {
      const url = req.url ?? ''
      if (url.startsWith('/fhir/metadata')) {
        json(res, 200, {
          resourceType: 'CapabilityStatement',
          rest: [
            {
              mode: 'server',
              resource: [
                { type: 'Condition' },
                { type: 'Observation' },
                { type: 'Procedure' },
                { type: 'Immunization' },
                { type: 'Encounter' },
                { type: 'AllergyIntolerance' },
              ],
            },
          ],
        })
      } else if (url.startsWith('/fhir/Patient/p1')) {
        json(res, 200, patient)
      } else if (url.startsWith('/fhir/Condition')) {
        // a next link pointing back to this same page: a loop
        json(
          res,
          200,
          searchset(
            [{ resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' } }],
            `${base}/Condition?page=loop`,
          ),
        )
      } else if (url.startsWith('/fhir/Observation')) {
        json(res, 200, searchset([{ resourceType: 'Observation', id: 'o1' }], `${foreign.base}/Observation?page=2`))
      } else if (url.startsWith('/fhir/Procedure')) {
        json(res, 500, {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'exception', diagnostics: 'db down' }],
        })
      } else if (url.startsWith('/fhir/Immunization')) {
        res.writeHead(200, { 'content-type': 'application/fhir+json' })
        res.end('{"resourceType":"Bundle",')
      } else if (url.startsWith('/fhir/Encounter')) {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html>login</html>')
      } else {
        json(res, 200, searchset([]))
      }
    })
    closers.push(main.server)
    // when
    const loaded = await loadPatientRecord({ baseUrl: main.base, patientId: 'p1', bearerToken: 'secret-token' })
    // then
    const byType = Object.fromEntries(loaded.outcomes.map((o) => [o.resourceType, [o.status, o.count, o.message]]))
    expect(byType.Condition).toEqual(['incomplete', 2, 'the server linked back to a page already read'])
    expect(byType.Observation).toEqual(['incomplete', 1, 'the server pointed to another site for more results'])
    expect(byType.Procedure).toEqual(['failed', 0, 'The record system answered with an error (HTTP 500). db down'])
    expect(byType.Immunization).toEqual(['failed', 0, 'The record system sent data that could not be read.'])
    expect(byType.Encounter).toEqual([
      'failed',
      0,
      'The record system sent a web page or document instead of FHIR data.',
    ])
    expect(byType.AllergyIntolerance).toEqual(['loaded', 0, null])
    expect(byType.CarePlan).toEqual(['not-offered', 0, 'not offered by this server'])
    expect(foreign.seen).toHaveLength(0)
    expect(main.seen.every((r) => r.headers.authorization === 'Bearer secret-token')).toBe(true)
  })
})

describe('relative next links (issue 14 point 9)', () => {
  it('follows a relative next link that stays on the base and refuses one that leaves it', async () => {
    // given: Conditions page on with a link relative to the base, Observations with one that climbs out of it
    const server = await scripted((req, res) => {
      const url = req.url ?? ''
      if (url.startsWith('/fhir/metadata')) {
        json(res, 200, {
          resourceType: 'CapabilityStatement',
          rest: [{ mode: 'server', resource: [{ type: 'Condition' }, { type: 'Observation' }] }],
        })
      } else if (url.startsWith('/fhir/Patient/p1')) {
        json(res, 200, { resourceType: 'Patient', id: 'p1' })
      } else if (url.startsWith('/fhir/Condition?page=2')) {
        json(res, 200, searchset([{ resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient/p1' } }]))
      } else if (url.startsWith('/fhir/Condition')) {
        const first = { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' } }
        json(res, 200, searchset([first], 'Condition?page=2'))
      } else if (url.startsWith('/fhir/Observation')) {
        json(res, 200, searchset([{ resourceType: 'Observation', id: 'o1' }], '../elsewhere/Observation?page=2'))
      } else {
        json(res, 200, searchset([]))
      }
    })
    try {
      // when
      const loaded = await loadPatientRecord({ baseUrl: server.base, patientId: 'p1' })
      // then
      const byType = Object.fromEntries(loaded.outcomes.map((o) => [o.resourceType, [o.status, o.count, o.message]]))
      expect(byType.Condition).toEqual(['loaded', 2, null])
      expect(byType.Observation).toEqual(['incomplete', 1, 'the server pointed to another site for more results'])
      expect(server.seen.some((r) => (r.url ?? '').startsWith('/elsewhere'))).toBe(false)
    } finally {
      server.server.close()
    }
  })
})
