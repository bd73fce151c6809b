/**
 * The spinal cord stand-in (BodyParts3D has no spinal cord).
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import { anchorFiles } from './anchorFiles.ts'
import { anchorMesh } from './anchorMesh.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { checkSpinalCord } from './checkSpinalCord.ts'
import { cordPath } from './cordPath.ts'
import { cordProfile } from './cordProfile.ts'
import type { AnatomySource } from './openAnatomySource.ts'
import { spinalCanal } from './spinalCanal.ts'
import { catmullRom, centreInCanal, resample, tube } from './standins.ts'

const CORD_RADIUS = 0.005
const BONE_GAP = 0.0015

/**
 * Spinal cord: a tube through the vertebral foramina, from the bottom of the brainstem to the L1/L2 disc (where
 * the adult cord ends), 5 mm in radius, narrowing over its last stretch (the conus medullaris).
 * @param organs - every built organ, after the lift (the spinal cord node is set)
 * @param src - the anatomy sources
 * @param lift - the lift to y = 0, metres
 */
export function buildSpinalCord(organs: ReadonlyMap<OrganId, BuiltOrgan>, src: AnatomySource, lift: number): void {
  const canal = spinalCanal(src, lift)
  const hindbrainFiles = anchorFiles(src, 'brain', /^segment of hindbrain$/)
  const path = cordPath(anchorMesh(src, hindbrainFiles, lift), canal.canals)
  const spineMesh = builtOrgan(organs, 'spine').mesh
  // The canal centres are taken once per vertebra; between them the laminae overlap, so the line is nudged to
  // keep the cord clear of the bone, and the cord narrows a little where the canal is tight.
  const centred = centreInCanal(resample(catmullRom(path), 0.004), spineMesh, CORD_RADIUS + BONE_GAP)
  const profile = cordProfile(centred, CORD_RADIUS, BONE_GAP)
  const cord = tube(centred.points, profile.radius, 0.008)
  builtOrgan(organs, 'spinal_cord').mesh = cord
  builtOrgan(organs, 'spinal_cord').anchors.push(...hindbrainFiles, ...canal.vertebrae.flatMap((v) => v.entries))
  // Sanity print: the tube stays within the spine's bounds and clear of the bone.
  checkSpinalCord({ controlPoints: path.length, centred, profile, cord, spine: spineMesh, canal })
}
