/**
 * The clickable 3D body: draws the light public/models/body-lite.glb first, then loads public/models/body.glb
 * (BodyParts3D-derived, CC BY-SA 4.0, credits in public/models/CREDITS.md) and swaps it in; shown beside the record. It is an enhancement of the lists: without WebGL, or
 * when the model cannot load, a notice says so and the lists carry everything.
 */
import { Suspense, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type * as THREE from 'three'
import { Canvas, useLoader, useThree } from '@react-three/fiber'
import { ORGAN_IDS, type OrganId } from '../anatomy/organIds.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import type { OrganMarking } from '../twin/selectors.ts'
import { usePlaceMarkings } from '../twin/usePlaceMarkings.ts'
import { useT } from '../twin/useT.ts'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import { BODY_LITE_URL, BODY_MODEL_URL, GLTFLoader, configureBodyLoader } from './assets.ts'
import { SCENE_BACKGROUND, extractBodyParts } from './bodyModel.ts'
import { CameraRig, type CameraRigApi } from './CameraRig.tsx'
import { ContextLossWatch } from './ContextLoss.tsx'
import { Snapshotter } from './Snapshotter.tsx'
import { describeScene } from './description.ts'
import { useAfterNextFrame } from './useAfterNextFrame.ts'
import { markBodyFrame } from './bodyFrameMark.ts'
import { SceneContents } from './SceneContents.tsx'
import { TestHooks, markSceneReady } from './testHooks.tsx'
import { bodySexOf, mindHaloOf, type ViewDirection } from '../twin/visibility.ts'
import { hasWebGL } from './webgl.ts'
import { useTwinStore } from './useTwinStore.ts'
import { SceneBoundary, SceneNotice } from './SceneBoundary.tsx'

// Decode the light model as soon as this chunk arrives (src/app/lazyScene.tsx requested it with the app), so it is
// usually ready when a record opens; and create the one probe context now, while the record loads, so the GPU
// process has WebGL started when the canvas mounts. The full model is requested once the light one is decoded and
// the record is shown (LoadedBody), so it never takes bandwidth from the first load.
if (typeof window !== 'undefined') {
  useLoader.preload(GLTFLoader, BODY_LITE_URL, configureBodyLoader)
  hasWebGL()
}

/** Requests a frame whenever the store changes (frameloop="demand": nothing renders while idle). */
function InvalidateOnStore() {
  const store = useTwinStore()
  const invalidate = useThree((s) => s.invalidate)
  useEffect(
    () =>
      store.subscribe(() => {
        invalidate()
      }),
    [store, invalidate],
  )
  return null
}

/**
 * Marks the first frame with a body (the light one: the bench's "first body frame", 'twin:body-frame', unless the
 * loading preview drew one), the scene's own first frame ('twin:scene-frame') and the first with the full model
 * ('twin:model-full'); the scene is ready (status, e2e hooks) with the full model.
 */
function SceneReady({ full }: { full: boolean }) {
  const store = useTwinStore()
  useEffect(() => {
    if (__E2E__) markSceneReady(false)
  }, [])
  const first = useRef(false)
  useAfterNextFrame(full, () => {
    if (!first.current) {
      first.current = true
      markBodyFrame()
      // The twin's own first frame, drawn with the record (the bench's twin-ready; the body frame may be the preview's).
      performance.mark('twin:scene-frame')
    }
    if (!full) return
    performance.mark('twin:model-full')
    store.getState().setSceneStatus('ready')
    if (__E2E__) markSceneReady(true)
  })
  return null
}

/** Loads the full model (suspends until it is there; a failure reaches the scene's error boundary). */
function FullModel({ onLoaded }: { onLoaded: (scene: THREE.Object3D) => void }) {
  const gltf = useLoader(GLTFLoader, BODY_MODEL_URL, configureBodyLoader)
  useEffect(() => {
    onLoaded(gltf.scene)
  }, [gltf, onLoaded])
  return null
}

function LoadedBody({ onViewChange }: { onViewChange: (view: ViewDirection) => void }) {
  const lite = useLoader(GLTFLoader, BODY_LITE_URL, configureBodyLoader)
  const [full, setFull] = useState<THREE.Object3D | null>(null)
  const root = full ?? lite.scene
  const parts = useMemo(() => extractBodyParts(root), [root])
  const rig = useRef<CameraRigApi>(null)
  // The full model is requested once the light one is here (this renders only then): while the first frame is
  // being drawn the network is idle, and the light body never waits for the full model's bytes.
  return (
    <>
      <SceneContents parts={parts} />
      <CameraRig parts={parts} onViewChange={onViewChange} apiRef={rig} />
      <Snapshotter parts={parts} />
      {__E2E__ && <TestHooks parts={parts} rig={rig} />}
      <SceneReady full={full !== null} />
      <Suspense fallback={null}>
        <FullModel onLoaded={setFull} />
      </Suspense>
    </>
  )
}

/** A DOM label next to the pointer naming the organ under it. */
function HoverTooltip({ container }: { container: RefObject<HTMLDivElement | null> }) {
  const hovered = useTwin((s) => s.hoveredOrganId)
  const register = useTwin((s) => (s.mode === 'patient' ? 'lay' : 'clinical'))
  const locale = useTwin((s) => s.locale)
  const tip = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = container.current
    if (el === null) return
    const move = (e: PointerEvent) => {
      const rect = el.getBoundingClientRect()
      if (tip.current) {
        tip.current.style.transform = `translate(${String(e.clientX - rect.left + 14)}px, ${String(e.clientY - rect.top + 14)}px)`
      }
    }
    el.addEventListener('pointermove', move)
    return () => {
      el.removeEventListener('pointermove', move)
    }
  }, [container])
  return (
    <div ref={tip} className="scene-tooltip" hidden={hovered === null} aria-hidden="true">
      {hovered === null ? '' : placeLabel(hovered, register, locale)}
    </div>
  )
}

/** The marked organs in body order, for the description. */
function markedLists(markings: ReadonlyMap<OrganId, OrganMarking>) {
  const of = (m: OrganMarking) => ORGAN_IDS.filter((id) => markings.get(id) === m)
  return { removed: of('removed'), sideNotRecorded: of('side-not-recorded') }
}

function SceneDescription({ view }: { view: ViewDirection }) {
  const layers = useTwin((s) => s.layers)
  const skinOpacity = useTwin((s) => s.skinOpacity)
  const hidden = useTwin((s) => s.hiddenOrganIds)
  const selected = useTwin((s) => s.selectedOrganId)
  const selectedRegion = useTwin((s) => s.selectedRegion)
  const mind = mindHaloOf(usePlaceStatuses().get('mind'), selectedRegion)
  const markings = usePlaceMarkings()
  const sex = bodySexOf(useTwin((s) => s.twin?.record.patient?.gender))
  const status = useTwin((s) => s.sceneStatus)
  const locale = useTwin((s) => s.locale)
  const t = useT()
  const text =
    status === 'ready'
      ? describeScene({ view, sex, layers, skinOpacity, hidden, selected, mind, ...markedLists(markings) }, locale)
      : t('scene.loading')
  return (
    <p className="scene-description" aria-live="polite" id="scene-description">
      {text}
    </p>
  )
}

/** The 3D body with its live description; a notice instead when WebGL or the model is not available. */
export function BodyScene() {
  const t = useT()
  const store = useTwinStore()
  const [webgl] = useState(hasWebGL)
  const [view, setView] = useState<ViewDirection>('front')
  const [lost, setLost] = useState(false)
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    store.getState().setSceneStatus(webgl ? 'loading' : 'unavailable')
  }, [store, webgl])

  if (!webgl) return <SceneNotice />
  return (
    <SceneBoundary
      onError={() => {
        store.getState().setSceneStatus('error')
      }}
    >
      <div className="scene" ref={container}>
        <Canvas
          role="img"
          aria-label={t('scene.canvasLabel')}
          aria-describedby="scene-description"
          frameloop="demand"
          dpr={[1, 2]}
          gl={{ antialias: !__E2E__ }}
          camera={{ fov: 35, near: 0.05, far: 30, position: [0, 0.9, 3.2] }}
          onPointerMissed={() => {
            store.getState().selectOrgan(null)
          }}
        >
          <color attach="background" args={[SCENE_BACKGROUND]} />
          <InvalidateOnStore />
          <ContextLossWatch onLost={setLost} />
          <Suspense fallback={null}>
            <LoadedBody onViewChange={setView} />
          </Suspense>
        </Canvas>
        <HoverTooltip container={container} />
        {lost && (
          <p className="notice scene-notice scene-lost" role="note">
            {t('scene.contextLost')}
          </p>
        )}
      </div>
      <SceneDescription view={view} />
    </SceneBoundary>
  )
}
