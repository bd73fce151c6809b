import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPatientRecord } from './loadRecord.ts'
import { COMBINATION_EXTENSION } from './planFromCapabilities.ts'

type Answer = readonly [status: number, body: unknown]

const combination = (...required: string[]) => ({
  url: COMBINATION_EXTENSION,
  extension: required.map((valueString) => ({ url: 'required', valueString })),
})

const refusal = (diagnostics: string): unknown => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'processing', diagnostics }],
})

const searchset = (resourceType: string, ids: readonly string[]): unknown => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: ids.map((id) => ({ resource: { resourceType, id } })),
})

let server: Server | undefined
afterEach(() => {
  server?.close()
  server = undefined
})

/** A scripted FHIR server: metadata, Patient/p1, and `answer` for every search (its requests are listed in `seen`). */
async function scriptedServer(
  resources: readonly unknown[],
  answer: (type: string, query: URLSearchParams) => Answer,
): Promise<{ base: string; seen: string[] }> {
  const seen: string[] = []
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '', 'http://x')
    const type = url.pathname.replace('/fhir/', '')
    if (type !== 'metadata' && type !== 'Patient/p1') seen.push(`${type}?${decodeURIComponent(url.search.slice(1))}`)
    const [status, body] =
      type === 'metadata'
        ? ([200, { resourceType: 'CapabilityStatement', rest: [{ mode: 'server', resource: resources }] }] as const)
        : type === 'Patient/p1'
          ? ([200, { resourceType: 'Patient', id: 'p1' }] as const)
          : answer(type, url.searchParams)
    res.writeHead(status, { 'content-type': 'application/fhir+json' })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/fhir`, seen }
}

describe('the query plan against scripted servers', () => {
  it('retries a metadata split plan by patient alone when its catch-all is refused (US Core Condition)', async () => {
    // given: a US Core CapabilityStatement declaring Condition combinations but not patient alone, and a server
    // that refuses `category:not` while serving Condition?patient= whole (c3 has no category)
    const categoryOf: Record<string, string> = { c1: 'problem-list-item', c2: 'encounter-diagnosis' }
    const { base, seen } = await scriptedServer(
      [
        {
          type: 'Condition',
          supportedProfile: [
            'http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns',
          ],
          extension: [
            combination('patient', 'category'),
            combination('patient', 'clinical-status'),
            combination('patient', 'onset-date'),
          ],
        },
      ],
      (type, query) => {
        if (type !== 'Condition') return [200, searchset(type, [])]
        if (query.has('category:not')) return [400, refusal('Unknown modifier :not on parameter category')]
        const category = query.get('category')
        const ids = ['c1', 'c2', 'c3'].filter((id) => category === null || categoryOf[id] === category)
        return [200, searchset('Condition', ids)]
      },
    )
    // when
    const loaded = await loadPatientRecord({ baseUrl: base, patientId: 'p1', pageSize: 50 })
    // then
    expect(loaded.outcomes.find((o) => o.resourceType === 'Condition')).toEqual({
      resourceType: 'Condition',
      status: 'loaded',
      count: 3,
      message: null,
      httpStatus: null,
    })
    expect(loaded.resources.filter((r) => r.resourceType === 'Condition').map((r) => r.id)).toEqual(['c1', 'c2', 'c3'])
    expect(seen).toEqual([
      'Condition?patient=Patient/p1&_count=50&category=problem-list-item',
      'Condition?patient=Patient/p1&_count=50&category=encounter-diagnosis',
      'Condition?patient=Patient/p1&_count=50&category=health-concern',
      'Condition?patient=Patient/p1&_count=50&category:not=problem-list-item&category:not=encounter-diagnosis&category:not=health-concern',
      'Condition?patient=Patient/p1&_count=50',
    ])
  })

  it('reports the first error when the split it switched to fails too', async () => {
    // given: Observation?patient= asks for a category; the category searches are refused for another reason
    const { base, seen } = await scriptedServer([{ type: 'Observation' }], (type, query) => {
      if (type !== 'Observation') return [200, searchset(type, [])]
      return query.has('category')
        ? [400, refusal('Invalid date range')]
        : [400, refusal('The category parameter is required')]
    })
    // when
    const loaded = await loadPatientRecord({ baseUrl: base, patientId: 'p1', pageSize: 50 })
    // then
    expect(loaded.outcomes.find((o) => o.resourceType === 'Observation')).toEqual({
      resourceType: 'Observation',
      status: 'failed',
      count: 0,
      message: 'The record system answered with an error (HTTP 400). The category parameter is required',
      httpStatus: 400,
    })
    expect(seen).toEqual([
      'Observation?patient=Patient/p1&_count=50',
      'Observation?patient=Patient/p1&_count=50&category=vital-signs',
    ])
  })

  it('does not switch on a 400 that only lists valid parameters or carries the code `code-invalid`', async () => {
    const { base, seen } = await scriptedServer([{ type: 'Observation' }, { type: 'Condition' }], (type) => {
      if (type === 'Observation') {
        return [
          400,
          refusal(
            'Unknown search parameter "patient" for resource type "Observation". Valid search parameters for this search are: [category, code, date, subject]',
          ),
        ]
      }
      return [400, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'code-invalid' }] }]
    })
    const loaded = await loadPatientRecord({ baseUrl: base, patientId: 'p1', pageSize: 50 })
    expect(loaded.outcomes.filter((o) => o.status === 'failed').map((o) => o.resourceType)).toEqual([
      'Condition',
      'Observation',
    ])
    expect(seen.filter((s) => s.includes('category'))).toEqual([])
  })
})
