/**
 * The control points of the spinal cord stand-in.
 */
import { boundsOf, type Mesh } from './mesh.ts'
import type { Canal } from './standins.ts'

type Vec3 = [number, number, number]

/**
 * The cord's control points: from inside the bottom of the medulla down the canal centres to the L1/L2 disc
 * (where the adult cord ends), all at the canals' mean x.
 * @param hindbrain - the BP3D hindbrain in body space
 * @param canals - the canals from C1 to L2, top down
 */
export function cordPath(hindbrain: Mesh, canals: readonly Canal[]): Vec3[] {
  const hindbrainBottom = boundsOf(hindbrain).min[1]
  // Start 6 mm above the lowest point of the medulla (inside it), at the depth of its lowest 12 mm.
  let startZ = 0
  let startN = 0
  for (let i = 0; i < hindbrain.positions.length; i += 3)
    if ((hindbrain.positions[i + 1] ?? 0) < hindbrainBottom + 0.012) {
      startZ += hindbrain.positions[i + 2] ?? 0
      startN++
    }
  const cordX = canals.reduce((sum, c) => sum + c.centre[0], 0) / canals.length
  const cordTop: Vec3 = [cordX, hindbrainBottom + 0.006, startZ / Math.max(1, startN)]
  const l1 = canals[canals.length - 2]?.centre ?? [0, 0, 0]
  const l2 = canals[canals.length - 1]?.centre ?? [0, 0, 0]
  const cordEnd: Vec3 = [cordX, (l1[1] + l2[1]) / 2, (l1[2] + l2[2]) / 2]
  // Canal centres above the start lie around the medulla itself (the atlas ring reaches up beside it).
  return [
    cordTop,
    ...canals
      .slice(0, -1)
      .map((c) => c.centre)
      .filter((c) => c[1] < cordTop[1] - 0.004)
      .map((c): Vec3 => [cordX, c[1], c[2]]),
    cordEnd,
  ]
}
