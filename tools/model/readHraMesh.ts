/**
 * Reads the meshes of an HRA 3D reference organ GLB into one plain mesh.
 */
import { NodeIO } from '@gltf-transform/core'
import { mergeMeshes, type Mesh } from './mesh.ts'

const io = new NodeIO()

/**
 * Loads every mesh of an HRA GLB in scene space (node transforms applied), optionally filtered by node name.
 * @param glb - the GLB's bytes
 * @param keep - which nodes to keep, by name (all by default)
 */
export async function readHraMesh(glb: Uint8Array, keep: (name: string) => boolean = () => true): Promise<Mesh> {
  const doc = await io.readBinary(glb)
  const parts: Mesh[] = []
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh || !keep(node.getName())) continue
    const w = node.getWorldMatrix()
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')
      if (!pos) continue
      const idx = prim.getIndices()
      const count = pos.getCount()
      const positions = new Float32Array(count * 3)
      const v: number[] = [0, 0, 0]
      for (let i = 0; i < count; i++) {
        pos.getElement(i, v)
        const [x = 0, y = 0, z = 0] = v
        // glTF matrices are column-major.
        positions[3 * i] = w[0] * x + w[4] * y + w[8] * z + w[12]
        positions[3 * i + 1] = w[1] * x + w[5] * y + w[9] * z + w[13]
        positions[3 * i + 2] = w[2] * x + w[6] * y + w[10] * z + w[14]
      }
      const indices = Uint32Array.from({ length: idx ? idx.getCount() : count }, (_, i) => (idx ? idx.getScalar(i) : i))
      parts.push({ positions, indices })
    }
  }
  return mergeMeshes(parts)
}
