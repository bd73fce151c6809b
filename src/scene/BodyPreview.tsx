/**
 * The body while a record loads (docs/performance.md, "A body during loading"): the light model, bare, from the
 * scene's home pose, drawn by the preview worker (preview/previewWorker.ts, started at app start) with plain WebGL
 * and shown here as a bitmap, so that a phone shows a body before the 3D chunk, and often before the record, has
 * arrived, and the page's thread never waits for a GPU context. No three.js: this module is part of the app's
 * entry. It is a picture only: no pointer, no keyboard, hidden from assistive technology (the progress bar beside
 * it says what is happening), and it sets no scene status and no test hook: the twin's own scene (BodyScene.tsx)
 * replaces it when the record is shown. After its first frame it requests the full model and calls `onDrawn` (the
 * app then evaluates the 3D chunk); when there is no frame (no WebGL 2 in a worker, a model that cannot load) it
 * shows nothing and calls `onDrawn` all the same.
 */
import { useEffect, useRef } from 'react'
import { BODY_MODEL_URL, preloadModel } from './modelUrls.ts'
import { markBodyFrame } from './bodyFrameMark.ts'

/** A frame of the bare body at a size in device pixels, or null (src/app/previewWorker.ts `previewFrame`). */
export type PreviewFrame = (width: number, height: number) => Promise<ImageBitmap | null>

const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve()
    })
  })

/** The canvas's size in device pixels (at most 2 per CSS pixel, as the scene's canvas). */
function deviceSize(canvas: HTMLCanvasElement): [number, number] {
  const ratio = Math.min(window.devicePixelRatio || 1, 2)
  return [Math.max(1, Math.round(canvas.clientWidth * ratio)), Math.max(1, Math.round(canvas.clientHeight * ratio))]
}

/** The bare light body, drawn while the record loads. */
export function BodyPreview({ frame, onDrawn }: { frame: PreviewFrame; onDrawn: () => void }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const props = useRef({ frame, onDrawn })
  useEffect(() => {
    props.current = { frame, onDrawn }
  })
  useEffect(() => {
    const element = canvas.current
    const view = element?.getContext('bitmaprenderer') ?? null
    if (element === null || view === null) {
      props.current.onDrawn()
      return
    }
    const state = { live: true }
    // A call, not a property read: the effect's cleanup changes it between the awaits below.
    const alive = (): boolean => state.live
    let shown: string | null = null
    const show = async (): Promise<boolean> => {
      const [width, height] = deviceSize(element)
      const key = `${String(width)}x${String(height)}`
      if (key === shown) return true
      const bitmap = await props.current.frame(width, height)
      if (bitmap === null) return false
      if (!alive()) {
        bitmap.close()
        return false
      }
      shown = key
      // The canvas takes the bitmap's size (its CSS size in device pixels), so copies of it are full size too.
      element.width = bitmap.width
      element.height = bitmap.height
      view.transferFromImageBitmap(bitmap)
      return true
    }
    const observer = new ResizeObserver(() => {
      void show()
    })
    void (async () => {
      const drawn = await show()
      if (!alive()) return
      if (drawn) {
        observer.observe(element)
        await nextFrame()
        // Shown on screen only while the loading view is: no mark once the twin has replaced it.
        if (!alive()) return
        markBodyFrame()
        preloadModel(BODY_MODEL_URL)
      }
      props.current.onDrawn()
    })()
    return () => {
      state.live = false
      observer.disconnect()
    }
  }, [])
  return (
    <div className="scene-preview" aria-hidden="true">
      <canvas ref={canvas} className="scene-preview-canvas" />
    </div>
  )
}
