/**
 * The build's closing log lines.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import type { BuiltOrgan } from './builtOrgan.ts'
import { triangleCount } from './mesh.ts'
import type { OrganPicks } from './pickOrgans.ts'
import type { PickScene } from './pickScene.ts'

/**
 * Logs organ, triangle and byte counts, the body's height, the largest organs and the picks that need hidden
 * organs or are not taken from the front.
 * @param organs - every built organ
 * @param scene - the pick scene (for the body's bounds)
 * @param organPicks - picks and hidden organs
 * @param counts - the body's triangles and the GLB's bytes
 */
export function logBuildSummary(
  organs: ReadonlyMap<OrganId, BuiltOrgan>,
  scene: PickScene,
  organPicks: OrganPicks,
  counts: { readonly triangles: number; readonly bytes: number },
): void {
  const { picks, occluders } = organPicks
  const top = [...organs.values()].sort((a, b) => triangleCount(b.mesh) - triangleCount(a.mesh)).slice(0, 10)
  const height = scene.bodyBox.max[1] - scene.bodyBox.min[1]
  console.log(
    `organs: ${organs.size}, triangles: ${counts.triangles}, bytes: ${counts.bytes}, height: ${height.toFixed(3)} m`,
  )
  console.log(`largest: ${top.map((b) => `${b.id} ${triangleCount(b.mesh)}`).join(', ')}`)
  console.log(
    `picks needing hidden organs: ${[...occluders]
      .filter(([, h]) => h.length > 0)
      .map(([id, h]) => `${id}:${h.join('+')}`)
      .join(', ')}`,
  )
  console.log(
    `picks not from front: ${[...picks]
      .filter(([, p]) => p.from !== 'front')
      .map(([id, p]) => `${id}:${p.from}`)
      .join(', ')}`,
  )
}
