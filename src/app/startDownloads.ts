/**
 * The downloads the app starts before anything else runs (docs/performance.md): the 3D chunk, the light body model
 * and the lay-name tables. main.tsx imports this module first, so that its requests go out before the rest of the
 * entry script is evaluated (about half a second on a slow phone), beside the app's first FHIR requests and never
 * after them. It imports nothing heavy: the model URL module and the lay-name loader only.
 */
// Type only: the scene is reached at run time through the dynamic import below, never statically.
import type * as SceneModule from '../scene/BodyScene.tsx'
import { BODY_LITE_URL } from '../scene/modelUrls.ts'
import { loadLayNames } from '../i18n/layNames/layName.ts'

let scene: Promise<typeof SceneModule> | null = null

/** Starts (once) the request for the 3D chunk; a failed request is forgotten so that a later mount retries. */
export function preloadScene(): Promise<typeof SceneModule> {
  scene ??= import('../scene/BodyScene.tsx').catch((error: unknown) => {
    scene = null
    throw error
  })
  return scene
}

/**
 * Requests the light body model now (a preload the model loader's fetch reuses), beside the 3D chunk and the FHIR
 * requests. Called when the app's script runs rather than from index.html: on a slow link a model requested with
 * the page would take bandwidth from the app's own script, which every other request waits for.
 */
export function preloadBodyModel(): void {
  if (typeof document === 'undefined' || document.querySelector(`link[href="${BODY_LITE_URL}"]`) !== null) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.type = 'model/gltf-binary'
  link.crossOrigin = 'anonymous'
  link.href = BODY_LITE_URL
  document.head.append(link)
}

/** Starts the three downloads (main.tsx, on import). */
export function startDownloads(): void {
  preloadBodyModel()
  void preloadScene().catch(() => undefined)
  void loadLayNames()
}
