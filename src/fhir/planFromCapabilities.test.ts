import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { asksForParameter } from './asksForParameter.ts'
import { FhirError } from './errors.ts'
import { loadPatientRecord } from './loadRecord.ts'
import { COMBINATION_EXTENSION, planFromCapabilities } from './planFromCapabilities.ts'
import { planSearches, splitPlanFor } from './queryPlan.ts'

const combination = (...required: string[]) => ({
  url: COMBINATION_EXTENSION,
  extension: required.map((valueString) => ({ url: 'required', valueString })),
})

const statement = (resource: unknown[]) => ({
  resourceType: 'CapabilityStatement',
  rest: [{ mode: 'server', resource }],
})

describe('planFromCapabilities', () => {
  it('chooses patient-only, split by category, or by every intent from what the server declares', () => {
    const plan = planFromCapabilities(
      statement([
        { type: 'Observation', extension: [combination('patient', 'category'), combination('patient', 'code')] },
        { type: 'Condition', extension: [combination('patient'), combination('patient', 'category')] },
        { type: 'MedicationRequest', extension: [combination('patient', 'intent')] },
        { type: 'Procedure' },
        { type: 'Encounter', interaction: [{ code: 'read' }] },
      ]),
    )
    expect([...(plan?.offered ?? [])]).toEqual(['Observation', 'Condition', 'MedicationRequest', 'Procedure'])
    expect(plan?.plans.get('Observation')).toEqual(splitPlanFor('Observation'))
    expect(plan?.plans.get('Condition')).toEqual({ kind: 'patient' })
    expect(plan?.plans.get('MedicationRequest')).toEqual(splitPlanFor('MedicationRequest'))
    expect(plan?.plans.get('Procedure')).toEqual({ kind: 'patient' })
  })

  it('splits Observation when a US Core profile is claimed without combinations', () => {
    const plan = planFromCapabilities(
      statement([
        {
          type: 'Observation',
          supportedProfile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-vital-signs'],
        },
      ]),
    )
    expect(plan?.plans.get('Observation')?.kind).toBe('split')
    expect(planFromCapabilities({ resourceType: 'Patient' })).toBeNull()
  })

  it('lists the searches of a split plan, the catch-all last', () => {
    const searches = planSearches(splitPlanFor('Condition') ?? { kind: 'patient' }, 'p1', 50)
    expect(searches.map((s) => s.params)).toEqual([
      { patient: 'Patient/p1', _count: 50, category: 'problem-list-item' },
      { patient: 'Patient/p1', _count: 50, category: 'encounter-diagnosis' },
      { patient: 'Patient/p1', _count: 50, category: 'health-concern' },
      {
        patient: 'Patient/p1',
        _count: 50,
        'category:not': ['problem-list-item', 'encounter-diagnosis', 'health-concern'],
      },
    ])
  })

  it('tells a 400 asking for a parameter from other errors', () => {
    expect(asksForParameter(new FhirError('http', 'x', 400, 'The category parameter is required'), 'Observation')).toBe(
      true,
    )
    expect(asksForParameter(new FhirError('http', 'x', 400, 'Invalid _count'), 'Observation')).toBe(false)
    expect(asksForParameter(new FhirError('http', 'x', 500, 'category'), 'Observation')).toBe(false)
  })
})

describe('the split plan against a server that refuses the catch-all', () => {
  let server: Server | undefined
  afterAll(() => {
    server?.close()
  })

  it('keeps what the category searches found, de-duplicated, and says which categories were searched', async () => {
    // given: Observation needs a category; `category:not` is refused; one Observation is in two categories
    const seen: string[] = []
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '', 'http://x')
      seen.push(url.pathname + url.search)
      const send = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/fhir+json' })
        res.end(JSON.stringify(body))
      }
      const category = url.searchParams.get('category')
      if (url.pathname === '/fhir/metadata') {
        send(200, statement([{ type: 'Observation' }]))
      } else if (url.pathname === '/fhir/Patient/p1') {
        send(200, { resourceType: 'Patient', id: 'p1' })
      } else if (category === null) {
        send(400, {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'required', diagnostics: 'category or code is required' }],
        })
      } else {
        const ids = category === 'vital-signs' || category === 'laboratory' ? ['o1'] : []
        send(200, {
          resourceType: 'Bundle',
          type: 'searchset',
          entry: ids.map((id) => ({ resource: { resourceType: 'Observation', id } })),
        })
      }
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/fhir`
    // when
    const loaded = await loadPatientRecord({ baseUrl: base, patientId: 'p1' })
    // then
    const observation = loaded.outcomes.find((o) => o.resourceType === 'Observation')
    expect(observation?.status).toBe('incomplete')
    expect(observation?.count).toBe(1)
    expect(observation?.message).toBe(
      'the search for every other category failed: category or code is required (searched category: vital-signs, laboratory, social-history, survey, exam, imaging, procedure, activity, sdoh)',
    )
    expect(seen.filter((u) => u.startsWith('/fhir/Observation'))).toHaveLength(11)
  })
})
