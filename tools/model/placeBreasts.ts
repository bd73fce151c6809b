/**
 * The breast stand-ins.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { boundsOf, ellipsoid, type Mesh } from './mesh.ts'

/** The most anterior z of a mesh's vertices within `r` of (x, y) in x and y. */
function frontZ(m: Mesh, x: number, y: number, r: number): number {
  let z = -Infinity
  for (let i = 0; i < m.positions.length; i += 3) {
    if (Math.abs((m.positions[i] ?? 0) - x) < r && Math.abs((m.positions[i + 1] ?? 0) - y) < r)
      z = Math.max(z, m.positions[i + 2] ?? 0)
  }
  return z
}

/**
 * Places a flattened hemisphere per breast on the chest wall, filling the room between the ribs and the skin.
 * @param organs - every built organ, after the lift (changed in place)
 */
export function placeBreasts(organs: ReadonlyMap<OrganId, BuiltOrgan>): void {
  const ribs = builtOrgan(organs, 'ribs_sternum').mesh
  const skin = builtOrgan(organs, 'skin').mesh
  const sternum = boundsOf(ribs)
  // Nipple level is roughly the 4th intercostal space: about 40 % down the rib cage from its top.
  const breastY = sternum.max[1] - 0.4 * (sternum.max[1] - sternum.min[1])
  for (const [id, side] of [
    ['breast_left', 1],
    ['breast_right', -1],
  ] as const) {
    const x = side * 0.1
    const wall = frontZ(ribs, x, breastY, 0.02)
    const outer = frontZ(skin, x, breastY, 0.015)
    const depth = Math.max(0.012, Math.min(0.035, outer - wall - 0.004))
    builtOrgan(organs, id).mesh = ellipsoid([x, breastY, wall], [0.06, 0.055, depth], true)
  }
}
