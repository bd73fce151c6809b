/**
 * The vertebral canal from the atlas to the second lumbar vertebra, found in the BodyParts3D vertebrae.
 */
import { anchorFiles } from './anchorFiles.ts'
import { anchorMesh } from './anchorMesh.ts'
import { centroidOf, type Mesh } from './mesh.ts'
import type { AnatomySource, ManifestFile } from './openAnatomySource.ts'
import { distanceToMesh, rayHits, vertebralCanal, type Canal } from './standins.ts'

/** One vertebra the cord passes: its short name (C1, T12 ...), its source files and its mesh in body space. */
interface Vertebra {
  readonly short: string
  readonly entries: ManifestFile[]
  readonly mesh: Mesh
}

/** The vertebrae, top down, and each one's canal with the distance from its centre to the nearest bone. */
export interface SpinalCanal {
  readonly vertebrae: readonly Vertebra[]
  readonly canals: readonly (Canal & { readonly wall: number })[]
}

/** BP3D structure names and short names, atlas (C1) to the second lumbar vertebra. */
function vertebraLevels(): (readonly [structure: string, short: string])[] {
  const ordinals = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ')
  const level = (n: number, kind: string, short: string): readonly [structure: string, short: string] => [
    `${ordinals[n - 1] ?? ''} ${kind} vertebra`,
    `${short}${n}`,
  ]
  return [
    ['atlas', 'C1'],
    ['axis', 'C2'],
    ...[3, 4, 5, 6, 7].map((n) => level(n, 'cervical', 'C')),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => level(n, 'thoracic', 'T')),
    ...[1, 2].map((n) => level(n, 'lumbar', 'L')),
  ]
}

/**
 * Finds the foramen of every vertebra from C1 to L2 and checks that each centre lies in the canal.
 * @param src - the anatomy sources
 * @param lift - the lift to y = 0, metres
 */
export function spinalCanal(src: AnatomySource, lift: number): SpinalCanal {
  const vertebrae = vertebraLevels().map(([structure, short]) => {
    const entries = anchorFiles(src, 'spine', new RegExp(`^${structure}$`))
    return { short, entries, mesh: anchorMesh(src, entries, lift) }
  })
  const vCentres = vertebrae.map((v) => centroidOf(v.mesh))
  const canals = vertebrae.map((v, i) => {
    const above = vCentres[Math.max(0, i - 1)] ?? [0, 0, 0]
    const below = vCentres[Math.min(vCentres.length - 1, i + 1)] ?? [0, 0, 0]
    const canal = vertebralCanal(v.mesh, [above[0] - below[0], above[1] - below[1], above[2] - below[2]])
    if (!canal) throw new Error(`no vertebral foramen found in ${v.short}`)
    // In the canal: the vertebra's own bone lies in front of the centre (the body, +z) and behind it (the arch),
    // at some height within 2 cm of it (the centre sits at the vertebra's mean height, the arch may be lower).
    const firstHit = (dz: number): number =>
      Math.min(
        ...[-0.02, -0.015, -0.01, -0.005, 0, 0.005, 0.01, 0.015, 0.02].map(
          (dy) => rayHits(v.mesh, [canal.centre[0], canal.centre[1] + dy, canal.centre[2]], [0, 0, dz])[0] ?? Infinity,
        ),
      )
    const front = firstHit(1)
    const back = firstHit(-1)
    if (!Number.isFinite(front) || !Number.isFinite(back))
      throw new Error(`${v.short}: the canal centre is not in the canal`)
    return { ...canal, wall: distanceToMesh(canal.centre, v.mesh) }
  })
  return { vertebrae, canals }
}
