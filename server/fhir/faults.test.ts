/**
 * The fault-injection switch (server/fhir/faults.ts; issue 14 point 1): each fault as a client sees it over real
 * HTTP on a free port, the request log, and the `/__faults` control endpoint only when the switch is on.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startServer } from '../main.ts'
import type { RunningServer } from '../main.ts'
import { createFaultSwitch } from './faults.ts'

const FIXTURE = 'fhir-fixtures/synthea/sof__Enda_Schaefer_dd760206-6c4e-4e25-a799-f5c563e489a1.json'
const PATIENT = 'd070e7dd-4d25-4c52-9fb2-78d232e1cf2c'

const faults = createFaultSwitch()
let server: RunningServer
let plain: RunningServer

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: null, fixtureGlobs: [FIXTURE], faults })
  plain = await startServer({ port: 0, staticDir: null, fixtureGlobs: [FIXTURE] })
})
afterAll(async () => {
  await server.close()
  await plain.close()
})
beforeEach(() => {
  faults.clear()
})

const conditions = (): Promise<Response> => fetch(`${server.fhirBaseUrl}/Condition?patient=${PATIENT}`)

describe('the fault switch answers matching requests with the fault', () => {
  it('sends an error status with Retry-After (seconds or a date) and an OperationOutcome, for the matching type only', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'status', status: 429, retryAfter: '3' } }])
    const busy = await conditions()
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([429, '3'])
    expect(((await busy.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome')
    expect((await fetch(`${server.fhirBaseUrl}/Patient/${PATIENT}`)).status).toBe(200)
    const date = 'Wed, 21 Oct 2026 07:28:00 GMT'
    faults.set([{ path: '^Condition\\?', fault: { kind: 'status', status: 503, retryAfter: date } }])
    const unavailable = await conditions()
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, date])
  })

  it('applies a rule after `skip` matches and for `times` matches, and logs every request', async () => {
    faults.set([{ resourceType: 'Condition', skip: 1, times: 1, fault: { kind: 'status', status: 500 } }])
    const statuses = [(await conditions()).status, (await conditions()).status, (await conditions()).status]
    expect(statuses).toEqual([200, 500, 200])
    expect(faults.log.map((e) => [e.method, e.path.split('?')[0], e.fault])).toEqual([
      ['GET', 'Condition', null],
      ['GET', 'Condition', 'status'],
      ['GET', 'Condition', null],
    ])
  })

  it('delays the real answer', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'delay', ms: 300 } }])
    const started = performance.now()
    const response = await conditions()
    expect(response.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('sends the headers, then a body that stalls until the client gives up', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'stall' } }])
    const response = await fetch(`${server.fhirBaseUrl}/Condition?patient=${PATIENT}`, {
      signal: AbortSignal.timeout(300),
    })
    expect(response.status).toBe(200)
    await expect(response.text()).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('drips the real body slowly, and it still reads whole', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'drip', chunkMs: 40, chunks: 5 } }])
    const started = performance.now()
    const bundle = (await (await conditions()).json()) as { total?: number; resourceType: string }
    expect(bundle.resourceType).toBe('Bundle')
    expect(performance.now() - started).toBeGreaterThanOrEqual(190)
  })

  it('truncates or spoils the body: a trailing comma, garbage, or a byte-order mark before valid JSON', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'truncate', bytes: 25 } }])
    expect(await (await conditions()).text()).toHaveLength(25)
    faults.set([{ resourceType: 'Condition', fault: { kind: 'malformed', variant: 'trailing-comma' } }])
    const comma = await (await conditions()).text()
    expect(comma.endsWith(',}')).toBe(true)
    expect(() => JSON.parse(comma) as unknown).toThrow(SyntaxError)
    faults.set([{ resourceType: 'Condition', fault: { kind: 'malformed', variant: 'bom' } }])
    const bom = new Uint8Array(await (await conditions()).arrayBuffer())
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('answers 200 with another content type, or an empty 200 or 204', async () => {
    faults.set([
      {
        resourceType: 'Condition',
        fault: { kind: 'content-type', contentType: 'text/html', body: '<html>Sign in</html>' },
      },
    ])
    const html = await conditions()
    expect([html.status, html.headers.get('content-type'), await html.text()]).toEqual([
      200,
      'text/html',
      '<html>Sign in</html>',
    ])
    faults.set([{ resourceType: 'Condition', fault: { kind: 'empty', status: 200 } }])
    const empty = await conditions()
    expect([empty.status, await empty.text()]).toEqual([200, ''])
    faults.set([{ resourceType: 'Condition', fault: { kind: 'empty', status: 204 } }])
    const none = await conditions()
    expect([none.status, await none.text()]).toEqual([204, ''])
  })

  it('replaces the next link of a searchset by a link to the same page', async () => {
    faults.set([{ resourceType: 'Observation', fault: { kind: 'next-loop' } }])
    const url = `${server.fhirBaseUrl}/Observation?patient=${PATIENT}&_count=5`
    const bundle = (await (await fetch(url)).json()) as { link: { relation: string; url: string }[] }
    expect(bundle.link.filter((l) => l.relation === 'next').map((l) => l.url)).toEqual([url])
  })

  it('redirects to another origin', async () => {
    faults.set([
      { resourceType: 'Condition', fault: { kind: 'redirect', location: 'http://elsewhere.test/fhir/Condition' } },
    ])
    const response = await fetch(`${server.fhirBaseUrl}/Condition`, { redirect: 'manual' })
    expect([response.status, response.headers.get('location')]).toEqual([302, 'http://elsewhere.test/fhir/Condition'])
  })
})

describe('the control endpoint exists only with the switch on', () => {
  it('takes rules by PUT, gives the log by GET and clears by DELETE', async () => {
    const control = `${server.url}__faults`
    const put = await fetch(control, {
      method: 'PUT',
      body: JSON.stringify([{ resourceType: 'Condition', fault: { kind: 'status', status: 403 } }]),
      headers: { 'content-type': 'application/json' },
    })
    expect(put.status).toBe(204)
    expect((await conditions()).status).toBe(403)
    const log = (await (await fetch(control)).json()) as { fault: string | null }[]
    expect(log.map((e) => e.fault)).toEqual(['status'])
    expect((await fetch(control, { method: 'DELETE' })).status).toBe(204)
    expect((await conditions()).status).toBe(200)
  })

  it('is absent from a server started without the switch (as `npm start` is)', async () => {
    const response = await fetch(`${plain.url}__faults`, { method: 'PUT', body: '[]' })
    expect(response.status).toBe(404)
  })
})
