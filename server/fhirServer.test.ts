import type {
  Basic,
  Bundle,
  BundleLink,
  CapabilityStatement,
  Condition,
  Encounter,
  OperationOutcome,
  Patient,
  Resource,
} from '@medplum/fhirtypes'
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPatientCompartment } from './definitions.ts'
import { createFhirServer } from './fhirServer.ts'
import { APP_CSP, startServer } from './main.ts'
import type { RunningServer } from './main.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SYNTHEA_DIR = join(ROOT, 'fhir-fixtures', 'synthea')
const SYNTHEA_PATTERN = 'fhir-fixtures/synthea/*.json'
const BRAIN = 'sof__Brain_Erdman_ae4b94e4-cfbb-4091-828d-8ddc1c32bb6b.json'
const COURTNEY = 'sof__Courtney_Schinner_7b5bea3e-de83-4c43-a89c-5078e923c3db.json'
const URN = 'urn:uuid:'

interface Fixture {
  readonly bundle: Bundle
  /** The Patient's uuid from its `urn:uuid:` fullUrl, which must be its id on the server. */
  readonly patientId: string
  readonly patientUrn: string
}

function readFixture(file: string): Fixture {
  const bundle = JSON.parse(readFileSync(join(SYNTHEA_DIR, file), 'utf8')) as Bundle
  const patientEntry = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')
  const fullUrl = patientEntry?.fullUrl ?? ''
  return { bundle, patientId: fullUrl.slice(URN.length), patientUrn: fullUrl }
}

function syntheaFiles(): string[] {
  return readdirSync(SYNTHEA_DIR)
    .filter((f) => f.endsWith('.json') && !f.startsWith('manifest'))
    .sort()
}

/** `Type/<uuid>` of every entry of `type` in the file whose subject is the patient. */
function subjectKeys(fixture: Fixture, type: string): string[] {
  return (fixture.bundle.entry ?? [])
    .filter((e) => {
      const resource = e.resource as (Resource & { subject?: { reference?: string } }) | undefined
      return resource?.resourceType === type && resource.subject?.reference === fixture.patientUrn
    })
    .map((e) => `${type}/${(e.fullUrl ?? '').slice(URN.length)}`)
    .sort()
}

function keysOf(bundle: Bundle): string[] {
  return (bundle.entry ?? []).map((e) => `${e.resource?.resourceType ?? '?'}/${e.resource?.id ?? '?'}`).sort()
}

function link(bundle: Bundle, relation: string): string | undefined {
  return bundle.link?.find((l: BundleLink) => l.relation === relation)?.url
}

interface Reply<T> {
  readonly status: number
  readonly headers: Headers
  readonly body: T
}

/** Fetches a FHIR JSON response and checks that it holds the expected resource type before narrowing to it. */
async function getJson<T extends Resource>(
  resourceType: T['resourceType'],
  url: string,
  init?: RequestInit,
): Promise<Reply<T>> {
  const response = await fetch(url, init)
  const body = (await response.json()) as T
  expect(body.resourceType).toBe(resourceType)
  return { status: response.status, headers: response.headers, body }
}

/** Follows `next` links from `url` (same origin only, no revisits) and returns every entry key plus the page count. */
async function collectPages(url: string, origin: string): Promise<{ keys: string[]; pages: number; total: number }> {
  const keys: string[] = []
  const visited = new Set<string>()
  let next: string | undefined = url
  let total = -1
  while (next !== undefined) {
    expect(new URL(next).origin).toBe(origin)
    expect(visited.has(next)).toBe(false)
    visited.add(next)
    const { body } = await getJson<Bundle>('Bundle', next)
    total = body.total ?? -1
    keys.push(...keysOf(body))
    next = link(body, 'next')
  }
  return { keys: keys.sort(), pages: visited.size, total }
}

let server: RunningServer
let fhir: string
let origin: string
let staticDir: string
const brain = readFixture(BRAIN)
const courtney = readFixture(COURTNEY)

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'twin-static-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>twin</title><div id="root"></div>\n')
  writeFileSync(join(staticDir, 'app.js'), 'console.log("app")\n')
  mkdirSync(join(staticDir, 'assets'))
  mkdirSync(join(staticDir, 'models'))
  writeFileSync(join(staticDir, 'assets', 'entry-0a1b2c.js'), 'console.log("entry")\n')
  writeFileSync(join(staticDir, 'models', 'body-lite.glb'), 'glTF')
  // Writable, with one portal origin configured by name: the create/update and CORS tests below need both.
  server = await startServer({
    port: 0,
    staticDir,
    fixtureGlobs: [SYNTHEA_PATTERN],
    cwd: ROOT,
    writable: true,
    allowedOrigins: ['https://portal.example'],
  })
  fhir = server.fhirBaseUrl
  origin = new URL(server.url).origin
})

afterAll(async () => {
  await server.close()
  rmSync(staticDir, { recursive: true, force: true })
})

describe('static files', () => {
  it('lets the browser cache hashed build files for a year and the models for an hour; never the app page', async () => {
    const cacheOf = async (path: string): Promise<[number, string | null]> => {
      const response = await fetch(`${server.url}${path}`)
      await response.arrayBuffer()
      return [response.status, response.headers.get('cache-control')]
    }
    expect(await cacheOf('assets/entry-0a1b2c.js')).toEqual([200, 'public, max-age=31536000, immutable'])
    expect(await cacheOf('models/body-lite.glb')).toEqual([200, 'public, max-age=3600'])
    expect(await cacheOf('assets/missing-0a1b2c.js')).toEqual([404, null])
    expect(await cacheOf('')).toEqual([200, null])
  })
})

describe('seeding', () => {
  it('loads every Synthea bundle, counting distinct Type/id keys as in the files', () => {
    // Organizations and Practitioners recur across bundles with the same uuid, so distinct keys < entries.
    const distinct = new Set<string>()
    for (const file of syntheaFiles()) {
      for (const entry of readFixture(file).bundle.entry ?? []) {
        distinct.add(`${entry.resource?.resourceType ?? '?'}/${(entry.fullUrl ?? '').slice(URN.length)}`)
      }
    }
    expect(server.seed.files).toHaveLength(17)
    expect(server.seed.resources).toBe(distinct.size)
    expect(server.seed.patients).toBe(17)
  })

  it('keeps ids stable: every Patient is served under the uuid of its bundle fullUrl', async () => {
    for (const file of syntheaFiles()) {
      const { patientId } = readFixture(file)
      const { status, body } = await getJson<Patient>('Patient', `${fhir}/Patient/${patientId}`)
      expect([file, status, body.id]).toEqual([file, 200, patientId])
    }
    expect(courtney.patientId).toBe('f8cb2d52-c53d-4585-8417-7a1cc1a74377')
  })
})

describe('metadata', () => {
  it('serves an R4 CapabilityStatement with CORS security, Patient $everything and Condition search params', async () => {
    const { status, headers, body } = await getJson<CapabilityStatement>('CapabilityStatement', `${fhir}/metadata`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/fhir+json; charset=utf-8')
    expect(body.resourceType).toBe('CapabilityStatement')
    expect(body.fhirVersion).toBe('4.0.1')
    const rest = body.rest?.[0]
    expect(rest?.mode).toBe('server')
    expect(rest?.security?.cors).toBe(true)
    const patient = rest?.resource?.find((r) => r.type === 'Patient')
    expect(patient?.operation).toEqual([
      { name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' },
    ])
    expect(patient?.interaction?.map((i) => i.code)).toContain('search-type')
    const condition = rest?.resource?.find((r) => r.type === 'Condition')
    const names = condition?.searchParam?.map((p) => p.name) ?? []
    expect(names).toEqual(expect.arrayContaining(['patient', 'subject', 'code', 'onset-date', 'clinical-status']))
    expect(condition?.searchParam?.find((p) => p.name === 'patient')?.type).toBe('reference')
    expect(rest?.resource?.filter((r) => ['Resource', 'DomainResource'].includes(r.type as string))).toEqual([])
  })
})

describe('paging', () => {
  it('pages a patient’s Observations 20 at a time with absolute same-origin links', async () => {
    const expected = subjectKeys(brain, 'Observation')
    expect(expected.length).toBe(88)

    const first = await getJson<Bundle>('Bundle', `${fhir}/Observation?patient=${brain.patientId}`)
    expect(first.body.entry).toHaveLength(20)
    expect(first.body.total).toBe(88)
    expect(first.body.entry?.[0]?.fullUrl).toMatch(new RegExp(`^${fhir}/Observation/[0-9a-f-]{36}$`))
    expect(link(first.body, 'previous')).toBeUndefined()
    const next = link(first.body, 'next') ?? ''
    expect(new URL(next).origin).toBe(origin)
    expect(new URL(next).pathname).toBe('/fhir/Observation')
    expect(new URL(next).searchParams.get('_offset')).toBe('20')
    expect(new URL(next).searchParams.get('_count')).toBe('20')

    const second = await getJson<Bundle>('Bundle', next)
    expect(second.body.entry).toHaveLength(20)
    const previous = new URL(link(second.body, 'previous') ?? '')
    expect([previous.origin, previous.searchParams.get('_offset')]).toEqual([origin, '0'])

    const all = await collectPages(`${fhir}/Observation?patient=${brain.patientId}`, origin)
    expect(all).toEqual({ keys: expected, pages: 5, total: 88 })
  })

  it('honours _count=5 and clamps _count above 1000', async () => {
    const five = await getJson<Bundle>('Bundle', `${fhir}/Observation?patient=${brain.patientId}&_count=5`)
    expect(five.body.entry).toHaveLength(5)
    expect(new URL(link(five.body, 'next') ?? '').searchParams.get('_count')).toBe('5')

    const huge = await getJson<Bundle>('Bundle', `${fhir}/Observation?_count=5000`)
    expect(huge.body.entry).toHaveLength(1000)
    expect(new URL(link(huge.body, 'self') ?? '').searchParams.get('_count')).toBe('1000')
  })

  it('does not page _summary=count and rejects a malformed _count', async () => {
    const count = await getJson<Bundle>('Bundle', `${fhir}/Condition?patient=${brain.patientId}&_summary=count`)
    expect([count.body.total, count.body.entry, count.body.link]).toEqual([6, undefined, undefined])

    const bad = await getJson<OperationOutcome>('OperationOutcome', `${fhir}/Condition?_count=abc`)
    expect([bad.status, bad.body.resourceType]).toEqual([400, 'OperationOutcome'])
  })
})

describe('Patient $everything and compartment search', () => {
  it('returns exactly the patient and every compartment resource of its bundle that references it', async () => {
    // Independent expectation: entries of compartment types whose JSON holds a reference to the patient's urn.
    const compartment = getPatientCompartment()
    const expected = (courtney.bundle.entry ?? [])
      .filter((e) => {
        const type = e.resource?.resourceType ?? ''
        return (
          type === 'Patient' ||
          (compartment.has(type) && JSON.stringify(e.resource).includes(`"reference":"${courtney.patientUrn}"`))
        )
      })
      .map((e) => `${e.resource?.resourceType ?? '?'}/${(e.fullUrl ?? '').slice(URN.length)}`)
      .sort()
    // 550 entries: all but the Organization and the Practitioner.
    expect([courtney.bundle.entry?.length, expected.length]).toEqual([550, 548])

    const { status, body } = await getJson<Bundle>('Bundle', `${fhir}/Patient/${courtney.patientId}/$everything`)
    expect(status).toBe(200)
    expect(body.total).toBe(548)
    expect(keysOf(body)).toEqual(expected)
    expect(new Set(body.entry?.map((e) => e.search?.mode))).toEqual(new Set(['match']))
    expect(body.entry?.[0]?.resource?.resourceType).toBe('Patient')
  })

  it('answers Patient/<id>/Condition like Condition?patient=<id>, matching the bundle file', async () => {
    const expected = subjectKeys(courtney, 'Condition')
    expect(expected).toHaveLength(13)
    const compartment = await getJson<Bundle>('Bundle', `${fhir}/Patient/${courtney.patientId}/Condition`)
    const search = await getJson<Bundle>('Bundle', `${fhir}/Condition?patient=${courtney.patientId}`)
    expect(keysOf(compartment.body)).toEqual(expected)
    expect(keysOf(search.body)).toEqual(expected)
    expect(compartment.body.total).toBe(13)
    expect(new URL(link(compartment.body, 'self') ?? '').pathname).toBe(`/fhir/Patient/${courtney.patientId}/Condition`)
  })

  it('pages compartment searches too', async () => {
    const expected = subjectKeys(brain, 'Observation')
    const all = await collectPages(`${fhir}/Patient/${brain.patientId}/Observation?_count=30`, origin)
    expect(all).toEqual({ keys: expected, pages: 3, total: 88 })
  })

  it('rejects a type outside the compartment with 400 and an unknown patient with 404', async () => {
    const outside = await getJson<OperationOutcome>(
      'OperationOutcome',
      `${fhir}/Patient/${courtney.patientId}/Organization`,
    )
    expect([outside.status, outside.body.resourceType, outside.body.issue[0]?.details?.text]).toEqual([
      400,
      'OperationOutcome',
      'Organization is not in the Patient compartment',
    ])
    const unknown = await getJson<OperationOutcome>('OperationOutcome', `${fhir}/Patient/no-such-patient/$everything`)
    expect([unknown.status, unknown.body.resourceType]).toEqual([404, 'OperationOutcome'])
  })
})

describe('errors, headers and CORS', () => {
  it('returns a 404 OperationOutcome for an unknown id and 400 for an unknown type', async () => {
    const missing = await getJson<OperationOutcome>('OperationOutcome', `${fhir}/Condition/does-not-exist`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8')
    expect([missing.body.resourceType, missing.body.issue[0]?.code]).toEqual(['OperationOutcome', 'not-found'])

    const unknownType = await getJson<OperationOutcome>('OperationOutcome', `${fhir}/Foo?x=1`)
    expect([unknownType.status, unknownType.body.issue[0]?.details?.text]).toEqual([400, 'Unknown resource type: Foo'])
  })

  it('answers a preflight by echoing the origin and exposing Location and ETag', async () => {
    const response = await fetch(`${fhir}/Patient`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://portal.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example')
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type')
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')

    const actual = await fetch(`${fhir}/Patient/${brain.patientId}`, { headers: { Origin: 'https://portal.example' } })
    expect(actual.headers.get('access-control-allow-origin')).toBe('https://portal.example')
    expect(actual.headers.get('access-control-expose-headers')).toBe('Location,ETag,Content-Location,Retry-After')
    await actual.text()
  })

  it('sets Location and ETag on create and ETag on update', async () => {
    const created = await getJson<Basic>('Basic', `${fhir}/Basic`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Basic', code: { text: 'server test' } }),
    })
    expect(created.status).toBe(201)
    const version = created.body.meta?.versionId ?? ''
    expect(created.headers.get('etag')).toBe(`W/"${version}"`)
    expect(created.headers.get('location')).toBe(`${fhir}/Basic/${created.body.id ?? ''}/_history/${version}`)

    const updated = await getJson<Basic>('Basic', `${fhir}/Basic/${created.body.id ?? ''}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ ...created.body, code: { text: 'server test, updated' } }),
    })
    expect(updated.status).toBe(200)
    expect(updated.headers.get('etag')).toBe(`W/"${updated.body.meta?.versionId ?? ''}"`)
    expect(updated.body.meta?.versionId).not.toBe(version)

    const invalid = await getJson<OperationOutcome>('OperationOutcome', `${fhir}/Basic`, {
      method: 'POST',
      body: '{not json',
    })
    expect([invalid.status, invalid.body.resourceType]).toEqual([400, 'OperationOutcome'])
  })

  it('rewrites _sort:desc=date to a descending sort (and _sort:asc to ascending)', async () => {
    const starts = (brain.bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is Encounter => r?.resourceType === 'Encounter')
      .map((r) => r.period?.start ?? '')
      .sort()
    expect(starts).toHaveLength(19)
    const startsOf = (b: Bundle): string[] => (b.entry ?? []).map((e) => (e.resource as Encounter).period?.start ?? '')

    const desc = await getJson<Bundle>(
      'Bundle',
      `${fhir}/Encounter?patient=${brain.patientId}&_sort:desc=date&_count=100`,
    )
    expect(startsOf(desc.body)).toEqual([...starts].reverse())
    const asc = await getJson<Bundle>(
      'Bundle',
      `${fhir}/Encounter?patient=${brain.patientId}&_sort:asc=date&_count=100`,
    )
    expect(startsOf(asc.body)).toEqual(starts)
    // The next link carries the rewritten form, which the router understands.
    const page = await getJson<Bundle>(
      'Bundle',
      `${fhir}/Encounter?patient=${brain.patientId}&_sort:desc=date&_count=5`,
    )
    expect(new URL(link(page.body, 'next') ?? '').searchParams.get('_sort')).toBe('-date')
  })
})

describe('fixture loading', () => {
  const patientUuid = '0b7a1c2e-1111-4a4a-9b9b-000000000001'
  const conditionUuid = '0b7a1c2e-1111-4a4a-9b9b-000000000002'

  it('keeps urn:uuid ids in a collection bundle and rewrites references to them, without mutating the input', async () => {
    // given a collection whose entries have urn:uuid fullUrls and no ids
    const local = createFhirServer()
    const collection: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: `urn:uuid:${patientUuid}`, resource: { resourceType: 'Patient', gender: 'female' } },
        {
          fullUrl: `urn:uuid:${conditionUuid}`,
          resource: {
            resourceType: 'Condition',
            subject: { reference: `urn:uuid:${patientUuid}` },
            code: { text: 'test condition' },
          } satisfies Condition,
        },
      ],
    }
    const before = JSON.stringify(collection)

    // when
    const result = await local.loadFixture(collection, 'inline collection')

    // then
    expect(result).toEqual({
      source: 'inline collection',
      kind: 'collection',
      keys: [`Patient/${patientUuid}`, `Condition/${conditionUuid}`],
    })
    const condition = await local.repo.readResource<Condition>('Condition', conditionUuid)
    expect(condition.subject.reference).toBe(`Patient/${patientUuid}`)
    expect(JSON.stringify(collection)).toBe(before)
  })

  it('fails loudly, naming the source and entry, when a transaction entry is rejected', async () => {
    const local = createFhirServer()
    const transaction: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: { resourceType: 'Patient', id: 'ok-1' }, request: { method: 'PUT', url: 'Patient/ok-1' } },
        { resource: { resourceType: 'Patient', id: 'bad-1' }, request: { method: 'PUT', url: 'Observation/bad-1' } },
      ],
    }
    await expect(local.loadFixture(transaction, 'broken.json')).rejects.toThrow(
      /^broken\.json: 1 entries failed:\n {2}entry 1 \(PUT Observation\/bad-1\): 400/,
    )
  })
})

describe('FHIR base at the root', () => {
  it('serves metadata and builds links without a path prefix when basePath is empty', async () => {
    // smart-launcher-v2 drops any base path, so the server must work at the root too (FHIR-SERVER.md §9).
    const root = createFhirServer({ basePath: '', publicBaseUrl: 'http://127.0.0.1:9999' })
    const metadata = await root.app.request('http://127.0.0.1:9999/metadata')
    expect([metadata.status, ((await metadata.json()) as CapabilityStatement).fhirVersion]).toEqual([200, '4.0.1'])
    const search = await root.app.request('http://127.0.0.1:9999/Patient?_count=2', { method: 'HEAD' })
    expect([search.status, search.headers.get('content-type')]).toEqual([200, 'application/fhir+json; charset=utf-8'])
    const page = (await (await root.app.request('http://127.0.0.1:9999/Patient?_count=2')).json()) as Bundle
    expect([page.total, link(page, 'self')]).toEqual([0, 'http://127.0.0.1:9999/Patient?_count=2&_offset=0'])
  })
})

describe('static app serving', () => {
  it('serves index.html at / and as the SPA fallback, with security headers', async () => {
    for (const path of ['', 'twin/organ/heart']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP)
      expect(await response.text()).toBe('<!doctype html><title>twin</title><div id="root"></div>\n')
    }
    expect(APP_CSP).toContain("frame-ancestors 'self'")
    // scripts only from the app itself; data from this origin, https FHIR servers (?fhir=) and this machine
    expect(APP_CSP).toContain("script-src 'self' 'wasm-unsafe-eval';")
    // styles only from the app's own files: no inline <style> or style attributes (React sets styles through the DOM)
    expect(APP_CSP).toContain("style-src 'self';")
    expect(APP_CSP).not.toContain('unsafe-inline')
    expect(APP_CSP).toContain("connect-src 'self' https: http://127.0.0.1:* http://localhost:*;")
  })

  it('serves files as themselves and 404s a missing file instead of the app shell', async () => {
    const file = await fetch(`${server.url}app.js`)
    expect([file.status, await file.text()]).toEqual([200, 'console.log("app")\n'])
    expect(file.headers.get('content-type')).toContain('javascript')
    const missing = await fetch(`${server.url}missing.js`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
    await missing.text()
  })

  it('leaves FHIR responses to the FHIR handler', async () => {
    const response = await fetch(`${fhir}/Patient/${brain.patientId}`)
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBeNull()
    await response.text()
  })
})

describe('search-parameter split (FHIR_SP_OPTIMIZE=0 in a second server process)', () => {
  // The unsplit matcher costs ~1 ms per candidate (the point of the split), so the second process loads only two
  // bundles; every compared query is scoped to one of their patients, so the other 15 bundles cannot change it.
  const unsplitFiles = [BRAIN, COURTNEY]
  let child: ChildProcessWithoutNullStreams | undefined
  let unsplitBase = ''
  let output = ''

  beforeAll(async () => {
    const proc = spawn(process.execPath, ['--experimental-websocket', '--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        FHIR_SP_OPTIMIZE: '0',
        STATIC_DIR: staticDir,
        FHIR_FIXTURES: unsplitFiles.map((f) => `fhir-fixtures/synthea/${f}`).join(','),
      },
    })
    child = proc
    const line = await new Promise<string>((resolveLine, reject) => {
      proc.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /^Twin app and FHIR server: .*$/m.exec(output)
        if (match !== null) {
          resolveLine(match[0])
        }
      })
      proc.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString()
      })
      proc.once('exit', (code) => {
        reject(new Error(`server exited with ${String(code)}: ${output}`))
      })
    })
    const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(line)?.[1] ?? ''
    // 176 + 550 entries, minus nothing: the two bundles share no Organization or Practitioner.
    expect(line).toBe(
      `Twin app and FHIR server: http://127.0.0.1:${port}/  (FHIR base http://127.0.0.1:${port}/fhir, 726 resources, 2 patients)`,
    )
    unsplitBase = `http://127.0.0.1:${port}/fhir`
  })

  afterAll(() => {
    if (child !== undefined && child.exitCode === null) {
      child.kill('SIGKILL')
    }
  })

  it('gives the same result sets with and without the split', async () => {
    const queries = [
      `Condition?patient=${courtney.patientId}`,
      `Condition?subject=Patient/${courtney.patientId}`,
      `Encounter?patient=${brain.patientId}`,
      `Procedure?patient=Patient/${courtney.patientId}`,
      `MedicationRequest?patient=${courtney.patientId}`,
      `CarePlan?patient=${courtney.patientId}`,
      `Observation?patient=${brain.patientId}&category=vital-signs`,
      `Observation?patient=${courtney.patientId}&code=http://loinc.org|8302-2`,
      `DiagnosticReport?patient=${courtney.patientId}`,
      `Claim?patient=${brain.patientId}`,
    ]
    const sizes: number[] = []
    for (const query of queries) {
      const sep = query.includes('?') ? '&' : '?'
      const split = await getJson<Bundle>('Bundle', `${fhir}/${query}${sep}_count=1000`)
      const unsplit = await getJson<Bundle>('Bundle', `${unsplitBase}/${query}${sep}_count=1000`)
      expect([query, keysOf(unsplit.body)]).toEqual([query, keysOf(split.body)])
      sizes.push(split.body.total ?? -1)
    }
    // Non-trivial sets: the comparison would be vacuous if both sides were empty.
    expect(sizes.every((n) => n > 0)).toBe(true)
    expect(sizes.slice(0, 2)).toEqual([13, 13])
  })

  it('gives the same $everything with and without the split', async () => {
    const split = await getJson<Bundle>('Bundle', `${fhir}/Patient/${brain.patientId}/$everything`)
    const unsplit = await getJson<Bundle>('Bundle', `${unsplitBase}/Patient/${brain.patientId}/$everything`)
    expect(keysOf(unsplit.body)).toEqual(keysOf(split.body))
    expect(split.body.total).toBe(174)
  })

  it('stops cleanly on SIGTERM', async () => {
    const proc = child
    if (proc === undefined) {
      throw new Error('no child process')
    }
    const exited = new Promise<number | null>((resolveExit) => proc.once('exit', resolveExit))
    proc.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('Stopped (SIGTERM).')
  })
})
