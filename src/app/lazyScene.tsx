/**
 * The 3D body in its own chunk (three, r3f, src/scene), so the first load carries only the record view. The chunk
 * is requested at app start (main.tsx imports startNow.ts first, which calls startDownloads.ts), in parallel with the FHIR requests and the light model
 * (preloadBodyModel), never after them; until it arrives the stage shows a text status and every panel
 * works. A chunk that cannot load leaves the same notice as a model that cannot load: the lists carry everything.
 */
import { Component, Suspense, lazy, type ReactNode } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'
import { preloadScene } from './startDownloads.ts'

export { preloadScene } from './startDownloads.ts'

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

/** Catches a 3D chunk that did not load (offline, a new deploy): the notice, and `onError`. */
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
