/**
 * The 3D body in its own chunk (three, r3f, src/scene), so the first load carries only the record view. The chunk
 * is downloaded from app start (main.tsx imports startNow.ts first, which calls startDownloads.ts), in parallel with
 * the FHIR requests and the light model, never after them; until it is here the stage shows a text status and every
 * panel works. A chunk that cannot load leaves the same notice as a model that cannot load (src/scene/SceneBoundary.tsx):
 * the lists carry everything.
 */
import { Suspense, lazy } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'
import { preloadScene } from './startDownloads.ts'
import { SceneBoundary } from '../scene/SceneBoundary.tsx'

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

/** The 3D body, loaded from its own chunk; a placeholder stage until then. */
export function LazyBodyScene() {
  const setSceneStatus = useTwin((s) => s.setSceneStatus)
  return (
    <SceneBoundary
      onError={() => {
        setSceneStatus('error')
      }}
    >
      <Suspense fallback={<ScenePlaceholder />}>
        <BodyScene />
      </Suspense>
    </SceneBoundary>
  )
}
