/**
 * One organ's entry in body.provenance.json.
 */
import type { BuiltOrgan } from './builtOrgan.ts'
import { triangleCount } from './mesh.ts'
import type { OrganExtras } from './organExtras.ts'
import { RECIPES } from './recipe.ts'

/**
 * The node's extras plus its triangle counts, budget, source files (with hashes and origins) and anchors.
 * @param b - the built organ
 * @param extras - the node's extras
 */
export function organProvenance(b: BuiltOrgan, extras: OrganExtras): Record<string, unknown> {
  return {
    ...extras,
    triangles: triangleCount(b.mesh),
    sourceTriangles: b.sourceTriangles,
    budget: RECIPES[b.id].budget,
    files: b.files.map((f) => ({
      file: f.file,
      structure: f.structure ?? f.meshNames?.join(', ') ?? null,
      fma: f.fma ?? null,
      uberon: f.uberon ?? null,
      sha256: f.sha256 ?? null,
      origin: f.sourceRepo ? `${f.sourceRepo}@${f.sourceCommit ?? ''}/${f.sourcePath ?? ''}` : null,
    })),
    anchors: b.anchors.map((f) => ({ file: f.file, structure: f.structure ?? null, sha256: f.sha256 ?? null })),
  }
}
