/**
 * Stylised stand-ins built from neighbouring real anatomy (glTF body space, metres, after the lift to y = 0):
 * a spinal cord tube through the vertebral canal, joint markers at the main limb joints and a fat layer under the
 * skin. None of them is anatomical data; the pipeline marks their nodes `standIn`.
 */
import { boundsOf, centroidOf, ellipsoid, mergeMeshes, vertexNormals, type Mesh } from './mesh.ts'

type Vec3 = [number, number, number]

const sub = (a: readonly number[], b: readonly number[]): Vec3 => [
  (a[0] ?? 0) - (b[0] ?? 0),
  (a[1] ?? 0) - (b[1] ?? 0),
  (a[2] ?? 0) - (b[2] ?? 0),
]
const dot = (a: readonly number[], b: readonly number[]): number =>
  (a[0] ?? 0) * (b[0] ?? 0) + (a[1] ?? 0) * (b[1] ?? 0) + (a[2] ?? 0) * (b[2] ?? 0)
const cross = (a: readonly number[], b: readonly number[]): Vec3 => [
  (a[1] ?? 0) * (b[2] ?? 0) - (a[2] ?? 0) * (b[1] ?? 0),
  (a[2] ?? 0) * (b[0] ?? 0) - (a[0] ?? 0) * (b[2] ?? 0),
  (a[0] ?? 0) * (b[1] ?? 0) - (a[1] ?? 0) * (b[0] ?? 0),
]
const unit = (a: readonly number[]): Vec3 => {
  const l = Math.hypot(a[0] ?? 0, a[1] ?? 0, a[2] ?? 0) || 1
  return [(a[0] ?? 0) / l, (a[1] ?? 0) / l, (a[2] ?? 0) / l]
}
const add = (a: readonly number[], b: readonly number[], k = 1): Vec3 => [
  (a[0] ?? 0) + k * (b[0] ?? 0),
  (a[1] ?? 0) + k * (b[1] ?? 0),
  (a[2] ?? 0) + k * (b[2] ?? 0),
]
const vertex = (m: Mesh, i: number): Vec3 => [
  m.positions[3 * i] ?? 0,
  m.positions[3 * i + 1] ?? 0,
  m.positions[3 * i + 2] ?? 0,
]

/** The vertebral foramen of one vertebra: its centre and the radius of a circle of the same area. */
export interface Canal {
  readonly centre: Vec3
  readonly radius: number
}

/** A vertebra projected along the column's axis onto a grid: its bone pixels and the grid's frame. */
interface BoneMask {
  readonly bone: Uint8Array
  readonly width: number
  readonly height: number
  /** Grid axes (across and along the sagittal plane) and the vertebra's centroid they start from. */
  readonly u: Vec3
  readonly v: Vec3
  readonly c: Vec3
  /** Grid origin in (u, v). */
  readonly u0: number
  readonly v0: number
}

/** Projects a vertebra along `axis` onto a `res` grid, marking every pixel its triangles (or their edges) cover. */
function boneMask(vertebra: Mesh, axis: readonly number[], res: number): BoneMask {
  const a = unit(axis)
  // The column bends in the sagittal plane, so x is (nearly) perpendicular to it.
  const u = unit(
    sub(
      [1, 0, 0],
      a.map((v) => v * a[0]),
    ),
  )
  const v = cross(a, u)
  const c = centroidOf(vertebra)
  const n = vertebra.positions.length / 3
  const pu = new Float64Array(n)
  const pv = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const d = sub(vertex(vertebra, i), c)
    pu[i] = dot(d, u)
    pv[i] = dot(d, v)
  }
  const margin = 0.003
  const u0 = Math.min(...pu) - margin
  const v0 = Math.min(...pv) - margin
  const width = Math.ceil((Math.max(...pu) + margin - u0) / res)
  const height = Math.ceil((Math.max(...pv) + margin - v0) / res)
  const bone = new Uint8Array(width * height)
  const mark = (x: number, y: number): void => {
    if (x >= 0 && y >= 0 && x < width && y < height) bone[y * width + x] = 1
  }
  const idx = vertebra.indices
  for (let t = 0; t < idx.length; t += 3) {
    const xs = [0, 1, 2].map((k) => ((pu[idx[t + k] ?? 0] ?? 0) - u0) / res)
    const ys = [0, 1, 2].map((k) => ((pv[idx[t + k] ?? 0] ?? 0) - v0) / res)
    const [ax = 0, bx = 0, cx = 0] = xs
    const [ay = 0, by = 0, cy = 0] = ys
    const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    // Filled projection of the triangle (both windings)...
    if (Math.abs(area) > 1e-9)
      for (let y = Math.floor(Math.min(ay, by, cy)); y <= Math.ceil(Math.max(ay, by, cy)); y++)
        for (let x = Math.floor(Math.min(ax, bx, cx)); x <= Math.ceil(Math.max(ax, bx, cx)); x++) {
          const px = x + 0.5
          const py = y + 0.5
          const w0 = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area
          const w1 = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area
          if (w0 >= 0 && w1 >= 0 && w0 + w1 <= 1) mark(x, y)
        }
    // ...and its edges, so triangles seen edge-on still close the ring.
    for (const [p, q] of [
      [0, 1],
      [1, 2],
      [2, 0],
    ] as const) {
      const x0 = xs[p] ?? 0
      const y0 = ys[p] ?? 0
      const dx = (xs[q] ?? 0) - x0
      const dy = (ys[q] ?? 0) - y0
      const steps = Math.ceil(2 * Math.hypot(dx, dy)) + 1
      for (let s = 0; s <= steps; s++) mark(Math.floor(x0 + (dx * s) / steps), Math.floor(y0 + (dy * s) / steps))
    }
  }
  return { bone, width, height, u, v, c, u0, v0 }
}

/** Cells of the largest empty region of the mask that does not reach its border (empty when there is none). */
function largestHole(bone: Uint8Array, width: number, height: number): number[] {
  const label = new Int32Array(width * height).fill(-1)
  let best: number[] = []
  for (let s = 0; s < width * height; s++) {
    if (bone[s] || (label[s] ?? -1) >= 0) continue
    const cells: number[] = []
    const stack = [s]
    label[s] = s
    let open = false
    while (stack.length > 0) {
      const q = stack.pop() ?? 0
      cells.push(q)
      const x = q % width
      const y = Math.floor(q / width)
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) open = true
      for (const [nx, ny] of [
        [x + 1, y],
        [x - 1, y],
        [x, y + 1],
        [x, y - 1],
      ] as const) {
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue
        const k = ny * width + nx
        if (!bone[k] && (label[k] ?? -1) < 0) {
          label[k] = s
          stack.push(k)
        }
      }
    }
    if (!open && cells.length > best.length) best = cells
  }
  return best
}

/** The hole cell farthest from any non-hole cell: the centre of the largest inscribed circle. */
function inscribedCentre(best: readonly number[], width: number, height: number): number {
  const inHole = new Uint8Array(width * height)
  for (const q of best) inHole[q] = 1
  const rim = best.filter((q) => {
    const x = q % width
    const y = Math.floor(q / width)
    return !inHole[y * width + x + 1] || !inHole[y * width + x - 1] || !inHole[q + width] || !inHole[q - width]
  })
  let centreCell = best[0] ?? 0
  let bestD = -1
  for (const q of best) {
    const x = q % width
    const y = Math.floor(q / width)
    let d = Infinity
    for (const r of rim) d = Math.min(d, (x - (r % width)) ** 2 + (y - Math.floor(r / width)) ** 2)
    if (d > bestD) {
      bestD = d
      centreCell = q
    }
  }
  return centreCell
}

/**
 * Finds the vertebral foramen of one vertebra: the vertebra is projected along the column's local axis onto a
 * 0.5 mm grid, and the largest empty region enclosed by bone (the ring of body, pedicles and laminae) is the
 * canal. Its centre is the point of that region farthest from bone (the centre of the largest inscribed circle),
 * which keeps the atlas's canal behind the space the dens of the axis takes.
 * @param vertebra - one vertebra mesh
 * @param axis - the column's direction at this vertebra (from the vertebra below to the one above)
 */
export function vertebralCanal(vertebra: Mesh, axis: readonly number[]): Canal | null {
  const res = 0.0005
  const { bone, width, height, u, v, c, u0, v0 } = boneMask(vertebra, axis, res)
  // Empty regions that do not reach the border are holes; the largest is the foramen.
  const best = largestHole(bone, width, height)
  if (best.length === 0) return null
  // Largest inscribed circle: the hole cell farthest from any non-hole cell (brute force; holes are small).
  const centreCell = inscribedCentre(best, width, height)
  const cu = u0 + ((centreCell % width) + 0.5) * res
  const cv = v0 + (Math.floor(centreCell / width) + 0.5) * res
  return {
    centre: [c[0] + cu * u[0] + cv * v[0], c[1] + cu * u[1] + cv * v[1], c[2] + cu * u[2] + cv * v[2]],
    radius: Math.sqrt((best.length * res * res) / Math.PI),
  }
}

/**
 * A Catmull-Rom spline through control points, as a dense polyline (the control points included).
 * @param points - control points, in order
 * @param perSegment - polyline steps between two control points
 */
export function catmullRom(points: readonly Vec3[], perSegment = 16): Vec3[] {
  const dense: Vec3[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = points[Math.max(0, i - 1)] ?? [0, 0, 0]
    const p1 = points[i] ?? [0, 0, 0]
    const p2 = points[i + 1] ?? [0, 0, 0]
    const p3 = points[Math.min(points.length - 1, i + 2)] ?? [0, 0, 0]
    for (let k = 0; k < perSegment; k++) {
      const t = k / perSegment
      const t2 = t * t
      const t3 = t2 * t
      dense.push(
        [0, 1, 2].map(
          (j) =>
            0.5 *
            (2 * (p1[j] ?? 0) +
              (-(p0[j] ?? 0) + (p2[j] ?? 0)) * t +
              (2 * (p0[j] ?? 0) - 5 * (p1[j] ?? 0) + 4 * (p2[j] ?? 0) - (p3[j] ?? 0)) * t2 +
              (-(p0[j] ?? 0) + 3 * (p1[j] ?? 0) - 3 * (p2[j] ?? 0) + (p3[j] ?? 0)) * t3),
        ) as Vec3,
      )
    }
  }
  dense.push(points[points.length - 1] ?? [0, 0, 0])
  return dense
}

/**
 * Points every `step` metres along a polyline (both ends kept).
 * @param line - polyline
 * @param step - spacing (metres)
 */
export function resample(line: readonly Vec3[], step: number): Vec3[] {
  const out: Vec3[] = [line[0] ?? [0, 0, 0]]
  let carry = 0
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] ?? [0, 0, 0]
    const b = line[i] ?? [0, 0, 0]
    const len = Math.hypot(...sub(b, a))
    let s = step - carry
    while (s <= len) {
      out.push(add(a, sub(b, a), s / len))
      s += step
    }
    carry = len - (s - step)
  }
  const last = line[line.length - 1] ?? [0, 0, 0]
  if (carry > step / 4) out.push(last)
  else out[out.length - 1] = last
  return out
}

/**
 * Moves the inner points of a centreline away from nearby bone until each keeps `want` metres from it (damped,
 * perpendicular to the line, then lightly smoothed), so a tube along it stays in a canal whose control points
 * were only taken once per vertebra. Returns the moved points and each point's final distance to the bone.
 * @param line - centreline points, a few millimetres apart
 * @param bone - the surrounding bone
 * @param want - distance to keep from the bone (metres)
 */
export function centreInCanal(
  line: readonly Vec3[],
  bone: Mesh,
  want: number,
): { points: Vec3[]; clearance: number[] } {
  // Triangles binned by 1 cm height slabs so each query only looks at nearby bone.
  const slab = 0.01
  const bins = new Map<number, number[]>()
  for (let t = 0; t < bone.indices.length; t += 3) {
    const ys = [0, 1, 2].map((k) => bone.positions[3 * (bone.indices[t + k] ?? 0) + 1] ?? 0)
    for (let b = Math.floor(Math.min(...ys) / slab); b <= Math.floor(Math.max(...ys) / slab); b++) {
      const list = bins.get(b)
      if (list) list.push(t)
      else bins.set(b, [t])
    }
  }
  const nearest = (p: Vec3): { q: Vec3; d: number } => {
    let best: { q: Vec3; d: number } = { q: p, d: Infinity }
    const b0 = Math.floor(p[1] / slab)
    const seen = new Set<number>()
    for (let b = b0 - 2; b <= b0 + 2; b++)
      for (const t of bins.get(b) ?? []) {
        if (seen.has(t)) continue
        seen.add(t)
        const q = closestOnTriangle(
          p,
          vertex(bone, bone.indices[t] ?? 0),
          vertex(bone, bone.indices[t + 1] ?? 0),
          vertex(bone, bone.indices[t + 2] ?? 0),
        )
        const d = Math.hypot(...sub(p, q))
        if (d < best.d) best = { q, d }
      }
    return best
  }
  let pts = line.map((p): Vec3 => [p[0], p[1], p[2]])
  for (let iter = 0; iter < 16; iter++) {
    const moved = pts.map((p, i): Vec3 => {
      if (i === 0 || i === pts.length - 1) return p
      const { q, d } = nearest(p)
      if (d >= want || d === 0) return p
      const tangent = unit(sub(pts[i + 1] ?? p, pts[i - 1] ?? p))
      let away = sub(p, q)
      away = unit(add(away, tangent, -dot(away, tangent)))
      return add(p, away, 0.5 * (want - d))
    })
    pts = moved.map((p, i): Vec3 => {
      if (i === 0 || i === moved.length - 1) return p
      const a = moved[i - 1] ?? p
      const b = moved[i + 1] ?? p
      return [0, 1, 2].map((k) => ((a[k] ?? 0) + 2 * (p[k] ?? 0) + (b[k] ?? 0)) / 4) as Vec3
    })
  }
  return { points: pts, clearance: pts.map((p) => nearest(p).d) }
}

/**
 * A closed tube along a polyline (Catmull-Rom smoothed), with rounded ends.
 * @param points - control points, in order
 * @param radius - radius at a fraction 0..1 of the length along the tube
 * @param step - spacing of the rings along the tube (metres)
 * @param sides - vertices per ring
 */
export function tube(points: readonly Vec3[], radius: (s: number) => number, step = 0.006, sides = 10): Mesh {
  const dense = catmullRom(points)
  const cum = [0]
  for (let i = 1; i < dense.length; i++)
    cum.push((cum[i - 1] ?? 0) + Math.hypot(...sub(dense[i] ?? [0, 0, 0], dense[i - 1] ?? [0, 0, 0])))
  const length = cum[cum.length - 1] ?? 0
  const at = (s: number): { p: Vec3; t: Vec3 } => {
    let i = 1
    while (i < dense.length - 1 && (cum[i] ?? 0) < s) i++
    const a = dense[i - 1] ?? [0, 0, 0]
    const b = dense[i] ?? [0, 0, 0]
    const f = Math.min(1, Math.max(0, (s - (cum[i - 1] ?? 0)) / Math.max(1e-9, (cum[i] ?? 0) - (cum[i - 1] ?? 0))))
    return { p: [0, 1, 2].map((j) => (a[j] ?? 0) + f * ((b[j] ?? 0) - (a[j] ?? 0))) as Vec3, t: unit(sub(b, a)) }
  }
  // Rings along the tube plus a few shrinking rings past each end for the rounded caps.
  const rings: { p: Vec3; t: Vec3; r: number }[] = []
  const capRings = 3
  const r0 = radius(0)
  const r1 = radius(1)
  const start = at(0)
  for (let k = capRings; k >= 1; k--) {
    const ang = ((k / (capRings + 1)) * Math.PI) / 2
    rings.push({ p: add(start.p, start.t, -r0 * Math.sin(ang)), t: start.t, r: r0 * Math.cos(ang) })
  }
  const count = Math.max(2, Math.ceil(length / step))
  for (let k = 0; k <= count; k++) {
    const s = (k / count) * length
    const { p, t } = at(s)
    rings.push({ p, t, r: radius(s / Math.max(1e-9, length)) })
  }
  const end = at(length)
  for (let k = 1; k <= capRings; k++) {
    const ang = ((k / (capRings + 1)) * Math.PI) / 2
    rings.push({ p: add(end.p, end.t, r1 * Math.sin(ang)), t: end.t, r: r1 * Math.cos(ang) })
  }
  const pos: number[] = []
  const idx: number[] = []
  for (const ring of rings) {
    // The tube runs (nearly) in the sagittal plane: x stays the side direction.
    const side = unit(
      sub(
        [1, 0, 0],
        ring.t.map((v) => v * ring.t[0]),
      ),
    )
    const up = cross(ring.t, side)
    for (let s = 0; s < sides; s++) {
      const a = (s / sides) * 2 * Math.PI
      for (let j = 0; j < 3; j++)
        pos.push((ring.p[j] ?? 0) + ring.r * (Math.cos(a) * (side[j] ?? 0) + Math.sin(a) * (up[j] ?? 0)))
    }
  }
  for (let r = 0; r + 1 < rings.length; r++)
    for (let s = 0; s < sides; s++) {
      const a = r * sides + s
      const b = r * sides + ((s + 1) % sides)
      const c = (r + 1) * sides + s
      const d = (r + 1) * sides + ((s + 1) % sides)
      idx.push(a, b, c, b, d, c)
    }
  // Tips: one vertex at each end closes the caps.
  const tip0 = pos.length / 3
  pos.push(...add(start.p, start.t, -r0))
  const tip1 = pos.length / 3
  pos.push(...add(end.p, end.t, r1))
  const last = (rings.length - 1) * sides
  for (let s = 0; s < sides; s++) {
    idx.push(tip0, (s + 1) % sides, s)
    idx.push(tip1, last + s, last + ((s + 1) % sides))
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) }
}

/**
 * Distances along a ray to every triangle of a mesh it crosses (Moller-Trumbore, both faces), nearest first.
 * @param mesh - triangles
 * @param origin - ray start
 * @param dir - ray direction (unit)
 */
export function rayHits(mesh: Mesh, origin: readonly number[], dir: readonly number[]): number[] {
  const hits: number[] = []
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = vertex(mesh, mesh.indices[t] ?? 0)
    const e1 = sub(vertex(mesh, mesh.indices[t + 1] ?? 0), a)
    const e2 = sub(vertex(mesh, mesh.indices[t + 2] ?? 0), a)
    const h = cross(dir, e2)
    const det = dot(e1, h)
    if (Math.abs(det) < 1e-14) continue
    const sv = sub(origin, a)
    const u = dot(sv, h) / det
    if (u < 0 || u > 1) continue
    const q = cross(sv, e1)
    const v = dot(dir, q) / det
    if (v < 0 || u + v > 1) continue
    const d = dot(e2, q) / det
    if (d > 0) hits.push(d)
  }
  return hits.sort((x, y) => x - y)
}

/** The shortest distance from a point to a triangle mesh's surface (brute force). */
export function distanceToMesh(p: readonly number[], mesh: Mesh): number {
  let best = Infinity
  const idx = mesh.indices
  for (let t = 0; t < idx.length; t += 3) {
    const a = vertex(mesh, idx[t] ?? 0)
    const b = vertex(mesh, idx[t + 1] ?? 0)
    const c = vertex(mesh, idx[t + 2] ?? 0)
    best = Math.min(best, Math.hypot(...sub(p, closestOnTriangle(p, a, b, c))))
  }
  return best
}

/** The point of triangle abc closest to p (Ericson, Real-Time Collision Detection 5.1.5). */
function closestOnTriangle(p: readonly number[], a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return a
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return b
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 - d3 === 0 ? 0 : d1 / (d1 - d3)
    return [a[0] + v * ab[0], a[1] + v * ab[1], a[2] + v * ab[2]]
  }
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return c
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 - d6 === 0 ? 0 : d2 / (d2 - d6)
    return [a[0] + w * ac[0], a[1] + w * ac[1], a[2] + w * ac[2]]
  }
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = d4 - d3 + (d5 - d6) === 0 ? 0 : (d4 - d3) / (d4 - d3 + (d5 - d6))
    return [b[0] + w * (c[0] - b[0]), b[1] + w * (c[1] - b[1]), b[2] + w * (c[2] - b[2])]
  }
  // Degenerate (zero-area) triangle: the nearest of its corners is close enough.
  if (va + vb + vc === 0)
    return [a, b, c].reduce((m, q) => (Math.hypot(...sub(p, q)) < Math.hypot(...sub(p, m)) ? q : m))
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return add(add(a, ab, v), ac, w)
}

/** Where two bones meet: the contact points on `a` and the mean midpoint of the contact pairs. */
export interface Contact {
  /** Mean of the midpoints between each contact vertex of `a` and its nearest vertex of `b`. */
  readonly centre: Vec3
  /** The contact vertices on `a`. */
  readonly points: readonly Vec3[]
}

/**
 * The joint space between two bones: every vertex of `a` whose nearest vertex of `b` lies within `band` of the
 * closest approach, paired with that vertex.
 * @param a - first bone (for ball-and-socket joints, the ball)
 * @param b - second bone
 * @param band - how far past the closest approach still counts as contact (metres)
 */
export function contact(a: Mesh, b: Mesh, band = 0.005): Contact {
  const bb = boundsOf(b)
  const reach = 0.02
  const near: { a: Vec3; b: Vec3; d: number }[] = []
  const nb = b.positions.length / 3
  for (let i = 0; i < a.positions.length / 3; i++) {
    const p = vertex(a, i)
    if (p.some((v, k) => v < (bb.min[k] ?? 0) - reach || v > (bb.max[k] ?? 0) + reach)) continue
    let best = Infinity
    let bj = 0
    for (let j = 0; j < nb; j++) {
      const d =
        (p[0] - (b.positions[3 * j] ?? 0)) ** 2 +
        (p[1] - (b.positions[3 * j + 1] ?? 0)) ** 2 +
        (p[2] - (b.positions[3 * j + 2] ?? 0)) ** 2
      if (d < best) {
        best = d
        bj = j
      }
    }
    near.push({ a: p, b: vertex(b, bj), d: Math.sqrt(best) })
  }
  if (near.length === 0) throw new Error('the bones do not meet')
  const dmin = Math.min(...near.map((n) => n.d))
  const sel = near.filter((n) => n.d <= dmin + band)
  const centre = [0, 1, 2].map((k) => sel.reduce((s, n) => s + ((n.a[k] ?? 0) + (n.b[k] ?? 0)) / 2, 0) / sel.length)
  return { centre: centre as Vec3, points: sel.map((n) => n.a) }
}

/**
 * Least-squares sphere through points (algebraic fit), e.g. a femoral or humeral head from its contact patch.
 * @param points - at least four points not on one plane
 */
export function fitSphere(points: readonly Vec3[]): { centre: Vec3; radius: number } | null {
  // x² + y² + z² + D x + E y + F z + G = 0, normal equations solved by Gauss-Jordan.
  const m = Array.from({ length: 4 }, () => [0, 0, 0, 0, 0])
  for (const p of points) {
    const row = [p[0], p[1], p[2], 1]
    const rhs = -(p[0] ** 2 + p[1] ** 2 + p[2] ** 2)
    for (let i = 0; i < 4; i++) {
      const mi = m[i] ?? []
      for (let j = 0; j < 4; j++) mi[j] = (mi[j] ?? 0) + (row[i] ?? 0) * (row[j] ?? 0)
      mi[4] = (mi[4] ?? 0) + (row[i] ?? 0) * rhs
    }
  }
  for (let i = 0; i < 4; i++) {
    let piv = i
    for (let r = i + 1; r < 4; r++) if (Math.abs(m[r]?.[i] ?? 0) > Math.abs(m[piv]?.[i] ?? 0)) piv = r
    const tmp = m[i] ?? []
    m[i] = m[piv] ?? []
    m[piv] = tmp
    const mi = m[i] ?? []
    if (Math.abs(mi[i] ?? 0) < 1e-15) return null
    for (let r = 0; r < 4; r++) {
      if (r === i) continue
      const mr = m[r] ?? []
      const f = (mr[i] ?? 0) / (mi[i] ?? 1)
      for (let c = i; c < 5; c++) mr[c] = (mr[c] ?? 0) - f * (mi[c] ?? 0)
    }
  }
  const s = [0, 1, 2, 3].map((i) => (m[i]?.[4] ?? 0) / (m[i]?.[i] ?? 1))
  const centre: Vec3 = [-(s[0] ?? 0) / 2, -(s[1] ?? 0) / 2, -(s[2] ?? 0) / 2]
  const r2 = dot(centre, centre) - (s[3] ?? 0)
  return r2 > 0 ? { centre, radius: Math.sqrt(r2) } : null
}

/**
 * Spheres at the given centres, merged into one mesh.
 * @param markers - centre and radius of each sphere
 */
export function spheres(markers: readonly { centre: Vec3; radius: number }[]): Mesh {
  return mergeMeshes(markers.map((m) => ellipsoid(m.centre, [m.radius, m.radius, m.radius])))
}

/**
 * The surface moved inward along its smooth vertex normals (a shell under it). The mesh must be welded and its
 * triangles wound consistently; the direction of "inward" is taken from the sign of the enclosed volume.
 * @param mesh - closed surface
 * @param depth - how far inward (metres)
 */
export function offsetInward(mesh: Mesh, depth: number): Mesh {
  const n = vertexNormals(mesh)
  const p = mesh.positions
  let volume = 0
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = vertex(mesh, mesh.indices[t] ?? 0)
    const b = vertex(mesh, mesh.indices[t + 1] ?? 0)
    const c = vertex(mesh, mesh.indices[t + 2] ?? 0)
    volume += dot(a, cross(b, c)) / 6
  }
  // Outward-wound (positive volume): normals point out, so step against them.
  const k = volume >= 0 ? -depth : depth
  const out = new Float32Array(p.length)
  for (let i = 0; i < p.length; i++) out[i] = (p[i] ?? 0) + k * (n[i] ?? 0)
  return { positions: out, indices: mesh.indices }
}
