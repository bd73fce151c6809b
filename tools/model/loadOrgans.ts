/**
 * Loads every organ node's source geometry as its recipe lists it.
 */
import { ORGAN_IDS, type OrganId } from '../../src/anatomy/organIds.ts'
import type { BuiltOrgan } from './builtOrgan.ts'
import { mergeMeshes, splitByX, transformMesh, triangleCount, weldMesh, type Mesh } from './mesh.ts'
import type { AnatomySource, ManifestFile } from './openAnatomySource.ts'
import { RECIPES, STAND_IN_PARTS, type OrganSource } from './recipe.ts'
import type { Registration } from './register.ts'

/** The mesh of one recipe source (null for a stand-in, placed later); the files it uses are added to `files`. */
async function sourceMesh(
  src: AnatomySource,
  fit: Registration,
  source: OrganSource,
  files: ManifestFile[],
): Promise<Mesh | null> {
  switch (source.kind) {
    case 'bp3d': {
      const entries = src.files.filter(
        (f) =>
          f.file.startsWith('bp3d/') && source.groups.includes(f.organ) && !source.exclude?.test(f.structure ?? ''),
      )
      if (entries.length === 0) throw new Error(`no bp3d files for ${source.groups.join(',')}`)
      files.push(...entries)
      const merged = mergeMeshes(entries.map((f) => src.bp3d(f.file)))
      return source.splitX ? splitByX(merged, source.splitX > 0) : merged
    }
    case 'derived':
      files.push(src.entry(source.file))
      return src.bp3d(source.file)
    case 'hra': {
      const parts: Mesh[] = []
      for (const f of source.files) {
        const entry = src.files.find((m) => m.file.endsWith(`/${f}`))
        if (!entry) throw new Error(`manifest has no HRA file ${f}`)
        files.push(entry)
        parts.push(transformMesh(await src.hra(entry.file), fit.transform))
      }
      return mergeMeshes(parts)
    }
    case 'standin':
      return null
  }
}

/**
 * Builds every organ node from its recipe's sources, in OrganId order (stand-ins start empty).
 * @param src - the anatomy sources
 * @param fit - the pelvis registration that carries HRA meshes into the BP3D body
 */
export async function loadOrgans(src: AnatomySource, fit: Registration): Promise<Map<OrganId, BuiltOrgan>> {
  const built = new Map<OrganId, BuiltOrgan>()
  for (const id of ORGAN_IDS) {
    const recipe = RECIPES[id]
    const files: ManifestFile[] = []
    const parts: Mesh[] = []
    for (const s of recipe.sources) {
      const m = await sourceMesh(src, fit, s, files)
      if (m) parts.push(m)
    }
    const merged = weldMesh(mergeMeshes(parts), 1e-5)
    const standInParts = recipe.sources.flatMap((s) => (s.kind === 'standin' ? [STAND_IN_PARTS[s.shape]] : []))
    const standIn = parts.length === 0 || recipe.sources.some((s) => s.kind === 'derived' && /standin/.test(s.file))
    built.set(id, {
      id,
      mesh: merged,
      files,
      standIn,
      standInParts,
      sourceTriangles: triangleCount(merged),
      anchors: [],
    })
  }
  return built
}
