/**
 * The downloads the app starts before anything else runs (docs/performance.md, "A body during loading"). main.tsx
 * imports this module first, so that its requests go out before the rest of the entry script is evaluated (about
 * half a second on a slow phone), beside the app's first FHIR requests and never after them:
 * - first the preview worker (previewWorker.ts), which creates its GPU context while the page fetches the light
 *   body model for it, and draws the loading preview (src/scene/BodyPreview.tsx);
 * - once the light model is here, the 3D chunk and the lay-name tables as modulepreloads (index.html lists their
 *   files, vite.config.ts `startFiles`): downloaded and compiled, but evaluated only when the loading view asks
 *   (`preloadScene`, `loadLayNames`), so that evaluating three.js never holds up the preview or the record's requests.
 */
// Type only: the scene is reached at run time through the dynamic import below, never statically.
import type * as SceneModule from '../scene/BodyScene.tsx'
import { startPreviewWorker } from './previewWorker.ts'

let scene: Promise<typeof SceneModule> | null = null

/** Starts (once) the import of the 3D chunk; a failed request is forgotten so that a later mount retries. */
export function preloadScene(): Promise<typeof SceneModule> {
  scene ??= import('../scene/BodyScene.tsx').catch((error: unknown) => {
    scene = null
    throw error
  })
  return scene
}

/** The built chunk files index.html lists for download at start (none in development and tests). */
export function startFiles(doc: Document): string[] {
  const list = doc.querySelector('meta[name="twin-start-files"]')?.getAttribute('content') ?? ''
  return list.split(/\s+/).filter((f) => f.startsWith('/') && f.endsWith('.js'))
}

function modulePreload(doc: Document, href: string): void {
  if (doc.querySelector(`link[href="${href}"]`) !== null) return
  const link = doc.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = 'anonymous'
  link.href = href
  doc.head.append(link)
}

/** Starts the downloads (main.tsx, on import). */
export function startDownloads(): void {
  if (typeof document === 'undefined') return
  void startPreviewWorker().then(() => {
    for (const file of startFiles(document)) modulePreload(document, file)
  })
}
