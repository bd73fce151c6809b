/**
 * The page's side of the preview worker (src/scene/preview/previewWorker.ts): started at app start
 * (startDownloads.ts) so that its WebGL context is created while the light model downloads; the page fetches the
 * model (a request of the page, which the scene's loader later finds in the HTTP cache) and hands the bytes over.
 * `previewFrame` asks for one drawn frame; `stopPreviewWorker` frees the worker and its GPU context once the twin's
 * own scene is shown. Where workers, OffscreenCanvas or WebGL 2 are not available every frame is null: the loading
 * view then has no picture, and nothing else changes.
 */
import { BODY_LITE_URL } from '../scene/modelUrls.ts'
import type { PreviewReply, PreviewRequest } from '../scene/preview/previewProtocol.ts'
import { trustedWorkerUrl } from './trustedWorkerUrl.ts'
import previewWorkerUrl from '../scene/preview/previewWorker.ts?worker&url'

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, (bitmap: ImageBitmap | null) => void>()

function settleAll(): void {
  for (const settle of pending.values()) settle(null)
  pending.clear()
}

/** Ends the worker (and its GPU context); a later frame request starts a new one. */
export function stopPreviewWorker(): void {
  worker?.terminate()
  worker = null
  settleAll()
}

function post(request: PreviewRequest, transfer: Transferable[] = []): void {
  worker?.postMessage(request, transfer)
}

/**
 * Starts the worker and the light model's fetch (once, until stopped).
 * @returns a promise settled when the model's bytes are with the worker, or cannot be
 */
export function startPreviewWorker(): Promise<void> {
  if (worker !== null) return Promise.resolve()
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve()
  try {
    worker = new Worker(trustedWorkerUrl(previewWorkerUrl), { type: 'module', name: 'preview' })
  } catch {
    return Promise.resolve()
  }
  worker.addEventListener('message', (event: MessageEvent<PreviewReply>) => {
    const reply = event.data
    pending.get(reply.id)?.(reply.kind === 'frame' ? reply.bitmap : null)
    pending.delete(reply.id)
  })
  worker.addEventListener('error', stopPreviewWorker)
  return fetch(BODY_LITE_URL)
    .then(async (response) => (response.ok ? response.arrayBuffer() : new ArrayBuffer(0)))
    .catch(() => new ArrayBuffer(0))
    .then((bytes) => {
      // No bytes (a failed fetch): the worker cannot read a model and answers every frame with none.
      post({ kind: 'model', bytes }, [bytes])
    })
}

/**
 * One frame of the bare body at this size (device pixels), or null when there is none.
 * @param width - pixels
 * @param height - pixels
 */
export function previewFrame(width: number, height: number): Promise<ImageBitmap | null> {
  void startPreviewWorker()
  if (worker === null) return Promise.resolve(null)
  const id = nextId++
  return new Promise((resolve) => {
    pending.set(id, resolve)
    post({ kind: 'frame', id, width, height })
  })
}
