/**
 * Orbit/zoom/pan with mouse and touch (drei OrbitControls: one finger rotates, two fingers pinch-zoom and pan),
 * plus the camera moves asked for by buttons and the body map (store.viewRequest). Moves animate briefly unless
 * the user prefers reduced motion, in which case they jump.
 */
import { useImperativeHandle, type Ref } from 'react'
import { OrbitControls } from '@react-three/drei'
import type { OrganId } from '../anatomy/organIds.ts'
import type { BodyPart } from './bodyModel.ts'
import { MAX_DISTANCE, MIN_DISTANCE, focusPose, orbitPose, viewPose } from './cameraMath.ts'
import type { ViewDirection } from '../twin/visibility.ts'
import { useCameraMover } from './useCameraMover.ts'
import { useCameraRequests } from './useCameraRequests.ts'
import { useMoveAnimation } from './useMoveAnimation.ts'

/** What the test hooks and the bench use to move the camera without animation. */
export interface CameraRigApi {
  /** Jumps to a view; with an organ, centred on its pick point so the pick ray runs straight along the view. */
  jumpToView: (direction: ViewDirection, organ?: OrganId) => void
  /** Turns the camera around the centre by `radians` now (no animation). */
  turn: (radians: number) => void
  /** True while an animated move is running. */
  moving: () => boolean
}

export interface CameraRigProps {
  readonly parts: readonly BodyPart[]
  readonly onViewChange: (view: ViewDirection) => void
  readonly apiRef?: Ref<CameraRigApi>
}

/** The camera controller; render once inside <Canvas>. */
export function CameraRig({ parts, onViewChange, apiRef }: CameraRigProps) {
  const mover = useCameraMover(parts, onViewChange)
  const { animationRef, homeRef, controlsRef, current, report, apply } = mover
  useCameraRequests(mover, parts)

  useImperativeHandle(apiRef, () => ({
    jumpToView: (direction, organ) => {
      animationRef.current = null
      const part = organ === undefined ? undefined : parts.find((p) => p.id === organ)
      const pose = part ? focusPose(part, direction) : viewPose(homeRef.current, direction)
      apply(pose)
      report(pose)
    },
    turn: (radians) => {
      animationRef.current = null
      apply(orbitPose(current(), radians, 0))
    },
    moving: () => animationRef.current !== null,
  }))

  useMoveAnimation(mover)

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
