/**
 * The joint marker stand-in.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import { anchorFiles } from './anchorFiles.ts'
import { anchorMesh } from './anchorMesh.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { mergeMeshes, type Mesh } from './mesh.ts'
import type { AnatomySource, ManifestFile } from './openAnatomySource.ts'
import { contact, fitSphere, spheres } from './standins.ts'

/**
 * Joint markers: one sphere per main limb joint, at the joint space between the bones' closest surfaces (for the
 * ball-and-socket hip and shoulder, at the centre of the sphere fitted to the ball's contact patch).
 * @param organs - every built organ, after the lift (the joints node is set)
 * @param src - the anatomy sources
 * @param lift - the lift to y = 0, metres
 */
export function placeJointMarkers(organs: ReadonlyMap<OrganId, BuiltOrgan>, src: AnatomySource, lift: number): void {
  const joints: { centre: [number, number, number]; radius: number }[] = []
  const jointAnchors: ManifestFile[] = []
  const jointLog: string[] = []
  for (const side of ['left', 'right'] as const) {
    const bone = (organ: string, structure?: RegExp): Mesh => {
      const entries = anchorFiles(src, `${organ}_${side}`, structure)
      jointAnchors.push(...entries)
      return anchorMesh(src, entries, lift)
    }
    const humerus = bone('humerus')
    const forearm = mergeMeshes([bone('radius'), bone('ulna')])
    const femur = bone('femur')
    const tibia = bone('tibia')
    const pairs = [
      ['shoulder', humerus, bone('scapula'), true, 0.023],
      ['elbow', humerus, forearm, false, 0.02],
      ['wrist', forearm, bone('hand', /scaphoid|lunate|triquetr/), false, 0.016],
      ['hip', femur, bone('hip'), true, 0.025],
      ['knee', femur, tibia, false, 0.025],
      ['ankle', mergeMeshes([tibia, bone('fibula')]), bone('foot', /talus/), false, 0.019],
    ] as const
    for (const [name, a, b, ball, radius] of pairs) {
      const c = contact(a, b)
      const head = ball ? fitSphere(c.points) : null
      const centre = head && head.radius > 0.012 && head.radius < 0.04 ? head.centre : c.centre
      joints.push({ centre, radius })
      jointLog.push(`${side} ${name} ${centre.map((v) => v.toFixed(3)).join(',')}`)
    }
  }
  builtOrgan(organs, 'joints').mesh = spheres(joints)
  builtOrgan(organs, 'joints').anchors.push(...new Map(jointAnchors.map((f) => [f.file, f])).values())
  console.log(`joint markers: ${jointLog.join('; ')}`)
}
