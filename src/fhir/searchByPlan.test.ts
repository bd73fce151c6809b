import type { Client } from 'fhir-kit-client'
import { describe, expect, it } from 'vitest'
import { PATIENT_ONLY, splitPlanFor, type TypePlan } from './queryPlan.ts'
import { searchByPlan, type PlanRun } from './searchByPlan.ts'

const BASE = 'http://fhir.test/fhir'

interface Page {
  readonly ids: readonly string[]
  readonly outcomes?: readonly unknown[]
  /** The next page's key, if any. */
  readonly next?: string
}

interface FakeServer {
  readonly client: Client
  /** Each first-page search as `category=<value> _count=<n>` and each followed link as `next <key>`. */
  readonly requests: string[]
}

/** A fake client: `first` gives the first page of a search (by its category), `pages` the pages behind next links. */
function fakeServer(first: (category: string) => Page, pages: Readonly<Record<string, Page>> = {}): FakeServer {
  const requests: string[] = []
  const bundle = (page: Page): unknown => ({
    resourceType: 'Bundle',
    type: 'searchset',
    link: page.next === undefined ? [] : [{ relation: 'next', url: `${BASE}/Observation?page=${page.next}` }],
    entry: [
      ...page.ids.map((id) => ({ resource: { resourceType: 'Observation', id } })),
      ...(page.outcomes ?? []).map((resource) => ({ resource, search: { mode: 'outcome' } })),
    ],
  })
  const client = {
    search: ({ searchParams }: { searchParams: Record<string, unknown> }) => {
      const category = typeof searchParams.category === 'string' ? searchParams.category : 'none'
      requests.push(`category=${category} _count=${String(searchParams._count)}`)
      return Promise.resolve(bundle(first(category)))
    },
    request: (url: string) => {
      const key = new URL(url).searchParams.get('page') ?? ''
      requests.push(`next ${key}`)
      return Promise.resolve(bundle(pages[key] ?? { ids: [] }))
    },
  }
  return { client: client as unknown as Client, requests }
}

const runOf = (client: Client, pageSize: number, maxPages: number): PlanRun => ({
  client,
  resourceType: 'Observation',
  patientId: 'p1',
  pageSize,
  walk: { baseUrl: BASE, signal: undefined, maxPages, onPage: () => undefined },
})

const OBSERVATION_SPLIT: TypePlan = splitPlanFor('Observation') ?? PATIENT_ONLY
const outcome = (severity: string, text: string): unknown => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity, code: 'processing', diagnostics: text }],
})

describe('searchByPlan', () => {
  it('never lowers the page size of later splits for a short page under 50 (a page of 3 keeps _count=200)', async () => {
    // given: vital-signs answers 3 per page with a next link
    const server = fakeServer((c) => (c === 'vital-signs' ? { ids: ['a', 'b', 'c'], next: 'v2' } : { ids: [] }), {
      v2: { ids: ['d'] },
    })
    // when
    const walk = await searchByPlan(OBSERVATION_SPLIT, runOf(server.client, 200, 100))
    // then
    expect(walk.resources.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(walk.incomplete).toBeNull()
    expect(server.requests.filter((r) => !r.startsWith('next')).map((r) => r.split(' ')[1])).toEqual(
      Array.from({ length: 10 }, () => '_count=200'),
    )
  })

  it('lowers later splits to a short first page of 50 or more (the server maximum), never below 50', async () => {
    const sixty = Array.from({ length: 60 }, (_, i) => `v${String(i)}`)
    const server = fakeServer((c) => (c === 'vital-signs' ? { ids: sixty, next: 'v2' } : { ids: [] }), {
      v2: { ids: ['last'] },
    })
    await searchByPlan(OBSERVATION_SPLIT, runOf(server.client, 200, 100))
    expect(server.requests.slice(0, 4)).toEqual([
      'category=vital-signs _count=200',
      'next v2',
      'category=laboratory _count=60',
      'category=social-history _count=60',
    ])
  })

  it('shares one page budget across the split searches of a type', async () => {
    // given: every category has two pages; the budget is 5 pages for the whole type
    const server = fakeServer((c) => ({ ids: [`${c}-1`], next: c }), {
      'vital-signs': { ids: ['vital-signs-2'] },
      laboratory: { ids: ['laboratory-2'] },
      'social-history': { ids: ['social-history-2'] },
    })
    // when
    const walk = await searchByPlan(OBSERVATION_SPLIT, runOf(server.client, 200, 5))
    // then: 5 requests in all, the third search cut by the budget, the rest not sent
    expect(server.requests).toEqual([
      'category=vital-signs _count=200',
      'next vital-signs',
      'category=laboratory _count=200',
      'next laboratory',
      'category=social-history _count=200',
    ])
    expect(walk.resources.map((r) => r.id)).toEqual([
      'vital-signs-1',
      'vital-signs-2',
      'laboratory-1',
      'laboratory-2',
      'social-history-1',
    ])
    expect(walk.incomplete).toBe('more than 5 pages (searched category: vital-signs, laboratory, social-history)')
  })

  it('drops outcomes that only say nothing was found and de-duplicates the other warnings', async () => {
    // given: a page with data, an information note and a warning; an empty page saying "no results"; a repeat
    const server = fakeServer(
      () => ({
        ids: ['o1'],
        outcomes: [outcome('information', 'Search took 3 ms.'), outcome('warning', 'Some dates were truncated.')],
        next: 'p2',
      }),
      {
        p2: { ids: [], outcomes: [outcome('warning', 'Resource request returns no results.')], next: 'p3' },
        p3: { ids: ['o2'], outcomes: [outcome('warning', 'Some dates were truncated.')], next: 'p4' },
        p4: { ids: [], outcomes: [outcome('error', 'Part of the search failed.')] },
      },
    )
    // when
    const walk = await searchByPlan(PATIENT_ONLY, runOf(server.client, 200, 100))
    // then
    expect(walk.resources.map((r) => r.id)).toEqual(['o1', 'o2'])
    expect(walk.warnings).toEqual(['Some dates were truncated.', 'Part of the search failed.'])
    expect(walk.incomplete).toBeNull()
  })
})
