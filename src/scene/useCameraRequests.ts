/**
 * CameraRig's moves on its own and on request: the whole-body front view once the body is there, then each camera
 * move asked for by buttons and the body map (store.viewRequest).
 */
import { useEffect } from 'react'
import type { TwinStore, ViewRequest } from '../twin/twinStore.ts'
import { useTwin } from '../twin/TwinContext.tsx'
import type { BodyPart } from './bodyModel.ts'
import { ROTATE_STEP, ZOOM_STEP, focusPose, orbitPose, viewPose, zoomPose, type Pose } from './cameraMath.ts'
import type { CameraMover } from './useCameraMover.ts'
import { useTwinStore } from './useTwinStore.ts'

/** The pose a request asks for, from where the camera is (or is heading); null when there is nothing to focus. */
function poseFor(
  kind: ViewRequest['kind'],
  mover: CameraMover,
  parts: readonly BodyPart[],
  store: TwinStore,
): Pose | null {
  const now = mover.animationRef.current?.to ?? mover.current()
  switch (kind) {
    case 'reset':
      return mover.homeRef.current
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

/**
 * Puts the camera into the home view on mount and carries out each view request once.
 * @param mover - the rig's camera moves (useCameraMover)
 * @param parts - the body, for focusing on the selected organ
 */
export function useCameraRequests(mover: CameraMover, parts: readonly BodyPart[]): void {
  const store = useTwinStore()
  const viewRequest = useTwin((s) => s.viewRequest)

  // Start at the whole-body front view once the body is there.
  useEffect(() => {
    mover.apply(mover.homeRef.current)
    // Only on mount: later resizes must not throw away where the user has turned the body.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (viewRequest === null) return
    const pose = poseFor(viewRequest.kind, mover, parts, store)
    if (pose !== null) mover.moveTo(pose)
    // Each request (seq) is handled once; the helpers read the latest camera through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewRequest])
}
