/**
 * Surface sampling for the pelvis registration.
 */
import type { Mesh } from './mesh.ts'

/**
 * Points spread over a surface: every vertex plus evenly spaced points inside large triangles, thinned to one
 * point per `spacing`-sized voxel so dense and coarse meshes weigh alike in the fit.
 * @param mesh - the surface
 * @param spacing - voxel size (metres)
 */
export function sampleSurface(mesh: Mesh, spacing: number): Float32Array {
  const out: number[] = []
  const seen = new Set<string>()
  const add = (x: number, y: number, z: number): void => {
    const key = `${Math.floor(x / spacing)},${Math.floor(y / spacing)},${Math.floor(z / spacing)}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(x, y, z)
  }
  const p = mesh.positions
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = 3 * (mesh.indices[t] ?? 0)
    const b = 3 * (mesh.indices[t + 1] ?? 0)
    const c = 3 * (mesh.indices[t + 2] ?? 0)
    const edge = Math.max(
      Math.hypot((p[a] ?? 0) - (p[b] ?? 0), (p[a + 1] ?? 0) - (p[b + 1] ?? 0), (p[a + 2] ?? 0) - (p[b + 2] ?? 0)),
      Math.hypot((p[c] ?? 0) - (p[b] ?? 0), (p[c + 1] ?? 0) - (p[b + 1] ?? 0), (p[c + 2] ?? 0) - (p[b + 2] ?? 0)),
      Math.hypot((p[a] ?? 0) - (p[c] ?? 0), (p[a + 1] ?? 0) - (p[c + 1] ?? 0), (p[a + 2] ?? 0) - (p[c + 2] ?? 0)),
    )
    const n = Math.max(1, Math.ceil(edge / spacing))
    for (let i = 0; i <= n; i++)
      for (let j = 0; i + j <= n; j++) {
        const u = i / n
        const v = j / n
        const w = 1 - u - v
        add(
          w * (p[a] ?? 0) + u * (p[b] ?? 0) + v * (p[c] ?? 0),
          w * (p[a + 1] ?? 0) + u * (p[b + 1] ?? 0) + v * (p[c + 1] ?? 0),
          w * (p[a + 2] ?? 0) + u * (p[b + 2] ?? 0) + v * (p[c + 2] ?? 0),
        )
      }
  }
  return new Float32Array(out)
}
