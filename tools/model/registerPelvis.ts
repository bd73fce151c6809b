/**
 * The pelvis registration that carries the HRA female organs into the BodyParts3D body.
 */
import { mergeMeshes } from './mesh.ts'
import { mm } from './mm.ts'
import type { AnatomySource } from './openAnatomySource.ts'
import { registerPoints, type Registration } from './register.ts'
import { sampleSurface } from './sampleSurface.ts'

/** Both fits of the HRA pelvis and the one the build uses (the one with the smaller mean residual). */
export interface PelvisFit {
  readonly similarity: Registration
  readonly affine: Registration
  readonly fit: Registration
  readonly fitKind: 'affine' | 'similarity'
}

/**
 * Fits the HRA VH_Female pelvis (compact bone + sacrum) onto the BP3D hips + sacrum, and logs both fits.
 * @param src - the anatomy sources
 */
export async function registerPelvis(src: AnatomySource): Promise<PelvisFit> {
  const hra = await src.hra(
    'hra/VH_Female/v1.2/VH_F_Pelvis.glb',
    // Spongy bone lies inside the compact shell and the coccyx has no BP3D counterpart.
    (name) => !/spongy|coccyx/.test(name),
  )
  const target = mergeMeshes(
    src.files
      .filter(
        (f) => f.organ === 'hip_left' || f.organ === 'hip_right' || (f.organ === 'spine' && f.structure === 'sacrum'),
      )
      .map((f) => src.bp3d(f.file)),
  )
  const targetPts = sampleSurface(target, 0.002)
  const sourcePts = sampleSurface(hra, 0.004)
  const reg = {
    similarity: registerPoints(sourcePts, targetPts, false),
    affine: registerPoints(sourcePts, targetPts, true),
  }
  const fit = reg.affine.meanResidual < reg.similarity.meanResidual ? reg.affine : reg.similarity
  const fitKind = fit === reg.affine ? 'affine' : 'similarity'
  console.log(
    `pelvis registration: similarity mean ${mm(reg.similarity.meanResidual)} mm, p95 ${mm(reg.similarity.p95Residual)}, max ${mm(reg.similarity.maxResidual)}; affine mean ${mm(reg.affine.meanResidual)} mm, p95 ${mm(reg.affine.p95Residual)}, max ${mm(reg.affine.maxResidual)} -> using ${fitKind}`,
  )
  return { ...reg, fit, fitKind }
}
