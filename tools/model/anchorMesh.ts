/**
 * Loads the BodyParts3D meshes a stand-in is placed from.
 */
import { liftMatrix } from './liftMatrix.ts'
import { mergeMeshes, transformMesh, type Mesh } from './mesh.ts'
import type { AnatomySource, ManifestFile } from './openAnatomySource.ts'

/**
 * The merged meshes of some BP3D entries in body space (lifted like the organs).
 * @param src - the anatomy sources
 * @param entries - BP3D manifest entries
 * @param lift - the lift to y = 0, metres
 */
export const anchorMesh = (src: AnatomySource, entries: readonly ManifestFile[], lift: number): Mesh =>
  transformMesh(mergeMeshes(entries.map((f) => src.bp3d(f.file))), liftMatrix(lift))
