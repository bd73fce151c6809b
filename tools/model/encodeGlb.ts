/**
 * Compresses and writes the body document as GLB bytes.
 */
import { NodeIO, type Document } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { quantize, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'

/**
 * Reorders for size, quantizes normals to 8 bits, adds EXT_meshopt_compression (filter mode), checks that every
 * node sits at the origin and encodes the GLB. Call after `MeshoptEncoder.ready`.
 * @param doc - the body document (changed in place)
 */
export async function encodeGlb(doc: Document): Promise<Uint8Array> {
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  // Normals only: quantizing positions would move a dequantization transform onto every node, and the app
  // relies on node space being body space. Float positions snapped to a grid compress well enough.
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ pattern: /^NORMAL$/, quantizeNormal: 8 }),
  )
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER })
  for (const node of doc.getRoot().listNodes()) {
    const t = node.getTranslation()
    const s = node.getScale()
    if (t.some((v) => v !== 0) || s.some((v) => v !== 1)) throw new Error(`node ${node.getName()} is not at the origin`)
  }
  const outIo = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  })
  return outIo.writeBinary(doc)
}
