/**
 * CameraRig's camera state and moves: where the camera is, putting it into a pose (camera and orbit controls
 * together), moving to a pose (animated, or a jump when the user prefers reduced motion) and reporting the nearest
 * named view when it changes.
 */
import { useLayoutEffect, useMemo, useRef, type ComponentRef, type RefObject } from 'react'
import { useThree, type RootState } from '@react-three/fiber'
import type { OrbitControls } from '@react-three/drei'
import * as THREE from 'three'
import type { BodyPart } from './bodyModel.ts'
import { bodyBox, homePose, nearestView, type Pose } from './cameraMath.ts'
import type { ViewDirection } from '../twin/visibility.ts'

/** An animated camera move; useMoveAnimation steps it each frame. */
export interface CameraAnimation {
  readonly from: Pose
  readonly to: Pose
  readonly start: number
}

/** The camera, its controls and the moves on them, for CameraRig's hooks and its api. */
export interface CameraMover {
  readonly camera: RootState['camera']
  readonly invalidate: RootState['invalidate']
  readonly controlsRef: RefObject<ComponentRef<typeof OrbitControls> | null>
  /** The running animated move, or null. */
  readonly animationRef: RefObject<CameraAnimation | null>
  /** The whole-body front view for the current canvas size. */
  readonly homeRef: RefObject<Pose>
  /** The pose the camera is in now. */
  readonly current: () => Pose
  /** Calls onViewChange when the nearest named view of `pose` differs from the last one reported. */
  readonly report: (pose: Pose) => void
  /** Puts the camera into `pose` now and requests a frame. */
  readonly apply: (pose: Pose) => void
  /** Starts an animated move to `pose`, or jumps there (and reports) when the user prefers reduced motion. */
  readonly moveTo: (pose: Pose) => void
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * The camera state and moves of CameraRig.
 * @param parts - the body, for the whole-body home view
 * @param onViewChange - called with the nearest named view when it changes
 */
export function useCameraMover(parts: readonly BodyPart[], onViewChange: (view: ViewDirection) => void): CameraMover {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const aspect = useThree((s) => s.size.width / Math.max(1, s.size.height))
  const controlsRef = useRef<ComponentRef<typeof OrbitControls>>(null)
  const animation = useRef<CameraAnimation | null>(null)
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
  return { camera, invalidate, controlsRef, animationRef: animation, homeRef, current, report, apply, moveTo }
}
