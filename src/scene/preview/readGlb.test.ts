import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NodeIO, type Document } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { beforeAll, describe, expect, it } from 'vitest'
import { isOrganId } from '../../anatomy/organIds.ts'
import { readPreviewModel, type PreviewModel } from './readGlb.ts'

const LITE = fileURLToPath(new URL('../../../public/models/body-lite.glb', import.meta.url))

let model: PreviewModel
let doc: Document

beforeAll(async () => {
  await MeshoptDecoder.ready
  const bytes = readFileSync(LITE)
  model = readPreviewModel(new Uint8Array(bytes).buffer, (target, count, size, source, mode, filter) => {
    MeshoptDecoder.decodeGltfBuffer(target, count, size, source, mode, filter)
  })
  // An independent reader of the same file, to compare with.
  doc = await new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
    .read(LITE)
})

describe('readPreviewModel (the loading preview reads body-lite.glb without three.js)', () => {
  it('reads one part per organ node, with the triangles and vertices glTF-Transform reads', () => {
    const expected = doc
      .getRoot()
      .listNodes()
      .filter((n) => isOrganId(n.getName()) && n.getMesh() !== null)
      .map((n) => {
        const p = n.getMesh()?.listPrimitives()[0]
        return [n.getName(), (p?.getIndices()?.getCount() ?? 0) / 3, p?.getAttribute('POSITION')?.getCount() ?? 0]
      })
    expect(model.parts.map((p) => [p.id, p.indices.length / 3, p.positions.length / 3])).toEqual(expected)
    expect(model.parts).toHaveLength(67)
    expect(model.parts.reduce((sum, p) => sum + p.indices.length / 3, 0)).toBe(15_227)
  })

  it('gives the same positions, unit normals along the stored ones, and indices inside each part', () => {
    for (const part of model.parts) {
      const prim = doc
        .getRoot()
        .listNodes()
        .find((n) => n.getName() === part.id)
        ?.getMesh()
        ?.listPrimitives()[0]
      expect(Array.from(part.positions)).toEqual(
        Array.from((prim?.getAttribute('POSITION')?.getArray() ?? []) as ArrayLike<number>),
      )
      const normal = prim?.getAttribute('NORMAL')
      const element: number[] = []
      for (let i = 0; i < part.normals.length / 3; i++) {
        normal?.getElement(i, element)
        const [x = 0, y = 0, z = 0] = element
        const length = Math.hypot(x, y, z)
        const n = [part.normals[i * 3] ?? 0, part.normals[i * 3 + 1] ?? 0, part.normals[i * 3 + 2] ?? 0]
        expect(Math.hypot(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0)).toBeCloseTo(1, 5)
        expect((n[0] ?? 0) * x + (n[1] ?? 0) * y + (n[2] ?? 0) * z).toBeCloseTo(length, 5)
      }
      expect(Math.max(...part.indices)).toBeLessThan(part.positions.length / 3)
    }
  })

  it("frames the camera on the skin's bounds (the accessor's min and max)", () => {
    const skin = doc
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === 'skin')
    const position = skin?.getMesh()?.listPrimitives()[0]?.getAttribute('POSITION')
    expect(model.bounds).toEqual({ min: position?.getMin([]), max: position?.getMax([]) })
    expect(model.bounds.max[1]).toBeCloseTo(1.7588, 4)
  })

  it('refuses what is not a GLB file, by name (the corrupt-model fault of rendering-resilience E3)', () => {
    expect(() =>
      readPreviewModel(new TextEncoder().encode('glTF this is not a model').buffer, () => undefined),
    ).toThrow('body-lite.glb: missing chunk')
    expect(() => readPreviewModel(new ArrayBuffer(0), () => undefined)).toThrow('body-lite.glb: not a GLB file')
  })
})
