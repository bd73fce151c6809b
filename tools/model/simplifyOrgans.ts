/**
 * Simplifies every organ to its triangle budget.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import type { BuiltOrgan } from './builtOrgan.ts'
import { simplifyMesh, triangleCount, weldMesh } from './mesh.ts'
import { RECIPES } from './recipe.ts'

/**
 * Positions are snapped to a 2^-11 m (0.49 mm) grid: the zeroed low mantissa bits compress well. A vertex moves at
 * most 0.24 mm, about one pixel at the closest zoom (0.25 m away, 0.23 mm a pixel on an 800-pixel-high canvas) and
 * far less than the simplification's own error. The 2^-13 m grid before it cost 81 KB more brotli (issue 15).
 */
const POSITION_GRID = 2 ** -11

/**
 * Welds and simplifies every organ to its recipe's budget, then snaps it to the export grid, so picks and bounds
 * are computed on exactly the exported positions.
 * @param organs - every built organ (changed in place)
 * @returns the body's triangle count
 */
export async function simplifyOrgans(organs: ReadonlyMap<OrganId, BuiltOrgan>): Promise<number> {
  let total = 0
  for (const b of organs.values()) {
    b.mesh = await simplifyMesh(weldMesh(b.mesh, 1e-5), RECIPES[b.id].budget)
    // Snap to the export grid now, so picks and bounds are computed on exactly the exported positions.
    const p = b.mesh.positions
    for (let i = 0; i < p.length; i++) p[i] = Math.round((p[i] ?? 0) / POSITION_GRID) * POSITION_GRID
    total += triangleCount(b.mesh)
  }
  return total
}
