/** Steps CameraRig's animated move each frame (eased over MOVE_MS) and reports the view where it ends. */
import { useFrame } from '@react-three/fiber'
import type { CameraMover } from './useCameraMover.ts'

const MOVE_MS = 450

/**
 * Runs the rig's animated camera move, if any, one step per frame.
 * @param mover - the rig's camera moves (useCameraMover)
 */
export function useMoveAnimation(mover: CameraMover): void {
  const { animationRef, apply, report, invalidate } = mover
  useFrame(() => {
    const a = animationRef.current
    if (a === null) return
    const t = Math.min(1, (performance.now() - a.start) / MOVE_MS)
    const k = t * t * (3 - 2 * t)
    const pose = {
      position: a.from.position.clone().lerp(a.to.position, k),
      target: a.from.target.clone().lerp(a.to.target, k),
    }
    apply(pose)
    if (t >= 1) {
      animationRef.current = null
      report(pose)
    } else {
      invalidate()
    }
  })
}
