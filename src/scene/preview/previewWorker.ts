/**
 * The preview worker: draws the loading preview off the page's thread. At start it creates its WebGL 2 context on
 * an OffscreenCanvas (in software GL the first context takes the GPU process a good half second, which the page
 * would otherwise wait for), while the page fetches public/models/body-lite.glb and sends the bytes; it decodes
 * them with the self-hosted meshopt decoder (readGlb.ts), and answers each frame request with a bitmap the page
 * shows (src/scene/BodyPreview.tsx). Started by src/app/previewWorker.ts.
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { createPreviewRenderer, type PreviewRenderer } from './drawPreview.ts'
import type { PreviewReply, PreviewRequest } from './previewProtocol.ts'
import { readPreviewModel, type PreviewModel } from './readGlb.ts'

/** The part of the worker's global scope used here (the DOM lib has no DedicatedWorkerGlobalScope). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null
  postMessage(message: PreviewReply, transfer?: Transferable[]): void
}

/**
 * Answers the page's requests: the model once, then frames (each after the model and the context are ready).
 * @param scope - the worker's global scope
 * @param target - the renderer and its canvas, or null without OffscreenCanvas or WebGL 2
 */
export function servePreview(
  scope: WorkerScope,
  target: { renderer: PreviewRenderer; canvas: OffscreenCanvas } | null,
): void {
  let receive: (bytes: ArrayBuffer) => void = () => undefined
  const model = new Promise<ArrayBuffer>((resolve) => {
    receive = resolve
  }).then(async (bytes): Promise<PreviewModel> => {
    await MeshoptDecoder.ready
    return readPreviewModel(bytes, (target, count, size, source, mode, filter) => {
      MeshoptDecoder.decodeGltfBuffer(target, count, size, source, mode, filter)
    })
  })
  // Read now, so a frame request does not wait for the decode; a failure is answered per request.
  model.catch(() => undefined)
  scope.onmessage = (event) => {
    const request = event.data
    if (request.kind === 'model') {
      receive(request.bytes)
      return
    }
    const { id, width, height } = request
    if (target === null) {
      scope.postMessage({ kind: 'none', id, reason: 'no WebGL 2 in a worker' })
      return
    }
    model.then(
      (m) => {
        target.renderer.draw(m, width, height)
        const bitmap = target.canvas.transferToImageBitmap()
        scope.postMessage({ kind: 'frame', id, bitmap }, [bitmap])
      },
      (error: unknown) => {
        scope.postMessage({ kind: 'none', id, reason: error instanceof Error ? error.message : String(error) })
      },
    )
  }
}

/** The context and program, created now; null without OffscreenCanvas or WebGL 2. */
function startRenderer(): { renderer: PreviewRenderer; canvas: OffscreenCanvas } | null {
  if (typeof OffscreenCanvas !== 'function') return null
  const canvas = new OffscreenCanvas(1, 1)
  const renderer = createPreviewRenderer(canvas, !__E2E__)
  return renderer === null ? null : { renderer, canvas }
}

// Inside a worker only (no `document` there).
if (typeof document === 'undefined' && typeof globalThis.postMessage === 'function') {
  servePreview(globalThis as unknown as WorkerScope, startRenderer())
}
