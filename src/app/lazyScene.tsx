/**
 * The 3D body in its own chunk (three, r3f, src/scene), so the first load carries only the record view. The chunk
 * is requested at app start (main.tsx calls preloadScene), in parallel with the FHIR requests and the light model
 * (preloadBodyModel), never after them; until it arrives the stage shows a text status and every panel
 * works. A chunk that cannot load leaves the same notice as a model that cannot load: the lists carry everything.
 */
import { Component, Suspense, lazy, type ReactNode } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'
// Type only: the scene is reached at run time through the dynamic import below, never statically.
import type * as SceneModule from '../scene/BodyScene.tsx'
import { BODY_LITE_URL } from '../scene/modelUrls.ts'

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

const BodyScene = lazy(async () => ({ default: (await preloadScene()).BodyScene }))

/** The stage while the 3D chunk loads: the status in words, visible and (once) for screen readers. */
function ScenePlaceholder() {
  const t = useT()
  return (
    <>
      <div className="scene scene-placeholder" aria-hidden="true">
        <p>{t('scene.loading')}</p>
      </div>
      <p className="scene-description" aria-live="polite" id="scene-description">
        {t('scene.loading')}
      </p>
    </>
  )
}

function ChunkNotice() {
  const t = useT()
  return (
    <p className="notice scene-notice" role="note">
      {t('scene.unavailable')}
    </p>
  )
}

/** Catches a 3D chunk that did not load (offline, a new deploy): the notice, and the scene marked as failed. */
class ChunkBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  override componentDidCatch(): void {
    this.props.onError()
  }
  override render(): ReactNode {
    return this.state.failed ? <ChunkNotice /> : this.props.children
  }
}

/** The 3D body, loaded from its own chunk; a placeholder stage until then. */
export function LazyBodyScene() {
  const setSceneStatus = useTwin((s) => s.setSceneStatus)
  return (
    <ChunkBoundary
      onError={() => {
        setSceneStatus('error')
      }}
    >
      <Suspense fallback={<ScenePlaceholder />}>
        <BodyScene />
      </Suspense>
    </ChunkBoundary>
  )
}
