import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NodeIO, type Document } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { describe, expect, it } from 'vitest'
import { liteModel } from './model/liteModel.ts'

const FULL = fileURLToPath(new URL('../public/models/body.glb', import.meta.url))
const LITE = fileURLToPath(new URL('../public/models/body-lite.glb', import.meta.url))

async function read(path: string): Promise<Document> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  return io.read(path)
}

/** Node name -> [triangles, extras, material name, at the origin]. */
function nodesOf(doc: Document): Map<string, [number, unknown, string, boolean]> {
  const out = new Map<string, [number, unknown, string, boolean]>()
  for (const node of doc.getRoot().listNodes()) {
    const prims = node.getMesh()?.listPrimitives() ?? []
    const triangles = prims.reduce((sum, p) => sum + (p.getIndices()?.getCount() ?? 0) / 3, 0)
    const origin = node.getTranslation().every((v) => v === 0) && node.getScale().every((v) => v === 1)
    out.set(node.getName(), [triangles, node.getExtras(), prims[0]?.getMaterial()?.getName() ?? '', origin])
  }
  return out
}

describe('public/models/body-lite.glb (the light first model)', () => {
  it('has every node of body.glb with the same extras, material and place, and about a fourteenth of the triangles', async () => {
    const full = nodesOf(await read(FULL))
    const lite = nodesOf(await read(LITE))
    expect([...lite.keys()]).toEqual([...full.keys()])
    let fullTriangles = 0
    let liteTriangles = 0
    for (const [name, [triangles, extras, material, origin]] of full) {
      const [t, e, m, o] = lite.get(name) ?? [0, null, '', false]
      expect({ name, extras: e, material: m, origin: o }).toEqual({ name, extras, material, origin })
      expect(t).toBeLessThanOrEqual(triangles)
      if (triangles > 0) expect(t).toBeGreaterThan(0)
      fullTriangles += triangles
      liteTriangles += t
    }
    expect(fullTriangles).toBe(172_146)
    expect(liteTriangles).toBe(15_227)
  })

  it('is rebuilt byte for byte from body.glb by tools/model/liteModel.ts', { timeout: 60_000 }, async () => {
    const { bytes } = await liteModel(readFileSync(FULL))
    expect(Buffer.from(bytes).equals(readFileSync(LITE))).toBe(true)
  })
})
