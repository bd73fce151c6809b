/**
 * The twin worker (issue 14 point 2, issue 15): runs buildTwin (normalise, map, the derived lookups) off the main
 * thread, so a 10,000-resource record never blocks the page in one long task. It receives the loaded resources and
 * answers the record and its mapping (plain data: arrays and objects, no functions) in parts that the main thread
 * reads one task each; the lookups (Maps, Sets) are rebuilt there (src/twin/twinFromRecord.ts `assembleTwin`). Started by
 * src/app/twinBuilder.ts `startTwinWorker`; the only other Worker is the loading preview's (src/app/previewWorker.ts).
 */
import type { ClinicalEvent, NormalisedRecord } from '../timeline/types.ts'
import { buildTwin } from '../twin/buildTwin.ts'
import type { Twin } from '../twin/twin.ts'
import { EVENT_LISTS, type TwinReply, type TwinRequest } from './twinProtocol.ts'

export { EVENT_LISTS, type EventList, type TwinReply, type TwinRequest } from './twinProtocol.ts'

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
