/**
 * The embedded server is safe to leave running (issue 14 point 8; docs/reliability.md S1-S3): CORS answers
 * only its own origin and origins configured by name, writes are off unless switched on, and a request whose Host
 * header does not name the bound address is refused (DNS rebinding). Real HTTP on a free port.
 */
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isReadRequest } from './fhir/accessPolicy.ts'
import { startServer } from './main.ts'
import type { RunningServer } from './main.ts'

const FIXTURE = 'fhir-fixtures/synthea/sof__Enda_Schaefer_dd760206-6c4e-4e25-a799-f5c563e489a1.json'

let plain: RunningServer
let configured: RunningServer

beforeAll(async () => {
  plain = await startServer({ port: 0, staticDir: null, fixtureGlobs: [FIXTURE] })
  configured = await startServer({
    port: 0,
    staticDir: null,
    fixtureGlobs: [FIXTURE],
    allowedOrigins: ['http://127.0.0.1:4173'],
    allowedHosts: ['twin.test'],
    writable: true,
  })
})

afterAll(async () => {
  await plain.close()
  await configured.close()
})

/** One raw HTTP request with the given headers (fetch may not set Host). */
function raw(
  url: string,
  method: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

const patientCount = async (server: RunningServer): Promise<number> => {
  const response = await fetch(`${server.fhirBaseUrl}/Patient?_summary=count`)
  return ((await response.json()) as { total: number }).total
}

describe('S1 the embedded server answers only its own origin and origins named by configuration', () => {
  it('gives a foreign origin no Access-Control-Allow-Origin, its own origin and a configured one their own', async () => {
    const foreign = await fetch(`${plain.fhirBaseUrl}/Patient`, { headers: { Origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    await foreign.text()
    const own = new URL(plain.url).origin
    const same = await fetch(`${plain.fhirBaseUrl}/Patient`, { headers: { Origin: own } })
    expect(same.headers.get('access-control-allow-origin')).toBe(own)
    await same.text()
    const named = await fetch(`${configured.fhirBaseUrl}/Patient`, { headers: { Origin: 'http://127.0.0.1:4173' } })
    expect(named.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173')
    await named.text()
  })

  it('offers only reading methods in a preflight while read-only', async () => {
    const own = new URL(plain.url).origin
    const preflight = await fetch(`${plain.fhirBaseUrl}/Patient`, {
      method: 'OPTIONS',
      headers: { Origin: own, 'Access-Control-Request-Method': 'DELETE' },
    })
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST')
  })
})

describe('S2 writes are off by default', () => {
  it('refuses create, update and delete with 405 and keeps the data unchanged', async () => {
    const before = await patientCount(plain)
    const base = plain.fhirBaseUrl
    const created = await raw(`${base}/Patient`, 'POST', { 'Content-Type': 'text/plain' }, '{"resourceType":"Patient"}')
    expect(created.status).toBe(405)
    expect(JSON.parse(created.body)).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'not-supported',
          details: { text: 'This FHIR server is read-only (start it with FHIR_WRITABLE=1 to allow writes).' },
        },
      ],
    })
    expect((await raw(`${base}/Patient/x`, 'PUT', { 'Content-Type': 'application/fhir+json' }, '{}')).status).toBe(405)
    expect((await raw(`${base}/Patient/x`, 'DELETE', {})).status).toBe(405)
    expect(await patientCount(plain)).toBe(before)
  })

  it('still answers a POST search, which only reads', async () => {
    const search = await raw(
      `${plain.fhirBaseUrl}/Patient/_search`,
      'POST',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      '_summary=count',
    )
    expect(search.status).toBe(200)
    expect(isReadRequest('POST', '/fhir/Condition/_search')).toBe(true)
    expect(isReadRequest('POST', '/fhir/Condition')).toBe(false)
  })

  it('refuses a write from a foreign origin even when writes are on, and takes one from a configured origin', async () => {
    const base = configured.fhirBaseUrl
    const body = JSON.stringify({ resourceType: 'Basic', code: { text: 'policy test' } })
    const foreign = await raw(
      `${base}/Basic`,
      'POST',
      { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
      body,
    )
    expect(foreign.status).toBe(403)
    expect(foreign.body).toContain('Writes from https://evil.example are not allowed.')
    const named = await raw(
      `${base}/Basic`,
      'POST',
      { 'Content-Type': 'application/fhir+json', Origin: 'http://127.0.0.1:4173' },
      body,
    )
    expect(named.status).toBe(201)
  })
})

describe('S3 a Host header that does not name the bound address is refused (DNS rebinding)', () => {
  it('answers 421 for a foreign host name and serves the bound address, localhost and a configured host', async () => {
    const url = `${plain.fhirBaseUrl}/metadata`
    const port = String(plain.port)
    const rebound = await raw(url, 'GET', { Host: `attacker.example:${port}` })
    expect([rebound.status, rebound.body]).toEqual([421, `Host not allowed: attacker.example:${port}`])
    expect((await raw(url, 'GET', { Host: `127.0.0.1:${port}` })).status).toBe(200)
    expect((await raw(url, 'GET', { Host: `localhost:${port}` })).status).toBe(200)
    expect((await raw(url, 'GET', { Host: `127.0.0.1:1` })).status).toBe(421)
    const named = await raw(`${configured.fhirBaseUrl}/metadata`, 'GET', {
      Host: `twin.test:${String(configured.port)}`,
    })
    expect(named.status).toBe(200)
  })
})
