/**
 * Rigid-plus-scale (similarity) and affine ICP registration of one point set onto another, used to carry the HRA
 * female pelvic organs into the BodyParts3D body via a fit of the HRA pelvis onto the BP3D hips and sacrum.
 */
import type { Affine } from './mesh.ts'

type Vec3 = [number, number, number]

/** Result of a registration: the map and its residuals (nearest-target-point distances, metres). */
export interface Registration {
  readonly transform: Affine
  readonly meanResidual: number
  readonly maxResidual: number
  readonly p95Residual: number
  readonly iterations: number
}

/** Nearest-point lookup on a uniform grid (targets are a few thousand points, so this is plenty fast). */
class PointGrid {
  private readonly cells = new Map<string, number[]>()
  constructor(
    private readonly pts: Float32Array,
    private readonly cell: number,
  ) {
    for (let i = 0; i < pts.length / 3; i++) {
      const key = this.key(pts[3 * i] ?? 0, pts[3 * i + 1] ?? 0, pts[3 * i + 2] ?? 0, 0, 0, 0)
      const list = this.cells.get(key)
      if (list) list.push(i)
      else this.cells.set(key, [i])
    }
  }
  private key(x: number, y: number, z: number, dx: number, dy: number, dz: number): string {
    return `${Math.floor(x / this.cell) + dx},${Math.floor(y / this.cell) + dy},${Math.floor(z / this.cell) + dz}`
  }
  /** Nearest point index and distance; searches growing shells until a hit is certain. */
  nearest(x: number, y: number, z: number): [number, number] {
    let best = -1
    let bestD = Infinity
    for (let r = 0; r < 64; r++) {
      for (let dx = -r; dx <= r; dx++)
        for (let dy = -r; dy <= r; dy++)
          for (let dz = -r; dz <= r; dz++) {
            if (Math.max(Math.abs(dx), Math.abs(dy), Math.abs(dz)) !== r) continue
            const list = this.cells.get(this.key(x, y, z, dx, dy, dz))
            if (!list) continue
            for (const i of list) {
              const d = Math.hypot(
                (this.pts[3 * i] ?? 0) - x,
                (this.pts[3 * i + 1] ?? 0) - y,
                (this.pts[3 * i + 2] ?? 0) - z,
              )
              if (d < bestD) {
                bestD = d
                best = i
              }
            }
          }
      // Anything outside shell r is at least r * cell away.
      if (best >= 0 && bestD <= r * this.cell) break
    }
    return [best, bestD]
  }
}

/**
 * Applies an affine map to a point.
 * @param m - row-major 3x4 map
 * @param p - point
 */
export function applyAffine(m: Affine, p: readonly [number, number, number]): Vec3 {
  return [
    m[0] * p[0] + m[1] * p[1] + m[2] * p[2] + m[3],
    m[4] * p[0] + m[5] * p[1] + m[6] * p[2] + m[7],
    m[8] * p[0] + m[9] * p[1] + m[10] * p[2] + m[11],
  ]
}

/** Reads a flat array element, 0 when out of range (keeps the matrix code free of non-null assertions). */
const g = (a: ArrayLike<number>, i: number): number => a[i] ?? 0

/** Largest-eigenvalue eigenvector of a symmetric 4x4 matrix (flat, row-major), by cyclic Jacobi rotations. */
function topEigenvector4(input: readonly number[]): number[] {
  const n = 4
  const m = [...input]
  const v = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += g(m, p * n + q) ** 2
    if (off < 1e-20) break
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const mpq = g(m, p * n + q)
        if (Math.abs(mpq) < 1e-30) continue
        const theta = (g(m, q * n + q) - g(m, p * n + p)) / (2 * mpq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const kp = g(m, k * n + p)
          const kq = g(m, k * n + q)
          m[k * n + p] = c * kp - s * kq
          m[k * n + q] = s * kp + c * kq
        }
        for (let k = 0; k < n; k++) {
          const pk = g(m, p * n + k)
          const qk = g(m, q * n + k)
          m[p * n + k] = c * pk - s * qk
          m[q * n + k] = s * pk + c * qk
        }
        for (let k = 0; k < n; k++) {
          const kp = g(v, k * n + p)
          const kq = g(v, k * n + q)
          v[k * n + p] = c * kp - s * kq
          v[k * n + q] = s * kp + c * kq
        }
      }
  }
  let best = 0
  for (let i = 1; i < n; i++) if (g(m, i * n + i) > g(m, best * n + best)) best = i
  return [0, 1, 2, 3].map((k) => g(v, k * n + best))
}

function toAffine(m: readonly number[]): Affine {
  return [g(m, 0), g(m, 1), g(m, 2), g(m, 3), g(m, 4), g(m, 5), g(m, 6), g(m, 7), g(m, 8), g(m, 9), g(m, 10), g(m, 11)]
}

function centroid(pts: readonly Vec3[]): Vec3 {
  const c: Vec3 = [0, 0, 0]
  for (const p of pts) {
    c[0] += p[0] / pts.length
    c[1] += p[1] / pts.length
    c[2] += p[2] / pts.length
  }
  return c
}

/** Best similarity map src -> dst for paired points (Horn's quaternion method plus least-squares scale). */
function similarityFit(src: readonly Vec3[], dst: readonly Vec3[]): Affine {
  const cs = centroid(src)
  const cd = centroid(dst)
  // Cross-covariance S (flat 3x3) of the centred pairs.
  const S = new Array<number>(9).fill(0)
  let srcVar = 0
  src.forEach((p, i) => {
    const q = dst[i] ?? cd
    const a = [p[0] - cs[0], p[1] - cs[1], p[2] - cs[2]]
    const b = [q[0] - cd[0], q[1] - cd[1], q[2] - cd[2]]
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) S[r * 3 + c] = g(S, r * 3 + c) + g(a, r) * g(b, c)
    srcVar += g(a, 0) ** 2 + g(a, 1) ** 2 + g(a, 2) ** 2
  })
  const s = (r: number, c: number): number => g(S, r * 3 + c)
  const N = [
    s(0, 0) + s(1, 1) + s(2, 2),
    s(1, 2) - s(2, 1),
    s(2, 0) - s(0, 2),
    s(0, 1) - s(1, 0),
    s(1, 2) - s(2, 1),
    s(0, 0) - s(1, 1) - s(2, 2),
    s(0, 1) + s(1, 0),
    s(2, 0) + s(0, 2),
    s(2, 0) - s(0, 2),
    s(0, 1) + s(1, 0),
    -s(0, 0) + s(1, 1) - s(2, 2),
    s(1, 2) + s(2, 1),
    s(0, 1) - s(1, 0),
    s(2, 0) + s(0, 2),
    s(1, 2) + s(2, 1),
    -s(0, 0) - s(1, 1) + s(2, 2),
  ]
  const [w = 1, x = 0, y = 0, z = 0] = topEigenvector4(N)
  const R = [
    w * w + x * x - y * y - z * z,
    2 * (x * y - w * z),
    2 * (x * z + w * y),
    2 * (x * y + w * z),
    w * w - x * x + y * y - z * z,
    2 * (y * z - w * x),
    2 * (x * z - w * y),
    2 * (y * z + w * x),
    w * w - x * x - y * y + z * z,
  ]
  // Least-squares scale: sum(b . R a) / sum(|a|^2) = trace(R S) / srcVar.
  let num = 0
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) num += g(R, r * 3 + c) * s(c, r)
  const scale = num / srcVar
  const m: number[] = []
  for (let r = 0; r < 3; r++) {
    const rx = g(R, r * 3)
    const ry = g(R, r * 3 + 1)
    const rz = g(R, r * 3 + 2)
    m.push(scale * rx, scale * ry, scale * rz, g(cd, r) - scale * (rx * cs[0] + ry * cs[1] + rz * cs[2]))
  }
  return toAffine(m)
}

/** Solves a small dense system A x = b (A flat n x n, row-major) by Gaussian elimination with partial pivoting. */
function solve(A: readonly number[], b: readonly number[]): number[] {
  const n = b.length
  const w = n + 1
  const m: number[] = []
  for (let r = 0; r < n; r++) m.push(...A.slice(r * n, r * n + n), g(b, r))
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(g(m, r * w + c)) > Math.abs(g(m, p * w + c))) p = r
    for (let k = 0; k < w; k++) {
      const t = g(m, c * w + k)
      m[c * w + k] = g(m, p * w + k)
      m[p * w + k] = t
    }
    for (let r = c + 1; r < n; r++) {
      const f = g(m, r * w + c) / g(m, c * w + c)
      for (let k = c; k < w; k++) m[r * w + k] = g(m, r * w + k) - f * g(m, c * w + k)
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let acc = g(m, r * w + n)
    for (let k = r + 1; k < n; k++) acc -= g(m, r * w + k) * g(x, k)
    x[r] = acc / g(m, r * w + r)
  }
  return x
}

/** Best affine map src -> dst for paired points (ordinary least squares per output row). */
function affineFit(src: readonly Vec3[], dst: readonly Vec3[]): Affine {
  const ata = new Array<number>(16).fill(0)
  const atb = new Array<number>(12).fill(0)
  src.forEach((p, i) => {
    const q = dst[i] ?? p
    const h = [p[0], p[1], p[2], 1]
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) ata[r * 4 + c] = g(ata, r * 4 + c) + g(h, r) * g(h, c)
      for (let k = 0; k < 3; k++) atb[k * 4 + r] = g(atb, k * 4 + r) + g(h, r) * g(q, k)
    }
  })
  return toAffine([0, 1, 2].flatMap((k) => solve(ata, atb.slice(k * 4, k * 4 + 4))))
}

function subsample(points: Float32Array, maxCount: number): Vec3[] {
  const n = points.length / 3
  const step = Math.max(1, Math.floor(n / maxCount))
  const out: Vec3[] = []
  for (let i = 0; i < n; i += step) out.push([points[3 * i] ?? 0, points[3 * i + 1] ?? 0, points[3 * i + 2] ?? 0])
  return out
}

/**
 * Registers `source` points onto `target` points: centroid + bounding-box scale start (both sets share the glTF
 * axis convention), similarity ICP, then optional affine ICP. Residuals are source-to-nearest-target distances.
 * @param source - points to move (flat xyz)
 * @param target - fixed points (flat xyz)
 * @param affine - refine with a full affine map after the similarity fit
 */
export function registerPoints(source: Float32Array, target: Float32Array, affine: boolean): Registration {
  const src = subsample(source, 4000)
  const grid = new PointGrid(target, 0.005)
  const box = (pts: readonly Vec3[]): [Vec3, Vec3] => {
    const lo: Vec3 = [Infinity, Infinity, Infinity]
    const hi: Vec3 = [-Infinity, -Infinity, -Infinity]
    for (const p of pts) {
      lo[0] = Math.min(lo[0], p[0])
      lo[1] = Math.min(lo[1], p[1])
      lo[2] = Math.min(lo[2], p[2])
      hi[0] = Math.max(hi[0], p[0])
      hi[1] = Math.max(hi[1], p[1])
      hi[2] = Math.max(hi[2], p[2])
    }
    return [lo, hi]
  }
  const [slo, shi] = box(src)
  const [tlo, thi] = box(subsample(target, Infinity))
  const sc = Math.cbrt(
    ((thi[0] - tlo[0]) * (thi[1] - tlo[1]) * (thi[2] - tlo[2])) /
      ((shi[0] - slo[0]) * (shi[1] - slo[1]) * (shi[2] - slo[2])),
  )
  let m: Affine = [
    sc,
    0,
    0,
    (tlo[0] + thi[0]) / 2 - (sc * (slo[0] + shi[0])) / 2,
    0,
    sc,
    0,
    (tlo[1] + thi[1]) / 2 - (sc * (slo[1] + shi[1])) / 2,
    0,
    0,
    sc,
    (tlo[2] + thi[2]) / 2 - (sc * (slo[2] + shi[2])) / 2,
  ]
  let iterations = 0
  const round = (fit: (a: Vec3[], b: Vec3[]) => Affine, count: number): void => {
    for (let it = 0; it < count; it++) {
      iterations++
      const moved = src.map((p) => applyAffine(m, p))
      const pairs = moved.map((p) => grid.nearest(p[0], p[1], p[2]))
      // Trim the worst 10 % of pairs: the female and male pelves differ in shape, and outliers drag the fit.
      const sorted = pairs.map((p) => p[1]).sort((a, b) => a - b)
      const cut = sorted[Math.floor(sorted.length * 0.9)] ?? Infinity
      const a: Vec3[] = []
      const b: Vec3[] = []
      pairs.forEach(([i, d], k) => {
        const p = src[k]
        if (d > cut || !p) return
        a.push(p)
        b.push([target[3 * i] ?? 0, target[3 * i + 1] ?? 0, target[3 * i + 2] ?? 0])
      })
      m = fit(a, b)
    }
  }
  round(similarityFit, 40)
  if (affine) round(affineFit, 20)
  const all = subsample(source, Infinity).map((p) => applyAffine(m, p))
  const d = all.map((p) => grid.nearest(p[0], p[1], p[2])[1]).sort((x, y) => x - y)
  return {
    transform: m,
    meanResidual: d.reduce((s, v) => s + v, 0) / d.length,
    maxResidual: d[d.length - 1] ?? 0,
    p95Residual: d[Math.floor(d.length * 0.95)] ?? 0,
    iterations,
  }
}
