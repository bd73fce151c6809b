/** The messages between the page (src/app/previewWorker.ts) and the preview worker (previewWorker.ts). */

/** To the worker: the light model's bytes (transferred), or the size of a frame to draw (device pixels). */
export type PreviewRequest =
  | { readonly kind: 'model'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'frame'; readonly id: number; readonly width: number; readonly height: number }

/** From the worker: a drawn frame (transferred), or why there is none (no WebGL 2, a model it cannot read). */
export type PreviewReply =
  | { readonly kind: 'frame'; readonly id: number; readonly bitmap: ImageBitmap }
  | { readonly kind: 'none'; readonly id: number; readonly reason: string }
