/**
 * Moves the whole body so it stands on y = 0.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { liftMatrix } from './liftMatrix.ts'
import { boundsOf, transformMesh } from './mesh.ts'

/**
 * BP3D's origin leaves the soles about 3 cm below y = 0: lifts every organ so the lowest skin point is at y = 0.
 * @param organs - every built organ (changed in place)
 * @returns the lift, metres
 */
export function liftToSoles(organs: ReadonlyMap<OrganId, BuiltOrgan>): number {
  const lift = -boundsOf(builtOrgan(organs, 'skin').mesh).min[1]
  for (const b of organs.values()) b.mesh = transformMesh(b.mesh, liftMatrix(lift))
  return lift
}
