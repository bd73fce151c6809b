/**
 * One organ node of the body model while it is being built, and the lookup the build steps share.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import type { Mesh } from './mesh.ts'
import type { ManifestFile } from './openAnatomySource.ts'

/** One built organ before export. */
export interface BuiltOrgan {
  readonly id: OrganId
  mesh: Mesh
  readonly files: ManifestFile[]
  readonly standIn: boolean
  readonly standInParts: string[]
  readonly sourceTriangles: number
  /** Source files a stand-in is placed from (not part of its geometry). */
  readonly anchors: ManifestFile[]
}

/**
 * The built organ of an id; throws when it is missing.
 * @param organs - every built organ
 * @param id - the organ wanted
 */
export function builtOrgan(organs: ReadonlyMap<OrganId, BuiltOrgan>, id: OrganId): BuiltOrgan {
  const b = organs.get(id)
  if (!b) throw new Error(`missing ${id}`)
  return b
}
