/**
 * Orbit/zoom/pan with mouse and touch (drei OrbitControls: one finger rotates, two fingers pinch-zoom and pan),
 * plus the camera moves asked for by buttons and the body map (store.viewRequest). Moves animate briefly unless
 * the user prefers reduced motion, in which case they jump.
 */
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type ComponentRef, type Ref } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import * as THREE from 'three'
import type { OrganId } from '../anatomy/organIds.ts'
import type { ViewRequest } from '../twin/twinStore.ts'
import { useTwin } from '../twin/TwinContext.tsx'
import type { BodyPart } from './bodyModel.ts'
import {
  MAX_DISTANCE,
  MIN_DISTANCE,
  ROTATE_STEP,
  ZOOM_STEP,
  bodyBox,
  focusPose,
  homePose,
  nearestView,
  orbitPose,
  viewPose,
  zoomPose,
  type Pose,
} from './cameraMath.ts'
import type { ViewDirection } from './visibility.ts'
import { useTwinStore } from './useTwinStore.ts'

const MOVE_MS = 450

/** What the test hooks and the bench use to move the camera without animation. */
export interface CameraRigApi {
  /** Jumps to a view; with an organ, centred on its pick point so the pick ray runs straight along the view. */
  jumpToView: (direction: ViewDirection, organ?: OrganId) => void
  /** Turns the camera around the centre by `radians` now (no animation). */
  turn: (radians: number) => void
  /** True while an animated move is running. */
  moving: () => boolean
}

interface Animation {
  readonly from: Pose
  readonly to: Pose
  readonly start: number
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

export interface CameraRigProps {
  readonly parts: readonly BodyPart[]
  readonly onViewChange: (view: ViewDirection) => void
  readonly apiRef?: Ref<CameraRigApi>
}

/** The camera controller; render once inside <Canvas>. */
export function CameraRig({ parts, onViewChange, apiRef }: CameraRigProps) {
  const store = useTwinStore()
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height))
  const controlsRef = useRef<ComponentRef<typeof OrbitControls>>(null)
  const animation = useRef<Animation | null>(null)
  const viewRequest = useTwin((s) => s.viewRequest)
  const box = useMemo(() => bodyBox(parts), [parts])
  const fov = camera instanceof THREE.PerspectiveCamera ? camera.fov : 35
  const home = useMemo(() => homePose(box, fov, aspect), [box, fov, aspect])
  const homeRef = useRef(home)
  const lastView = useRef<ViewDirection>('front')
  const reportRef = useRef(onViewChange)
  useLayoutEffect(() => {
    homeRef.current = home
    reportRef.current = onViewChange
  })

  const current = (): Pose => ({
    position: camera.position.clone(),
    target: controlsRef.current?.target.clone() ?? homeRef.current.target.clone(),
  })
  const report = (pose: Pose) => {
    const view = nearestView(pose)
    if (view !== lastView.current) {
      lastView.current = view
      reportRef.current(view)
    }
  }
  const apply = (pose: Pose) => {
    camera.position.copy(pose.position)
    controlsRef.current?.target.copy(pose.target)
    camera.lookAt(pose.target)
    controlsRef.current?.update()
    invalidate()
  }
  const moveTo = (pose: Pose) => {
    if (prefersReducedMotion()) {
      animation.current = null
      apply(pose)
      report(pose)
      return
    }
    animation.current = { from: current(), to: pose, start: performance.now() }
    invalidate()
  }

  function poseFor(kind: ViewRequest['kind']): Pose | null {
    const now = animation.current?.to ?? current()
    switch (kind) {
      case 'reset':
        return homeRef.current
      case 'rotate-left':
        return orbitPose(now, -ROTATE_STEP, 0)
      case 'rotate-right':
        return orbitPose(now, ROTATE_STEP, 0)
      case 'rotate-up':
        return orbitPose(now, 0, ROTATE_STEP)
      case 'rotate-down':
        return orbitPose(now, 0, -ROTATE_STEP)
      case 'zoom-in':
        return zoomPose(now, 1 / ZOOM_STEP)
      case 'zoom-out':
        return zoomPose(now, ZOOM_STEP)
      case 'front':
      case 'back':
      case 'left':
      case 'right':
        return viewPose(now, kind)
      case 'focus-selected': {
        const id = store.getState().selectedOrganId
        const part = parts.find((p) => p.id === id)
        return part ? focusPose(part) : null
      }
    }
  }

  // Start at the whole-body front view once the body is there.
  useEffect(() => {
    apply(homeRef.current)
    // Only on mount: later resizes must not throw away where the user has turned the body.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (viewRequest === null) return
    const pose = poseFor(viewRequest.kind)
    if (pose !== null) moveTo(pose)
    // Each request (seq) is handled once; the helpers read the latest camera through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewRequest])

  useImperativeHandle(apiRef, () => ({
    jumpToView: (direction, organ) => {
      animation.current = null
      const part = organ === undefined ? undefined : parts.find((p) => p.id === organ)
      const pose = part ? focusPose(part, direction) : viewPose(homeRef.current, direction)
      apply(pose)
      report(pose)
    },
    turn: (radians) => {
      animation.current = null
      apply(orbitPose(current(), radians, 0))
    },
    moving: () => animation.current !== null,
  }))

  useFrame(() => {
    const a = animation.current
    if (a === null) return
    const t = Math.min(1, (performance.now() - a.start) / MOVE_MS)
    const k = t * t * (3 - 2 * t)
    const pose = {
      position: a.from.position.clone().lerp(a.to.position, k),
      target: a.from.target.clone().lerp(a.to.target, k),
    }
    apply(pose)
    if (t >= 1) {
      animation.current = null
      report(pose)
    } else {
      invalidate()
    }
  })

  return (
    <OrbitControls
      ref={controlsRef}
      makeDefault
      enableDamping={false}
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
      onEnd={() => {
        report(current())
      }}
    />
  )
}
