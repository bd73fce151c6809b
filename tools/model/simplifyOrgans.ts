/**
 * Simplifies every organ to its triangle budget.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import type { BuiltOrgan } from './builtOrgan.ts'
import { simplifyMesh, triangleCount, weldMesh } from './mesh.ts'
import { RECIPES } from './recipe.ts'

/** Positions are snapped to a 2^-13 m (0.12 mm) grid: invisible, and the zeroed low mantissa bits compress well. */
const POSITION_GRID = 2 ** -13

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
