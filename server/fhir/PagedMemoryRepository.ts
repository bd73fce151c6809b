import { deepClone } from '@medplum/core'
import type { Operation, SearchRequest, WithId } from '@medplum/core'
import { MemoryRepository } from '@medplum/fhir-router'
import type { CreateResourceOptions, DeleteResourceOptions, UpdateResourceOptions } from '@medplum/fhir-router'
import type { Bundle, BundleEntry, OperationOutcome, Parameters, Resource } from '@medplum/fhirtypes'

/** How many searches keep their whole match list (least recently used first out). */
export const KEPT_SEARCHES = 16

/** One search's whole match list, as of one state of the store. */
interface KeptSearch {
  readonly generation: number
  readonly entries: readonly BundleEntry[]
  readonly total: number | undefined
}

/**
 * The embedded server's repository: medplum's MemoryRepository, with the pages of one search served from one scan.
 *
 * MemoryRepository answers every page by matching every stored resource of the type, copying every match, and only
 * then cutting out the page, so reading a patient's 8,000 Observations 200 at a time matched and copied them 41
 * times (250 ms a page in the bench). Here the first page of a search keeps the whole match list, and the next pages
 * are cut from it, as search-result caches in FHIR servers do (HAPI's paging works this way). A page gets its own
 * copies of its resources, so a caller that changes a response cannot change the next one.
 *
 * Any write, or `clear`, starts a new generation of the store; a kept list from an older one is never used. Searches
 * with `_include` or `_revinclude` go straight to MemoryRepository (it resolves the includes page by page).
 */
export class PagedMemoryRepository extends MemoryRepository {
  private generation = 0
  private readonly kept = new Map<string, KeptSearch>()

  override async search<T extends Resource>(request: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    if (request.include !== undefined || request.revInclude !== undefined) return super.search(request)
    const whole = await this.wholeSearch(request)
    const offset = request.offset ?? 0
    const page =
      request.count === undefined ? whole.entries.slice(offset) : whole.entries.slice(offset, offset + request.count)
    const bundle: Bundle<WithId<T>> = { resourceType: 'Bundle', type: 'searchset' }
    // MemoryRepository leaves `entry` out of an empty page.
    if (page.length > 0) bundle.entry = page.map((entry) => deepClone(entry) as BundleEntry<WithId<T>>)
    if (whole.total !== undefined) bundle.total = whole.total
    return bundle
  }

  private async wholeSearch(request: SearchRequest): Promise<KeptSearch> {
    const rest: SearchRequest = { ...request }
    delete rest.offset
    delete rest.count
    const key = JSON.stringify(rest)
    const kept = this.kept.get(key)
    if (kept !== undefined && kept.generation === this.generation) {
      // Least recently used goes first: a hit moves to the end.
      this.kept.delete(key)
      this.kept.set(key, kept)
      return kept
    }
    const generation = this.generation
    const found = await super.search(rest)
    const search: KeptSearch = { generation, entries: found.entry ?? [], total: found.total }
    this.kept.delete(key)
    this.kept.set(key, search)
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= KEPT_SEARCHES) break
      this.kept.delete(oldest)
    }
    return search
  }

  /** Starts a new generation once `write` has settled (a search run meanwhile keeps an older one). */
  private async changed<R>(write: Promise<R>): Promise<R> {
    try {
      return await write
    } finally {
      this.generation++
      this.kept.clear()
    }
  }

  override clear(): void {
    super.clear()
    this.generation++
    this.kept.clear()
  }

  override createResource<T extends Resource>(
    resource: T,
    options?: CreateResourceOptions,
    update?: boolean,
  ): Promise<WithId<T>> {
    return this.changed(super.createResource(resource, options, update))
  }

  override updateResource<T extends Resource>(resource: T, options?: UpdateResourceOptions): Promise<WithId<T>> {
    return this.changed(super.updateResource(resource, options))
  }

  override patchResource<T extends Resource>(
    resourceType: T['resourceType'],
    id: string,
    patch: Operation[] | Parameters,
    options?: UpdateResourceOptions,
  ): Promise<WithId<T>> {
    return this.changed(super.patchResource<T>(resourceType, id, patch, options))
  }

  override deleteResource(resourceType: string, id: string, options?: DeleteResourceOptions): Promise<void> {
    return this.changed(super.deleteResource(resourceType, id, options))
  }

  override expungeResource(resourceType: string, id: string): Promise<void> {
    return this.changed(super.expungeResource(resourceType, id))
  }

  override expungeResources(resourceType: string, ids: string[]): Promise<void> {
    return this.changed(super.expungeResources(resourceType, ids))
  }

  override conditionalCreate<T extends Resource>(
    resource: T,
    search: SearchRequest<T>,
    options?: CreateResourceOptions,
  ): Promise<{ resource: WithId<T>; outcome: OperationOutcome }> {
    return this.changed(super.conditionalCreate(resource, search, options))
  }

  override conditionalUpdate<T extends Resource>(
    resource: T,
    search: SearchRequest,
    options?: CreateResourceOptions & UpdateResourceOptions,
  ): Promise<{ resource: WithId<T>; outcome: OperationOutcome }> {
    return this.changed(super.conditionalUpdate(resource, search, options))
  }

  override conditionalDelete(search: SearchRequest): Promise<void> {
    return this.changed(super.conditionalDelete(search))
  }

  override conditionalPatch(
    search: SearchRequest,
    patch: Operation[],
    options?: UpdateResourceOptions,
  ): Promise<WithId<Resource>> {
    return this.changed(super.conditionalPatch(search, patch, options))
  }
}
