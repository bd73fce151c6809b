/**
 * The light first model (docs/performance.md, "Optimisations: load path"): public/models/body-lite.glb, derived from
 * body.glb with the same nodes, names, extras (picks) and materials, each organ simplified with meshoptimizer to a
 * share of its triangles. The app draws it first and swaps in body.glb once that has loaded, so a phone shows a body
 * after a small download. Source and licence as body.glb (public/models/CREDITS.md).
 */
import { Logger, NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { dequantize, simplifyPrimitive, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { encodeGlb } from './encodeGlb.ts'

/** The share of each organ's triangles kept, the error allowed (a fraction of the organ's radius), the floor. */
export const LITE = { ratio: 0.05, error: 0.05, minTriangles: 48 } as const

/**
 * Builds the light model from body.glb.
 * @param glb - body.glb's bytes
 * @returns the light model's GLB bytes and its triangle count
 */
export async function liteModel(glb: Uint8Array): Promise<{ bytes: Uint8Array; triangles: number }> {
  await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready, MeshoptSimplifier.ready])
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = (await io.readBinary(glb)).setLogger(new Logger(Logger.Verbosity.WARN))
  await doc.transform(dequantize(), weld())
  for (const ext of doc.getRoot().listExtensionsUsed()) ext.dispose()
  let triangles = 0
  for (const prim of doc
    .getRoot()
    .listMeshes()
    .flatMap((mesh) => mesh.listPrimitives())) {
    const count = (prim.getIndices()?.getCount() ?? 0) / 3
    const ratio = Math.min(1, Math.max(LITE.ratio, LITE.minTriangles / Math.max(count, 1)))
    simplifyPrimitive(prim, { simplifier: MeshoptSimplifier, ratio, error: LITE.error, lockBorder: false })
    triangles += (prim.getIndices()?.getCount() ?? 0) / 3
  }
  return { bytes: await encodeGlb(doc), triangles }
}
