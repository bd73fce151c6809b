import { parseSearchRequest } from '@medplum/core'
import { MemoryRepository } from '@medplum/fhir-router'
import type { Bundle, Observation } from '@medplum/fhirtypes'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ensureR4DefinitionsIndexed } from '../definitions.ts'
import { KEPT_SEARCHES, PagedMemoryRepository } from './PagedMemoryRepository.ts'

/** Seven Observations of patient p1 (on seven days, in shuffled order), two of p2. */
function observations(): Observation[] {
  const days: [day: number, patient: string][] = [5, 2, 7, 1, 6, 3, 4].map((day) => [day, 'p1'])
  return [...days, [8, 'p2'], [9, 'p2']].map(([day, patient]) => ({
    resourceType: 'Observation',
    id: `o${String(day)}`,
    status: 'final',
    code: { text: `reading ${String(day)}` },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: `2020-01-0${String(day)}`,
  }))
}

async function seeded<R extends MemoryRepository>(repo: R): Promise<R> {
  for (const resource of observations()) await repo.createResource(resource)
  return repo
}

/** The bundle without each resource's `meta` (each repository stamps its own versionId and lastUpdated). */
function withoutMeta(bundle: Bundle): Bundle {
  const entry = bundle.entry?.map((e) => {
    const resource = { ...(e.resource as Observation) }
    delete resource.meta
    return { ...e, resource }
  })
  return entry === undefined ? bundle : { ...bundle, entry }
}

function ids(bundle: Bundle): string[] {
  return (bundle.entry ?? []).map((entry) => entry.resource?.id ?? '?')
}

const search = (query: string): ReturnType<typeof parseSearchRequest> => parseSearchRequest(`Observation?${query}`)

beforeAll(() => {
  ensureR4DefinitionsIndexed()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('PagedMemoryRepository', () => {
  it('gives the same pages, in the same order and with the same total, as MemoryRepository', async () => {
    const plain = await seeded(new MemoryRepository())
    const paged = await seeded(new PagedMemoryRepository())
    for (const offset of [0, 3, 6, 9]) {
      const query = `subject=Patient/p1&_sort=-date&_count=3&_offset=${offset}`
      expect(withoutMeta(await paged.search(search(query)))).toEqual(withoutMeta(await plain.search(search(query))))
    }
    const pages = await Promise.all(
      [0, 3, 6].map((offset) => paged.search(search(`subject=Patient/p1&_sort=date&_count=3&_offset=${offset}`))),
    )
    expect(pages.map(ids)).toEqual([['o1', 'o2', 'o3'], ['o4', 'o5', 'o6'], ['o7']])
    expect(pages.map((page) => page.total)).toEqual([7, 7, 7])
    // Past the end: no entry element, as MemoryRepository answers.
    expect(await paged.search(search('subject=Patient/p1&_count=3&_offset=9'))).toEqual({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 7,
    })
  })

  it('matches the store once for all the pages of one search, and again for another search', async () => {
    const paged = await seeded(new PagedMemoryRepository())
    const scan = vi.spyOn(MemoryRepository.prototype, 'search')
    for (const offset of [0, 2, 4, 6]) await paged.search(search(`subject=Patient/p1&_count=2&_offset=${offset}`))
    expect(scan).toHaveBeenCalledTimes(1)
    await paged.search(search('subject=Patient/p2&_count=2'))
    expect(scan).toHaveBeenCalledTimes(2)
  })

  it('sees every write: a created, updated or deleted resource shows in the next page', async () => {
    const paged = await seeded(new PagedMemoryRepository())
    const page = (): Promise<Bundle> => paged.search(search('subject=Patient/p2&_sort=date&_count=10'))
    expect(ids(await page())).toEqual(['o8', 'o9'])
    const created = await paged.createResource<Observation>({
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'new' },
      subject: { reference: 'Patient/p2' },
      effectiveDateTime: '2020-01-10',
    })
    expect(ids(await page())).toEqual(['o8', 'o9', created.id])
    await paged.updateResource<Observation>({ ...created, subject: { reference: 'Patient/p1' } })
    expect(ids(await page())).toEqual(['o8', 'o9'])
    await paged.deleteResource('Observation', 'o8')
    expect((await page()).total).toBe(1)
    paged.clear()
    expect((await page()).total).toBe(0)
  })

  it('gives each page its own copies: changing one response leaves the next unchanged', async () => {
    const paged = await seeded(new PagedMemoryRepository())
    const query = 'subject=Patient/p1&_sort=date&_count=2'
    const first = await paged.search(search(query))
    const resource = first.entry?.[0]?.resource as Observation
    resource.status = 'entered-in-error'
    const again = await paged.search(search(query))
    expect((again.entry?.[0]?.resource as Observation).status).toBe('final')
  })

  it(`keeps the match lists of the ${KEPT_SEARCHES} most recent searches`, async () => {
    const paged = await seeded(new PagedMemoryRepository())
    const scan = vi.spyOn(MemoryRepository.prototype, 'search')
    const queries = Array.from(
      { length: KEPT_SEARCHES + 1 },
      (_, i) => `subject=Patient/p1&_count=${i + 1}&code:text=r${i}`,
    )
    for (const query of queries) await paged.search(search(query))
    expect(scan).toHaveBeenCalledTimes(KEPT_SEARCHES + 1)
    // The second is still kept; the first (least recently used) was let go.
    await paged.search(search(queries[1] ?? ''))
    expect(scan).toHaveBeenCalledTimes(KEPT_SEARCHES + 1)
    await paged.search(search(queries[0] ?? ''))
    expect(scan).toHaveBeenCalledTimes(KEPT_SEARCHES + 2)
  })

  it('leaves searches with _include to MemoryRepository, page by page', async () => {
    const paged = await seeded(new PagedMemoryRepository())
    const scan = vi.spyOn(MemoryRepository.prototype, 'search')
    const request = {
      ...search('subject=Patient/p1&_count=2'),
      include: [{ resourceType: 'Observation', searchParam: 'subject' }],
    }
    await paged.search(request)
    await paged.search(request)
    expect(scan).toHaveBeenCalledTimes(2)
  })

  it('overrides every MemoryRepository method that can change the store (a medplum upgrade that adds one fails here)', () => {
    // Reads, and the private createResourceSync (reached only through createResource and conditionalCreate).
    const reads = new Set([
      'constructor',
      'withSeeding',
      'setMode',
      'generateId',
      'createResourceSync',
      'readResource',
      'readReference',
      'readReferences',
      'readHistory',
      'readVersion',
      'searchSync',
      'search',
      'searchByReference',
      'searchOne',
      'searchResources',
      'withTransaction',
    ])
    const inherited = new Set<string>()
    for (
      let proto: object | null = MemoryRepository.prototype;
      proto !== null && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto) as object | null
    ) {
      for (const name of Object.getOwnPropertyNames(proto)) inherited.add(name)
    }
    const overridden = new Set(Object.getOwnPropertyNames(PagedMemoryRepository.prototype))
    const writes = [...inherited].filter((name) => !reads.has(name)).sort()
    expect(writes).toEqual([
      'clear',
      'conditionalCreate',
      'conditionalDelete',
      'conditionalPatch',
      'conditionalUpdate',
      'createResource',
      'deleteResource',
      'expungeResource',
      'expungeResources',
      'patchResource',
      'updateResource',
    ])
    expect(writes.filter((name) => !overridden.has(name))).toEqual([])
  })
})
