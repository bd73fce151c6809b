/** The pixel read-back behind window.__twin.sample (e2e build only, testHooks.tsx). */
import type { Camera, Scene, WebGLRenderer } from 'three'

/** A pixel read-back summary. */
export interface SceneSample {
  /** Share (0..1) of sampled pixels that differ from the background colour (read at the top-left corner). */
  readonly share: number
  /** Distinct colours among the sampled pixels. */
  readonly distinct: number
  /** RGBA at the requested page point, or null when none was asked for or it lies outside the canvas. */
  readonly at: readonly [number, number, number, number] | null
}

/**
 * Renders the scene now and reads back its pixels (every 7th for the summary).
 * @param gl - the canvas's renderer
 * @param scene - the scene to render
 * @param camera - the camera to render it with
 * @param point - a page point whose colour to return as well
 */
export function samplePixels(
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  point?: { x: number; y: number },
): SceneSample {
  gl.render(scene, camera)
  const ctx = gl.getContext()
  const w = ctx.drawingBufferWidth
  const h = ctx.drawingBufferHeight
  const px = new Uint8Array(w * h * 4)
  ctx.readPixels(0, 0, w, h, ctx.RGBA, ctx.UNSIGNED_BYTE, px)
  const bg = [px[(h - 1) * w * 4], px[(h - 1) * w * 4 + 1], px[(h - 1) * w * 4 + 2]]
  const colours = new Set<number>()
  let body = 0
  let total = 0
  for (let i = 0; i < w * h; i += 7) {
    const r = px[i * 4] ?? 0
    const g = px[i * 4 + 1] ?? 0
    const b = px[i * 4 + 2] ?? 0
    total++
    if (Math.abs(r - (bg[0] ?? 0)) + Math.abs(g - (bg[1] ?? 0)) + Math.abs(b - (bg[2] ?? 0)) > 6) body++
    colours.add((r << 16) | (g << 8) | b)
  }
  let at: SceneSample['at'] = null
  if (point) {
    const rect = gl.domElement.getBoundingClientRect()
    const x = Math.floor(((point.x - rect.left) / rect.width) * w)
    const y = h - 1 - Math.floor(((point.y - rect.top) / rect.height) * h)
    if (x >= 0 && x < w && y >= 0 && y < h) {
      const k = (y * w + x) * 4
      at = [px[k] ?? 0, px[k + 1] ?? 0, px[k + 2] ?? 0, px[k + 3] ?? 0]
    }
  }
  return { share: total === 0 ? 0 : body / total, distinct: colours.size, at }
}
