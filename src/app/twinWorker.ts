/**
 * The twin worker (issue 14 point 2, issue 15): runs buildTwin (normalise, map, the derived lookups) off the main
 * thread, so a 10,000-resource record never blocks the page in one long task. It receives the loaded resources and
 * answers the record and its mapping (plain data: arrays and objects, no functions) in parts that the main thread
 * reads one task each; the lookups (Maps, Sets) are rebuilt there (src/twin/twinFromRecord.ts `assembleTwin`). Started by
 * src/app/twinBuilder.ts `startTwinWorker`, the one place a Worker is constructed.
 */
import type { Resource } from '@medplum/fhirtypes'
import type { TwinMap } from '../anatomy/types.ts'
import type { ClinicalEvent, NormalisedRecord, NormaliseOptions } from '../timeline/types.ts'
import { buildTwin } from '../twin/buildTwin.ts'
import type { Twin } from '../twin/twin.ts'

/** One build asked of the worker. */
export interface TwinRequest {
  readonly id: number
  readonly resources: readonly Resource[]
  readonly options: NormaliseOptions
}

/** The record's event lists, sent in slices ahead of the rest of the twin. */
export const EVENT_LISTS = [
  'conditions',
  'procedures',
  'medications',
  'observations',
  'allergies',
  'immunizations',
  'familyHistory',
  'encounters',
  'reports',
  'carePlans',
] as const satisfies readonly (keyof NormalisedRecord)[]

/** One of the record's event lists. */
export type EventList = (typeof EVENT_LISTS)[number]

/**
 * The worker's answers to request `id`, in order: slices of the event lists (each read on the main thread in its own
 * task, so no single message takes long to read), then the rest of the record (its lists empty) with the mapping,
 * or the message of the error buildTwin threw.
 */
export type TwinReply =
  | { readonly id: number; readonly list: EventList; readonly events: readonly ClinicalEvent[] }
  | { readonly id: number; readonly record: NormalisedRecord; readonly map: TwinMap }
  | { readonly id: number; readonly error: string }

/** Events per slice: about a megabyte of structured clone for observations. */
export const EVENTS_PER_SLICE = 1000

/**
 * Builds the twin of one request and posts it in parts.
 * @param request - the resources and the options of buildTwin
 * @param post - sends one reply
 * @param perSlice - events per slice
 */
export function answerTwinRequest(
  request: TwinRequest,
  post: (reply: TwinReply) => void,
  perSlice = EVENTS_PER_SLICE,
): void {
  const { id } = request
  let twin: Twin
  try {
    twin = buildTwin(request.resources, request.options)
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) })
    return
  }
  const rest: Record<string, unknown> = { ...twin.record }
  for (const list of EVENT_LISTS) {
    const events: readonly ClinicalEvent[] = twin.record[list]
    for (let at = 0; at < events.length; at += perSlice) {
      post({ id, list, events: events.slice(at, at + perSlice) })
    }
    rest[list] = []
  }
  post({ id, record: rest as unknown as NormalisedRecord, map: twin.map })
}

/** The part of the worker's global scope used here (the DOM lib has no DedicatedWorkerGlobalScope). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<TwinRequest>) => void) | null
  postMessage(message: TwinReply): void
}

// Inside a worker only (no `document` there): answer every request in order.
if (typeof document === 'undefined' && typeof globalThis.postMessage === 'function') {
  const scope = globalThis as unknown as WorkerScope
  scope.onmessage = (event) => {
    answerTwinRequest(event.data, (reply) => {
      scope.postMessage(reply)
    })
  }
}
