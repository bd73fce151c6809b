/**
 * The glTF primitive of one organ mesh.
 */
import type { Buffer, Document, Material, Primitive } from '@gltf-transform/core'
import { vertexNormals, type Mesh } from './mesh.ts'

/**
 * A triangle primitive with positions, recomputed normals and indices (16-bit when they fit).
 * @param doc - the document
 * @param buffer - the document's one buffer
 * @param mesh - the organ's mesh
 * @param material - the organ's layer material
 */
export function organPrimitive(doc: Document, buffer: Buffer, mesh: Mesh, material: Material): Primitive {
  const big = mesh.positions.length / 3 > 65535
  return doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(vertexNormals(mesh)).setBuffer(buffer))
    .setIndices(
      doc
        .createAccessor()
        .setType('SCALAR')
        .setArray(big ? mesh.indices : new Uint16Array(mesh.indices))
        .setBuffer(buffer),
    )
    .setMaterial(material)
}
