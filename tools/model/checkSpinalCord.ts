/**
 * The sanity check of the spinal cord stand-in.
 */
import type { CordProfile } from './cordProfile.ts'
import { boundsOf, type Box, type Mesh } from './mesh.ts'
import { mm } from './mm.ts'
import type { SpinalCanal } from './spinalCanal.ts'

/** What the check looks at. */
interface BuiltCord {
  /** Number of control points the centreline was drawn through. */
  readonly controlPoints: number
  /** The centreline and each point's distance to the bone. */
  readonly centred: { readonly points: readonly unknown[]; readonly clearance: readonly number[] }
  readonly profile: CordProfile
  readonly cord: Mesh
  readonly spine: Mesh
  readonly canal: SpinalCanal
}

/**
 * Logs the cord's size, gap to bone and canal centres, and throws when the tube leaves the spine's bounds or
 * touches the vertebrae.
 * @param built - the cord and what it was built from
 */
export function checkSpinalCord(built: BuiltCord): void {
  const { centred, profile, cord, canal } = built
  const { vertebrae, canals } = canal
  const radii = centred.points.map((_, i) => profile.radius((profile.along[i] ?? 0) / profile.length))
  const gaps = centred.clearance.map((c, i) => c - (radii[i] ?? 0)).slice(1, -1)
  const spineBox = boundsOf(built.spine)
  const cordBox = boundsOf(cord)
  const range = (b: Box, k: number): string => `${b.min[k]?.toFixed(3) ?? ''}..${b.max[k]?.toFixed(3) ?? ''}`
  console.log(
    `spinal cord: ${built.controlPoints} control points, length ${profile.length.toFixed(3)} m, radius ${mm(Math.min(...radii))}..${mm(Math.max(...radii))} mm, least gap to bone ${mm(Math.min(...gaps))} mm; box x ${range(cordBox, 0)} y ${range(cordBox, 1)} z ${range(cordBox, 2)}; spine x ${range(spineBox, 0)} y ${range(spineBox, 1)} z ${range(spineBox, 2)}`,
  )
  console.log(
    `  canal centres (${canals.length} vertebrae, each with its body in front and its arch behind): foramen radius / nearest bone, mm: ${vertebrae
      .map((v, i) => {
        const c = canals[i]
        return c ? `${v.short} ${mm(c.radius)}/${mm(c.wall)}` : ''
      })
      .join(', ')}`,
  )
  if (
    [0, 2].some((k) => (cordBox.min[k] ?? 0) < (spineBox.min[k] ?? 0) || (cordBox.max[k] ?? 0) > (spineBox.max[k] ?? 0))
  )
    throw new Error('the spinal cord leaves the spine bounds')
  if (Math.min(...gaps) < 0.0005) throw new Error('the spinal cord touches the vertebrae')
}
