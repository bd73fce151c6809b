/**
 * Plain indexed triangle meshes for the model pipeline: parsing, merging, welding, simplifying, normals and
 * simple procedural shapes. Positions are metres in glTF body space unless a function says otherwise.
 */
import { MeshoptSimplifier } from 'meshoptimizer'

/** An indexed triangle mesh (xyz positions, three indices per triangle). */
export interface Mesh {
  readonly positions: Float32Array
  readonly indices: Uint32Array
}

/** Axis-aligned bounds. */
export interface Box {
  readonly min: [number, number, number]
  readonly max: [number, number, number]
}

/** A 3x4 affine map, row-major: p' = M[0..2] * p + M[3] per row. */
export type Affine = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
]

/** Metres per BP3D file unit: the files are in "BP3D mm / 212.7", so 212.7 mm / 1000 per unit. */
export const BP3D_UNIT_METRES = 0.2127

/**
 * Parses a Wavefront OBJ (v and f records only; polygons are fanned into triangles).
 * @param text - the file's text
 */
export function parseObj(text: string): Mesh {
  const pos: number[] = []
  const idx: number[] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('v ')) {
      const parts = line.trim().split(/\s+/)
      pos.push(Number(parts[1]), Number(parts[2]), Number(parts[3]))
    } else if (line.startsWith('f ')) {
      const parts = line.trim().split(/\s+/).slice(1)
      const vs = parts.map((p) => {
        const n = Number(p.split('/')[0])
        // Negative OBJ indices count back from the latest vertex.
        return n < 0 ? pos.length / 3 + n : n - 1
      })
      for (let i = 1; i + 1 < vs.length; i++) idx.push(vs[0] ?? 0, vs[i] ?? 0, vs[i + 1] ?? 0)
    }
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) }
}

/**
 * Converts a mesh from the BP3D file frame (X left, -Y anterior, Z up, 212.7 mm units) to glTF metres
 * (X left, Y up, +Z anterior). The axis map is a proper rotation, so triangle winding is kept.
 * @param mesh - mesh in BP3D file units
 */
export function bp3dToGltf(mesh: Mesh): Mesh {
  const p = mesh.positions
  const out = new Float32Array(p.length)
  for (let i = 0; i < p.length; i += 3) {
    out[i] = BP3D_UNIT_METRES * (p[i] ?? 0)
    out[i + 1] = BP3D_UNIT_METRES * (p[i + 2] ?? 0)
    out[i + 2] = -BP3D_UNIT_METRES * (p[i + 1] ?? 0)
  }
  return { positions: out, indices: mesh.indices }
}

/**
 * Concatenates meshes into one.
 * @param meshes - parts to merge
 */
export function mergeMeshes(meshes: readonly Mesh[]): Mesh {
  const nv = meshes.reduce((s, m) => s + m.positions.length, 0)
  const ni = meshes.reduce((s, m) => s + m.indices.length, 0)
  const positions = new Float32Array(nv)
  const indices = new Uint32Array(ni)
  let pv = 0
  let pi = 0
  for (const m of meshes) {
    positions.set(m.positions, pv)
    const base = pv / 3
    for (let i = 0; i < m.indices.length; i++) indices[pi + i] = (m.indices[i] ?? 0) + base
    pv += m.positions.length
    pi += m.indices.length
  }
  return { positions, indices }
}

/**
 * Applies an affine map to every vertex.
 * @param mesh - input mesh
 * @param m - row-major 3x4 map
 */
export function transformMesh(mesh: Mesh, m: Affine): Mesh {
  const p = mesh.positions
  const out = new Float32Array(p.length)
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i] ?? 0
    const y = p[i + 1] ?? 0
    const z = p[i + 2] ?? 0
    out[i] = m[0] * x + m[1] * y + m[2] * z + m[3]
    out[i + 1] = m[4] * x + m[5] * y + m[6] * z + m[7]
    out[i + 2] = m[8] * x + m[9] * y + m[10] * z + m[11]
  }
  // A reflecting map would flip the winding; none of ours reflect, but keep the mesh consistent if one does.
  const det =
    m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8]) + m[2] * (m[4] * m[9] - m[5] * m[8])
  if (det >= 0) return { positions: out, indices: mesh.indices }
  const idx = new Uint32Array(mesh.indices)
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t + 1] ?? 0
    idx[t + 1] = idx[t + 2] ?? 0
    idx[t + 2] = a
  }
  return { positions: out, indices: idx }
}

/**
 * Bounding box of the referenced vertices.
 * @param mesh - input mesh
 */
export function boundsOf(mesh: Mesh): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  const p = mesh.positions
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = p[i + k] ?? 0
      if (v < (min[k] ?? Infinity)) min[k] = v
      if (v > (max[k] ?? -Infinity)) max[k] = v
    }
  }
  return { min, max }
}

/**
 * The cross product of a triangle's two edges from its first corner: the face normal scaled by twice its area.
 * @param p - flat positions
 * @param a - offset of the first corner in `p` (3 * vertex index)
 * @param b - offset of the second corner
 * @param c - offset of the third corner
 */
function faceCross(p: ArrayLike<number>, a: number, b: number, c: number): [number, number, number] {
  const ux = (p[b] ?? 0) - (p[a] ?? 0)
  const uy = (p[b + 1] ?? 0) - (p[a + 1] ?? 0)
  const uz = (p[b + 2] ?? 0) - (p[a + 2] ?? 0)
  const vx = (p[c] ?? 0) - (p[a] ?? 0)
  const vy = (p[c + 1] ?? 0) - (p[a + 1] ?? 0)
  const vz = (p[c + 2] ?? 0) - (p[a + 2] ?? 0)
  return [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx]
}

/**
 * Area-weighted surface centroid (robust to uneven vertex density).
 * @param mesh - input mesh
 */
export function centroidOf(mesh: Mesh): [number, number, number] {
  const p = mesh.positions
  const c: [number, number, number] = [0, 0, 0]
  let total = 0
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = 3 * (mesh.indices[t] ?? 0)
    const b = 3 * (mesh.indices[t + 1] ?? 0)
    const d = 3 * (mesh.indices[t + 2] ?? 0)
    const area = Math.hypot(...faceCross(p, a, b, d)) / 2
    for (let k = 0; k < 3; k++) c[k] = (c[k] ?? 0) + (area * ((p[a + k] ?? 0) + (p[b + k] ?? 0) + (p[d + k] ?? 0))) / 3
    total += area
  }
  return total > 0 ? [c[0] / total, c[1] / total, c[2] / total] : [0, 0, 0]
}

/**
 * Merges vertices closer than `tolerance` (grid hashing) and drops degenerate triangles.
 * @param mesh - input mesh
 * @param tolerance - merge distance in mesh units
 */
export function weldMesh(mesh: Mesh, tolerance: number): Mesh {
  const p = mesh.positions
  const map = new Map<string, number>()
  const remap = new Uint32Array(p.length / 3)
  const out: number[] = []
  for (let i = 0; i < p.length / 3; i++) {
    const key = `${Math.round((p[3 * i] ?? 0) / tolerance)},${Math.round((p[3 * i + 1] ?? 0) / tolerance)},${Math.round((p[3 * i + 2] ?? 0) / tolerance)}`
    let id = map.get(key)
    if (id === undefined) {
      id = out.length / 3
      map.set(key, id)
      out.push(p[3 * i] ?? 0, p[3 * i + 1] ?? 0, p[3 * i + 2] ?? 0)
    }
    remap[i] = id
  }
  const idx: number[] = []
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = remap[mesh.indices[t] ?? 0] ?? 0
    const b = remap[mesh.indices[t + 1] ?? 0] ?? 0
    const c = remap[mesh.indices[t + 2] ?? 0] ?? 0
    if (a !== b && b !== c && a !== c) idx.push(a, b, c)
  }
  return { positions: new Float32Array(out), indices: new Uint32Array(idx) }
}

/**
 * Drops vertices no triangle uses and renumbers the rest.
 * @param mesh - input mesh
 */
export function compactMesh(mesh: Mesh): Mesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1)
  const out: number[] = []
  const idx = new Uint32Array(mesh.indices.length)
  for (let i = 0; i < mesh.indices.length; i++) {
    const v = mesh.indices[i] ?? 0
    if (remap[v] === -1) {
      remap[v] = out.length / 3
      out.push(mesh.positions[3 * v] ?? 0, mesh.positions[3 * v + 1] ?? 0, mesh.positions[3 * v + 2] ?? 0)
    }
    idx[i] = remap[v] ?? 0
  }
  return { positions: new Float32Array(out), indices: idx }
}

/**
 * Simplifies a mesh to at most `targetTriangles` with meshoptimizer (sloppy fallback when topology blocks it).
 * @param mesh - welded input mesh
 * @param targetTriangles - triangle budget
 */
export async function simplifyMesh(mesh: Mesh, targetTriangles: number): Promise<Mesh> {
  await MeshoptSimplifier.ready
  const tris = mesh.indices.length / 3
  if (tris <= targetTriangles) return compactMesh(mesh)
  const target = targetTriangles * 3
  let [idx] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, target, 0.05, ['Prune'])
  if (idx.length > target) {
    // Many small disconnected parts (e.g. vessel trees) can stall edge collapse; sloppy simplification always fits.
    ;[idx] = MeshoptSimplifier.simplifySloppy(mesh.indices, mesh.positions, 3, null, target, 0.05)
  }
  return compactMesh({ positions: mesh.positions, indices: idx })
}

/**
 * Area-weighted smooth vertex normals.
 * @param mesh - input mesh
 */
export function vertexNormals(mesh: Mesh): Float32Array {
  const p = mesh.positions
  const n = new Float32Array(p.length)
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = 3 * (mesh.indices[t] ?? 0)
    const b = 3 * (mesh.indices[t + 1] ?? 0)
    const c = 3 * (mesh.indices[t + 2] ?? 0)
    const [nx, ny, nz] = faceCross(p, a, b, c)
    for (const v of [a, b, c]) {
      n[v] = (n[v] ?? 0) + nx
      n[v + 1] = (n[v + 1] ?? 0) + ny
      n[v + 2] = (n[v + 2] ?? 0) + nz
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i] ?? 0, n[i + 1] ?? 0, n[i + 2] ?? 0)
    if (l > 0) {
      n[i] = (n[i] ?? 0) / l
      n[i + 1] = (n[i + 1] ?? 0) / l
      n[i + 2] = (n[i + 2] ?? 0) / l
    } else n[i + 1] = 1
  }
  return n
}

/**
 * A UV-sphere ellipsoid (outward winding), optionally cut flat at z = 0 in its own frame (a dome facing +Z).
 * @param center - centre in metres
 * @param radii - semi-axes in metres
 * @param dome - true for a flattened hemisphere facing +Z (closed with a flat base)
 */
export function ellipsoid(
  center: readonly [number, number, number],
  radii: readonly [number, number, number],
  dome = false,
): Mesh {
  const rings = 12
  const segs = 20
  const pos: number[] = []
  const idx: number[] = []
  // Polar axis along +Z so a dome is the z >= 0 half; the base is closed by the last ring collapsing to the centre.
  const thetaMax = dome ? Math.PI / 2 : Math.PI
  for (let r = 0; r <= rings; r++) {
    const th = (r / rings) * thetaMax
    for (let s = 0; s < segs; s++) {
      const ph = (s / segs) * 2 * Math.PI
      pos.push(
        center[0] + radii[0] * Math.sin(th) * Math.cos(ph),
        center[1] + radii[1] * Math.sin(th) * Math.sin(ph),
        center[2] + radii[2] * Math.cos(th),
      )
    }
  }
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segs; s++) {
      const a = r * segs + s
      const b = r * segs + ((s + 1) % segs)
      const c = (r + 1) * segs + s
      const d = (r + 1) * segs + ((s + 1) % segs)
      idx.push(a, c, b, b, c, d)
    }
  }
  if (dome) {
    const centre = pos.length / 3
    pos.push(center[0], center[1], center[2])
    const last = rings * segs
    for (let s = 0; s < segs; s++) idx.push(centre, last + ((s + 1) % segs), last + s)
  }
  return weldMesh({ positions: new Float32Array(pos), indices: new Uint32Array(idx) }, 1e-6)
}

/**
 * Splits a mesh by the sign of x of each triangle's centroid.
 * @param mesh - input mesh
 * @param positive - keep triangles with centroid x > 0 (true) or x <= 0 (false)
 */
export function splitByX(mesh: Mesh, positive: boolean): Mesh {
  const idx: number[] = []
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t] ?? 0
    const b = mesh.indices[t + 1] ?? 0
    const c = mesh.indices[t + 2] ?? 0
    const cx = (mesh.positions[3 * a] ?? 0) + (mesh.positions[3 * b] ?? 0) + (mesh.positions[3 * c] ?? 0)
    if (cx > 0 === positive) idx.push(a, b, c)
  }
  return compactMesh({ positions: mesh.positions, indices: new Uint32Array(idx) })
}

/**
 * Number of triangles.
 * @param mesh - input mesh
 */
export function triangleCount(mesh: Mesh): number {
  return mesh.indices.length / 3
}
