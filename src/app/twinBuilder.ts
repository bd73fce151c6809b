/**
 * buildTwin off the main thread (issue 14 point 2: no long task over 200 ms while a 10,000-resource record loads;
 * issue 15). One long-lived module Worker (src/app/twinWorker.ts) builds each twin; requests are matched to replies by
 * id. Where Worker is unavailable (vitest/jsdom, an old browser) or the worker cannot start or fails, the twin is
 * built on this thread instead, with the same result. A reply for an older patient is not dropped here: the store's
 * generation guard (twinStore.ts `recordLoaded`, B11) discards it.
 *
 * The twin worker is constructed in one place only, `startTwinWorker`, and its URL passes the app's Trusted Types policy
 * (trustedWorkerUrl.ts, `twin-worker-url`; the CSP allows `worker-src 'self'`).
 */
import type { Resource } from '@medplum/fhirtypes'
import type { ClinicalEvent, NormalisedRecord, NormaliseOptions } from '../timeline/types.ts'
import type { Twin } from '../twin/twin.ts'
import { assembleTwin } from '../twin/assembleTwin.ts'
import { trustedWorkerUrl } from './trustedWorkerUrl.ts'
import { EVENT_LISTS, type EventList, type TwinReply, type TwinRequest } from './twinProtocol.ts'
import twinWorkerUrl from './twinWorker.ts?worker&url'

/** Builds twins, in a worker when it can. */
export interface TwinBuilder {
  /** The Twin of these resources, as buildTwin(resources, options) gives it. */
  build(resources: readonly Resource[], options: NormaliseOptions): Promise<Twin>
  /** Starts the worker now (its script loads while the record is fetched). */
  warm(): void
}

/**
 * Starts the twin worker (the one other Worker is the loading preview's, previewWorker.ts; both URLs pass the policy).
 * @returns the worker, or null where Worker is unavailable or refused (CSP, Trusted Types)
 */
export function startTwinWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(trustedWorkerUrl(twinWorkerUrl), { type: 'module', name: 'twin' })
  } catch {
    return null
  }
}

interface Pending {
  readonly request: TwinRequest
  readonly resolve: (twin: Twin) => void
  readonly reject: (error: Error) => void
  /** The event-list slices received so far, in order. */
  readonly slices: Map<EventList, ClinicalEvent[]>
}

/** Puts the worker's parts back together: the record's lists from the slices, then the lookups. */
function assembled(item: Pending, rest: NormalisedRecord, map: Twin['map']): Twin {
  const record: Record<string, unknown> = { ...rest }
  for (const list of EVENT_LISTS) record[list] = item.slices.get(list) ?? []
  return assembleTwin(record as unknown as NormalisedRecord, map)
}

/**
 * Takes one reply of the worker for its pending build.
 * @returns true when the build is settled
 */
function takeReply(item: Pending, reply: TwinReply): boolean {
  if ('events' in reply) {
    const slices = item.slices.get(reply.list)
    if (slices === undefined) item.slices.set(reply.list, [...reply.events])
    else for (const event of reply.events) slices.push(event)
    return false
  }
  if ('error' in reply) item.reject(new Error(reply.error))
  else item.resolve(assembled(item, reply.record, reply.map))
  return true
}

// The pipeline and its mapping tables are loaded only when the worker cannot build: they are not part of the
// entry script (docs/performance.md), since the worker's own script carries them.
function buildHere(pending: Pending): void {
  import('../twin/buildTwin.ts')
    .then(({ buildTwin }) => {
      pending.resolve(buildTwin(pending.request.resources, pending.request.options))
    })
    .catch((error: unknown) => {
      pending.reject(error instanceof Error ? error : new Error(String(error)))
    })
}

/**
 * Creates a twin builder.
 * @param start - starts the worker (null: build on this thread); called once, on the first build
 */
export function createTwinBuilder(start: () => Worker | null = startTwinWorker): TwinBuilder {
  let worker: Worker | null | undefined
  let nextId = 1
  const pending = new Map<number, Pending>()
  // The worker failed (its script did not load, or a message could not be read): build what it held here.
  const fallBack = (): void => {
    worker?.terminate()
    worker = null
    const held = [...pending.values()]
    pending.clear()
    for (const item of held) buildHere(item)
  }
  const onReply = (event: MessageEvent<TwinReply>): void => {
    const reply = event.data
    const item = pending.get(reply.id)
    if (item !== undefined && takeReply(item, reply)) pending.delete(reply.id)
  }
  const started = (): Worker | null => {
    if (worker !== undefined) return worker
    worker = start()
    worker?.addEventListener('message', onReply)
    worker?.addEventListener('error', fallBack)
    worker?.addEventListener('messageerror', fallBack)
    return worker
  }
  return {
    warm: () => {
      started()
    },
    build: (resources, options) =>
      new Promise<Twin>((resolve, reject) => {
        const item: Pending = { request: { id: nextId++, resources, options }, resolve, reject, slices: new Map() }
        const target = started()
        if (target === null) {
          buildHere(item)
          return
        }
        pending.set(item.request.id, item)
        try {
          target.postMessage(item.request)
        } catch {
          // Resources that cannot be cloned (never from src/fhir, which gives JSON) are built here.
          pending.delete(item.request.id)
          buildHere(item)
        }
      }),
  }
}

let shared: TwinBuilder | null = null

/**
 * The app's twin builder (one worker for the page), started on first use.
 * @param resources - the patient's resources as loaded
 * @param options - as buildTwin's
 */
export function buildTwinOffThread(resources: readonly Resource[], options: NormaliseOptions): Promise<Twin> {
  shared ??= createTwinBuilder()
  return shared.build(resources, options)
}

/** Starts the worker ahead of the first record, so that it is ready when the resources arrive. */
export function warmTwinBuilder(): void {
  shared ??= createTwinBuilder()
  shared.warm()
}
