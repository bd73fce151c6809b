/**
 * The body model's URLs, in a module of their own so that the app's entry can name them (lazyScene.tsx requests the
 * light model at start) without pulling three.js into the first load; `preloadModel` requests one.
 */

/** The body model: one node per OrganId, vertices in body space (metres, Y up, +Z anterior, +X patient's left). */
export const BODY_MODEL_URL = '/models/body.glb'

/**
 * The light first model (tools/model/liteModel.ts): the same nodes and picks, about a fourteenth of the triangles and a
 * ninth of the bytes (gzip). Drawn first, then replaced by BODY_MODEL_URL once that has loaded (docs/performance.md).
 */
export const BODY_LITE_URL = '/models/body-lite.glb'

/**
 * Requests a model now, as a preload the model loaders' fetch reuses (same URL, CORS mode, same-origin
 * credentials); once per URL and page.
 * @param url - BODY_LITE_URL or BODY_MODEL_URL
 */
export function preloadModel(url: string): void {
  if (typeof document === 'undefined' || document.querySelector(`link[href="${url}"]`) !== null) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.type = 'model/gltf-binary'
  link.crossOrigin = 'anonymous'
  link.href = url
  document.head.append(link)
}
