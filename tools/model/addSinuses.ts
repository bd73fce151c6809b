/**
 * The paranasal sinus stand-in.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { centroidOf, ellipsoid, mergeMeshes, type Mesh } from './mesh.ts'

/**
 * Adds maxillary and frontal sinus ellipsoids to the nose node, placed from the eyes.
 * @param organs - every built organ, after the lift (changed in place)
 */
export function addSinuses(organs: ReadonlyMap<OrganId, BuiltOrgan>): void {
  const eyeL = centroidOf(builtOrgan(organs, 'eye_left').mesh)
  const eyeR = centroidOf(builtOrgan(organs, 'eye_right').mesh)
  const sinuses: Mesh[] = []
  for (const [eye, side] of [
    [eyeL, 1],
    [eyeR, -1],
  ] as const) {
    // Maxillary sinus: below and slightly medial to the eye; frontal sinus: above the nasal root.
    sinuses.push(ellipsoid([eye[0] - side * 0.006, eye[1] - 0.035, eye[2] - 0.012], [0.011, 0.016, 0.016]))
    sinuses.push(
      ellipsoid([(eye[0] + eyeR[0]) / 2 + side * 0.012, eye[1] + 0.028, eye[2] + 0.002], [0.011, 0.01, 0.007]),
    )
  }
  const nose = builtOrgan(organs, 'nose_sinuses')
  nose.mesh = mergeMeshes([nose.mesh, ...sinuses])
}
