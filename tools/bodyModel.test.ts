import { statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { NodeIO, type Document, type Node } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { beforeAll, describe, expect, it } from 'vitest'
import { organsWithShapeNote } from '../src/anatomy/modelNotes.ts'
import { ORGANS, ORGAN_IDS, isOrganId, type OrganId } from '../src/anatomy/organIds.ts'

const GLB = fileURLToPath(new URL('../public/models/body.glb', import.meta.url))

interface Bounds {
  min: number[]
  max: number[]
}

let doc: Document
const nodes = new Map<string, Node[]>()

/** Decoded positions of a node's single primitive (nodes sit at the origin, so these are body space). */
function positions(node: Node): Float32Array {
  const prim = node.getMesh()?.listPrimitives()[0]
  const acc = prim?.getAttribute('POSITION')
  if (!acc) throw new Error(`${node.getName()} has no positions`)
  const out = new Float32Array(acc.getCount() * 3)
  const v: number[] = [0, 0, 0]
  for (let i = 0; i < acc.getCount(); i++) {
    acc.getElement(i, v)
    out.set(v, 3 * i)
  }
  return out
}

/** Axis-aligned bounds of flat xyz positions. */
function bounds(p: Float32Array): Bounds {
  const axis = (k: number): number[] => Array.from({ length: p.length / 3 }, (_, i) => p[3 * i + k] ?? 0)
  const axes = [axis(0), axis(1), axis(2)]
  return { min: axes.map((a) => Math.min(...a)), max: axes.map((a) => Math.max(...a)) }
}

/** Mean of the vertices (enough to tell left from right and top from bottom). */
function centroid(p: Float32Array): number[] {
  return [0, 1, 2].map((k) => {
    let sum = 0
    for (let i = k; i < p.length; i += 3) sum += p[i] ?? 0
    return (sum * 3) / p.length
  })
}

const at = (a: readonly number[], k: number): number => a[k] ?? NaN

const RAY_DIRS: Record<string, readonly [number, number, number]> = {
  front: [0, 0, -1],
  back: [0, 0, 1],
  left: [-1, 0, 0],
  right: [1, 0, 0],
}

/** Nearest ray parameter t at which a ray hits a node's triangles (Moller-Trumbore, both faces), or Infinity. */
const triangleCache = new Map<Node, { p: Float32Array; idx: number[] }>()
function rayHit(node: Node, o: readonly number[], d: readonly number[]): number {
  let cached = triangleCache.get(node)
  if (!cached) {
    const acc = node.getMesh()?.listPrimitives()[0]?.getIndices()
    cached = { p: positions(node), idx: acc ? Array.from({ length: acc.getCount() }, (_, i) => acc.getScalar(i)) : [] }
    triangleCache.set(node, cached)
  }
  const { p, idx } = cached
  let best = Infinity
  const v = (i: number, k: number): number => p[3 * i + k] ?? 0
  // Cheap reject: skip triangles whose bounds miss the axis-aligned ray's two fixed coordinates.
  const fixed = [0, 1, 2].filter((k) => at(d, k) === 0)
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t] ?? 0
    const b = idx[t + 1] ?? 0
    const c = idx[t + 2] ?? 0
    if (
      fixed.some((k) => {
        const lo = Math.min(v(a, k), v(b, k), v(c, k))
        const hi = Math.max(v(a, k), v(b, k), v(c, k))
        return at(o, k) < lo || at(o, k) > hi
      })
    )
      continue
    const e1 = [0, 1, 2].map((k) => v(b, k) - v(a, k))
    const e2 = [0, 1, 2].map((k) => v(c, k) - v(a, k))
    const cross = (x: number[], y: readonly number[]): number[] => [
      at(x, 1) * at(y, 2) - at(x, 2) * at(y, 1),
      at(x, 2) * at(y, 0) - at(x, 0) * at(y, 2),
      at(x, 0) * at(y, 1) - at(x, 1) * at(y, 0),
    ]
    const dot = (x: readonly number[], y: readonly number[]): number =>
      at(x, 0) * at(y, 0) + at(x, 1) * at(y, 1) + at(x, 2) * at(y, 2)
    const h = cross([...d], e2)
    const det = dot(e1, h)
    if (Math.abs(det) < 1e-12) continue
    const s = [0, 1, 2].map((k) => at(o, k) - v(a, k))
    const u = dot(s, h) / det
    if (u < 0 || u > 1) continue
    const q = cross(s, e1)
    const w = dot(d, q) / det
    if (w < 0 || u + w > 1) continue
    const dist = dot(e2, q) / det
    if (dist > 0 && dist < best) best = dist
  }
  return best
}

function organNode(id: OrganId): Node {
  const list = nodes.get(id)
  if (!list?.[0]) throw new Error(`no node ${id}`)
  return list[0]
}

function extrasOf(id: OrganId): Record<string, unknown> {
  return organNode(id).getExtras()
}

beforeAll(async () => {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  doc = await io.read(GLB)
  for (const node of doc.getRoot().listNodes()) {
    const list = nodes.get(node.getName()) ?? []
    list.push(node)
    nodes.set(node.getName(), list)
  }
})

describe('public/models/body.glb', () => {
  it('has exactly one node per OrganId and nothing else but an optional root', () => {
    for (const id of ORGAN_IDS) expect(nodes.get(id)?.length, id).toBe(1)
    const others = [...nodes.keys()].filter((name) => !isOrganId(name))
    expect(others.length).toBeLessThanOrEqual(1)
    expect(doc.getRoot().listNodes().length).toBe(ORGAN_IDS.length + others.length)
  })

  it('keeps every organ node at the origin with one mesh and one primitive', () => {
    for (const id of ORGAN_IDS) {
      const node = organNode(id)
      expect(node.getTranslation(), id).toEqual([0, 0, 0])
      expect(node.getScale(), id).toEqual([1, 1, 1])
      expect(node.getRotation(), id).toEqual([0, 0, 0, 1])
      expect(node.getMesh()?.listPrimitives().length, id).toBe(1)
    }
  })

  it('stays within the triangle and size budgets', () => {
    let triangles = 0
    for (const id of ORGAN_IDS) {
      const prim = organNode(id).getMesh()?.listPrimitives()[0]
      triangles += (prim?.getIndices()?.getCount() ?? 0) / 3
    }
    console.log(`body.glb: ${triangles} triangles, ${statSync(GLB).size} bytes`)
    expect(triangles).toBeGreaterThan(100_000)
    expect(triangles).toBeLessThanOrEqual(250_000)
    expect(statSync(GLB).size).toBeLessThanOrEqual(2.5 * 1024 * 1024)
  })

  it('carries licence, credits and provenance', () => {
    const asset = doc.getRoot().getAsset()
    expect(asset.copyright).toContain('BodyParts3D')
    expect((asset.extras as Record<string, unknown> | undefined)?.license).toBe('CC-BY-SA-4.0')
    for (const id of ORGAN_IDS) {
      const e = extrasOf(id)
      expect(e.organ, id).toBe(id)
      expect(typeof e.source === 'string' && e.source.length > 0, id).toBe(true)
      expect(typeof e.license === 'string' && e.license.length > 0, id).toBe(true)
      expect(typeof e.label === 'string' && e.label.length > 0, id).toBe(true)
      expect(typeof e.standIn, id).toBe('boolean')
      if (e.standIn !== true) expect(Boolean(e.fma) || Boolean(e.uberon), id).toBe(true)
    }
    expect(extrasOf('breast_left').standIn).toBe(true)
    expect(extrasOf('thyroid').standIn).toBe(true)
    expect(extrasOf('heart').standIn).toBe(false)
    for (const id of ['spinal_cord', 'joints', 'adipose_tissue'] as const) {
      expect(extrasOf(id).standIn, id).toBe(true)
      expect(extrasOf(id).source, id).toMatch(/stand-in .*not anatomical data/)
      expect(extrasOf(id).standInParts, id).toHaveLength(1)
    }
    expect(extrasOf('uterus').license).toBe('CC BY 4.0 (HRA)')
  })

  it('marks exactly the stand-in, part stand-in and derived organs of MODEL_SHAPE_NOTES (the UI labels them)', () => {
    const where = (test: (e: Record<string, unknown>) => boolean): OrganId[] =>
      ORGAN_IDS.filter((id) => test(extrasOf(id))).sort()
    const sorted = (ids: readonly OrganId[]): OrganId[] => [...ids].sort()
    const parts = (e: Record<string, unknown>): number => (Array.isArray(e.standInParts) ? e.standInParts.length : 0)
    const standIn = where((e) => e.standIn === true)
    expect(standIn).toEqual(sorted(organsWithShapeNote('standIn')))
    expect(where((e) => e.standIn !== true && parts(e) > 0)).toEqual(sorted(organsWithShapeNote('partStandIn')))
    expect(
      where((e) => e.standIn !== true && String(e.source).includes('derived from BodyParts3D by voxel wrapping')),
    ).toEqual(sorted(organsWithShapeNote('derived')))
    // each kind is present in the model (one note per organ, so the three sets are disjoint by construction)
    for (const note of ['standIn', 'partStandIn', 'derived'] as const)
      expect(organsWithShapeNote(note).length).toBeGreaterThan(0)
    expect(standIn).not.toContain('heart')
  })

  it('matches ORGANS for sex, layer and laterality', () => {
    for (const id of ORGAN_IDS) {
      const e = extrasOf(id)
      expect(e.sex, id).toBe(ORGANS[id].sex)
      expect(e.layer, id).toBe(ORGANS[id].layer)
      expect(e.laterality, id).toBe(ORGANS[id].laterality)
    }
  })

  it('puts every pick point inside its organ bounding box (1 cm margin)', () => {
    for (const id of ORGAN_IDS) {
      const e = extrasOf(id)
      const pick = e.pick as number[]
      expect(pick, id).toHaveLength(3)
      expect(['front', 'back', 'left', 'right'], id).toContain(e.pickFrom)
      const b = bounds(positions(organNode(id)))
      for (let k = 0; k < 3; k++) {
        expect(pick[k], `${id}[${k}]`).toBeGreaterThanOrEqual(at(b.min, k) - 0.01)
        expect(pick[k], `${id}[${k}]`).toBeLessThanOrEqual(at(b.max, k) + 0.01)
      }
    }
  })

  it('makes each pick the first hit outside the skin layer from its pickFrom side (sex and pickHide respected)', () => {
    const missed: string[] = []
    for (const id of ORGAN_IDS) {
      const e = extrasOf(id)
      const d = RAY_DIRS[String(e.pickFrom)] ?? [0, 0, -1]
      const pick = e.pick as number[]
      const origin = [0, 1, 2].map((k) => at(pick, k) - 3 * at(d, k))
      const hide = (e.pickHide ?? []) as string[]
      let first = ''
      let firstT = Infinity
      for (const other of ORGAN_IDS) {
        const sex = ORGANS[other].sex
        // The app never raycasts the skin layer (skin, body fat). The joint markers, drawn only where the record
        // places something, stay in: a pick must work whether or not they are drawn.
        if ((ORGANS[other].layer === 'skin' && other !== id) || hide.includes(other)) continue
        if (ORGANS[id].sex && sex && sex !== ORGANS[id].sex) continue
        const t = rayHit(organNode(other), origin, d)
        if (t < firstT) {
          firstT = t
          first = other
        }
      }
      if (first !== id) missed.push(`${id}->${first}`)
    }
    expect(missed).toEqual([])
  })

  it('runs the spinal cord stand-in through the vertebral canal, from the brainstem to about L1/L2', () => {
    const cord = bounds(positions(organNode('spinal_cord')))
    const spine = bounds(positions(organNode('spine')))
    const brain = bounds(positions(organNode('brain')))
    // inside the spine's bounds sideways and front to back, a thin tube on the midline
    for (const k of [0, 2]) {
      expect(at(cord.min, k)).toBeGreaterThan(at(spine.min, k))
      expect(at(cord.max, k)).toBeLessThan(at(spine.max, k))
    }
    expect(at(cord.max, 0) - at(cord.min, 0)).toBeLessThan(0.012)
    // from the bottom of the brain down about a quarter of the body height, ending well above the sacrum
    expect(at(cord.max, 1)).toBeGreaterThan(at(brain.min, 1))
    expect(at(cord.max, 1)).toBeLessThan(at(brain.min, 1) + 0.02)
    expect(at(cord.max, 1) - at(cord.min, 1)).toBeGreaterThan(0.35)
    expect(at(cord.min, 1)).toBeGreaterThan(at(spine.min, 1) + 0.15)
  })

  it('puts one joint marker on each main limb joint, left and right', () => {
    const p = positions(organNode('joints'))
    const b = bounds(p)
    const c = centroid(p)
    // symmetric, spanning the shoulders to the ankles
    expect(Math.abs(at(c, 0))).toBeLessThan(0.01)
    expect(at(b.min, 1)).toBeLessThan(0.15)
    expect(at(b.max, 1)).toBeGreaterThan(1.3)
    const left = Array.from({ length: p.length / 3 }, (_, i) => p[3 * i] ?? 0).filter((x) => x > 0).length
    expect(left / (p.length / 3)).toBeCloseTo(0.5, 1)
  })

  it('keeps the body fat stand-in just inside the skin', () => {
    const fat = bounds(positions(organNode('adipose_tissue')))
    const skin = bounds(positions(organNode('skin')))
    for (let k = 0; k < 3; k++) {
      expect(at(fat.min, k)).toBeGreaterThan(at(skin.min, k))
      expect(at(fat.max, k)).toBeLessThan(at(skin.max, k))
      expect(at(fat.min, k) - at(skin.min, k)).toBeLessThan(0.012)
      expect(at(skin.max, k) - at(fat.max, k)).toBeLessThan(0.012)
    }
  })

  it('is an adult body standing on y = 0', () => {
    const b = bounds(positions(organNode('skin')))
    const height = at(b.max, 1) - at(b.min, 1)
    expect(height).toBeGreaterThan(1.5)
    expect(height).toBeLessThan(1.9)
    expect(Math.abs(at(b.min, 1))).toBeLessThan(0.01)
    // Head above heart above bladder above feet.
    const y = (id: OrganId): number => at(centroid(positions(organNode(id))), 1)
    expect(y('brain')).toBeGreaterThan(y('heart'))
    expect(y('heart')).toBeGreaterThan(y('bladder'))
    expect(y('bladder')).toBeGreaterThan(y('foot_left'))
  })

  it('puts left organs at +X and right organs at -X', () => {
    for (const id of ORGAN_IDS) {
      const side = ORGANS[id].laterality
      if (side === null) continue
      const x = at(centroid(positions(organNode(id))), 0)
      if (side === 'left') expect(x, id).toBeGreaterThan(0)
      else expect(x, id).toBeLessThan(0)
    }
  })

  it('registers the female pelvic organs into the BP3D pelvis', () => {
    const hips = bounds(new Float32Array([...positions(organNode('hip_left')), ...positions(organNode('hip_right'))]))
    for (const id of ['uterus', 'ovary_left', 'ovary_right', 'fallopian_tubes', 'vagina'] as const) {
      const c = centroid(positions(organNode(id)))
      const b = bounds(positions(organNode(id)))
      for (let k = 0; k < 3; k++) {
        expect(c[k], `${id} centroid[${k}]`).toBeGreaterThan(at(hips.min, k))
        expect(c[k], `${id} centroid[${k}]`).toBeLessThan(at(hips.max, k))
        expect(b.min[k], `${id} min[${k}]`).toBeGreaterThan(at(hips.min, k) - 0.02)
        expect(b.max[k], `${id} max[${k}]`).toBeLessThan(at(hips.max, k) + 0.02)
      }
    }
  })
})
