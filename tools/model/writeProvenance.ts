/**
 * Writes body.provenance.json.
 */
import { writeFileSync } from 'node:fs'
import { format } from 'prettier'
import { mm } from './mm.ts'
import type { PelvisFit } from './registerPelvis.ts'
import type { Registration } from './register.ts'

/** What the provenance file records besides its fixed method notes. */
interface BuildRecord {
  readonly frame: string
  readonly bytes: number
  readonly triangles: number
  readonly pelvis: PelvisFit
  readonly organs: readonly Record<string, unknown>[]
}

/** A registration as the provenance file records it (millimetres, rounded). */
const regOut = (r: Registration): Record<string, unknown> => ({
  transform: r.transform.map((v) => Number(v.toFixed(6))),
  meanResidualMm: Number(mm(r.meanResidual)),
  p95ResidualMm: Number(mm(r.p95Residual)),
  maxResidualMm: Number(mm(r.maxResidual)),
  iterations: r.iterations,
})

/**
 * Writes the provenance JSON: model, licence, frame, compression, size, pick and registration methods and results,
 * and one entry per organ.
 * @param path - file to write
 * @param record - what this build produced
 */
export async function writeProvenance(path: string, record: BuildRecord): Promise<void> {
  const { frame, bytes, pelvis } = record
  const provenanceJson = JSON.stringify({
    model: 'body.glb',
    generator: 'tools/build-model.ts (npm run build:model)',
    license: 'CC-BY-SA-4.0',
    credits: 'CREDITS.md',
    frame,
    compression: 'EXT_meshopt_compression (filter mode; normals octahedral 8-bit) + KHR_mesh_quantization',
    bytes,
    triangles: record.triangles,
    pick: {
      method:
        'orthographic ID/depth rasterisation (2 mm pixels) of all organs outside the skin layer (skin and body fat are never hit by the app rays; the joint markers, drawn only when the record places something there, do count) from front, back, left and right; opposite-sex organs are left out for sex-specific organs. pick = body-space surface point of the organ pixel farthest from the edge of the region where the organ is the first hit (chamfer distance transform); the front is used when its clearance is >= 5 mm, else the side with the largest clearance. pickClearance = that distance in metres. An organ covered from every side gets pickHide: the fewest organs (found by repeatedly removing the organ covering most of its footprint) that must be hidden for the pick to be the first hit. Skin: first hit from the front with the skin alone. Body fat: first hit from the front over the organs.',
    },
    registration: {
      method:
        'HRA VH_F pelvis (compact bone + sacrum; spongy bone and coccyx left out) thinned to one point per 4 mm voxel, fitted to BP3D hip bones + sacrum surface samples (one per 2 mm voxel): centroid/bbox-scale start, 40 rounds of trimmed (90 %) similarity ICP (Horn), then 20 rounds of trimmed affine ICP. Residual = distance from every sampled HRA pelvis point to the nearest sampled BP3D point. The transform (row-major 3x4) maps HRA scene metres into the BP3D glTF frame before the lift to y = 0.',
      used: pelvis.fitKind,
      similarity: regOut(pelvis.similarity),
      affine: regOut(pelvis.affine),
    },
    organs: record.organs,
  })
  // Formatted like the rest of the repository so `prettier --check .` passes on the committed file.
  writeFileSync(path, await format(provenanceJson, { parser: 'json', printWidth: 120 }))
}
