/**
 * A tiny orthographic ID/depth rasteriser over the organ meshes. It finds a clickable pick point per organ (a pixel
 * whose first non-skin hit along the view ray is that organ, as far as possible from the region's edge) and draws
 * preview images of the built body.
 */
import { deflateSync } from 'node:zlib'
import type { Mesh } from './mesh.ts'

/** Directions a view ray can come from (the viewer stands on that side of the body). */
export type ViewFrom = 'front' | 'back' | 'left' | 'right'

/** A rasterised view: organ index per pixel (-1 = none) and the depth of the nearest surface. */
export interface IdBuffer {
  readonly from: ViewFrom
  readonly width: number
  readonly height: number
  readonly res: number
  readonly u0: number
  readonly v0: number
  readonly ids: Int16Array
  readonly depth: Float32Array
}

/** Maps body-space xyz to (u, v, depth) for a view; depth grows towards the viewer. */
function toView(from: ViewFrom, x: number, y: number, z: number): [number, number, number] {
  switch (from) {
    case 'front':
      return [x, y, z]
    case 'back':
      return [-x, y, -z]
    case 'left':
      return [-z, y, x]
    case 'right':
      return [z, y, -x]
  }
}

/** Inverse of toView. */
function fromView(from: ViewFrom, u: number, v: number, d: number): [number, number, number] {
  switch (from) {
    case 'front':
      return [u, v, d]
    case 'back':
      return [-u, v, -d]
    case 'left':
      return [d, v, -u]
    case 'right':
      return [-d, v, u]
  }
}

/**
 * Rasterises meshes (index = organ index) into an ID/depth buffer covering the given body-space box.
 * @param meshes - meshes to draw; null entries are skipped
 * @param from - view side
 * @param res - metres per pixel
 * @param box - body-space bounds to cover
 * @param box.min - lower corner
 * @param box.max - upper corner
 */
export function rasterise(
  meshes: readonly (Mesh | null)[],
  from: ViewFrom,
  res: number,
  box: { min: readonly number[]; max: readonly number[] },
): IdBuffer {
  const corners: [number, number, number][] = []
  for (const x of [box.min[0] ?? 0, box.max[0] ?? 0])
    for (const y of [box.min[1] ?? 0, box.max[1] ?? 0])
      for (const z of [box.min[2] ?? 0, box.max[2] ?? 0]) corners.push(toView(from, x, y, z))
  const u0 = Math.min(...corners.map((c) => c[0])) - 2 * res
  const u1 = Math.max(...corners.map((c) => c[0])) + 2 * res
  const v0 = Math.min(...corners.map((c) => c[1])) - 2 * res
  const v1 = Math.max(...corners.map((c) => c[1])) + 2 * res
  const width = Math.ceil((u1 - u0) / res)
  const height = Math.ceil((v1 - v0) / res)
  const ids = new Int16Array(width * height).fill(-1)
  const depth = new Float32Array(width * height).fill(-Infinity)
  meshes.forEach((mesh, organ) => {
    if (!mesh) return
    const p = mesh.positions
    const proj = new Float32Array(p.length)
    for (let i = 0; i < p.length; i += 3) {
      const [u, v, d] = toView(from, p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0)
      proj[i] = (u - u0) / res - 0.5
      proj[i + 1] = (v - v0) / res - 0.5
      proj[i + 2] = d
    }
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const a = 3 * (mesh.indices[t] ?? 0)
      const b = 3 * (mesh.indices[t + 1] ?? 0)
      const c = 3 * (mesh.indices[t + 2] ?? 0)
      const ax = proj[a] ?? 0
      const ay = proj[a + 1] ?? 0
      const bx = proj[b] ?? 0
      const by = proj[b + 1] ?? 0
      const cx = proj[c] ?? 0
      const cy = proj[c + 1] ?? 0
      const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
      if (Math.abs(area) < 1e-12) continue
      const minX = Math.max(0, Math.ceil(Math.min(ax, bx, cx)))
      const maxX = Math.min(width - 1, Math.floor(Math.max(ax, bx, cx)))
      const minY = Math.max(0, Math.ceil(Math.min(ay, by, cy)))
      const maxY = Math.min(height - 1, Math.floor(Math.max(ay, by, cy)))
      for (let py = minY; py <= maxY; py++)
        for (let px = minX; px <= maxX; px++) {
          // Both windings count: organs are seen from either side and some source meshes are open.
          const w0 = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area
          const w1 = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area
          const w2 = 1 - w0 - w1
          if (w0 < 0 || w1 < 0 || w2 < 0) continue
          const d = w0 * (proj[a + 2] ?? 0) + w1 * (proj[b + 2] ?? 0) + w2 * (proj[c + 2] ?? 0)
          const k = py * width + px
          if (d > (depth[k] ?? -Infinity)) {
            depth[k] = d
            ids[k] = organ
          }
        }
    }
  })
  return { from, width, height, res, u0, v0, ids, depth }
}

/** A pick candidate: body-space point on the organ's visible surface and its clearance to the region edge. */
export interface PickCandidate {
  readonly from: ViewFrom
  readonly point: [number, number, number]
  /** Distance in metres from the pick pixel to the nearest pixel not showing this organ. */
  readonly clearance: number
  /** Number of pixels where this organ is the first hit. */
  readonly pixels: number
}

/**
 * Finds the pixel of `organ` that is farthest from any other pixel (chamfer distance transform), i.e. the safest
 * point to click, and lifts it back to body space using the stored depth.
 * @param buf - rasterised view
 * @param organ - organ index
 */
export function pickIn(buf: IdBuffer, organ: number): PickCandidate | null {
  const { width, height } = buf
  const dist = new Float32Array(width * height)
  let pixels = 0
  for (let i = 0; i < dist.length; i++) {
    const inside = buf.ids[i] === organ
    if (inside) pixels++
    dist[i] = inside ? 1e9 : 0
  }
  if (pixels === 0) return null
  const D = Math.SQRT2
  const at = (x: number, y: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? 0 : (dist[y * width + x] ?? 0)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const k = y * width + x
      if (dist[k] === 0) continue
      dist[k] = Math.min(dist[k] ?? 0, at(x - 1, y) + 1, at(x, y - 1) + 1, at(x - 1, y - 1) + D, at(x + 1, y - 1) + D)
    }
  let best = -1
  let bestD = -1
  for (let y = height - 1; y >= 0; y--)
    for (let x = width - 1; x >= 0; x--) {
      const k = y * width + x
      if (dist[k] === 0) continue
      dist[k] = Math.min(dist[k] ?? 0, at(x + 1, y) + 1, at(x, y + 1) + 1, at(x + 1, y + 1) + D, at(x - 1, y + 1) + D)
      if ((dist[k] ?? 0) > bestD) {
        bestD = dist[k] ?? 0
        best = k
      }
    }
  const px = best % width
  const py = Math.floor(best / width)
  const u = buf.u0 + (px + 0.5) * buf.res
  const v = buf.v0 + (py + 0.5) * buf.res
  const point = fromView(buf.from, u, v, buf.depth[best] ?? 0)
  return { from: buf.from, point, clearance: bestD * buf.res, pixels }
}

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/**
 * Encodes an RGB image as PNG.
 * @param width - pixels
 * @param height - pixels
 * @param rgb - width * height * 3 bytes, top row first
 */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1)
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(td))
    return Buffer.concat([len, td, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * Paints an ID buffer into an RGB image (rows flipped so +Y is up), shading by depth; `under` pixels (e.g. the
 * skin silhouette) are drawn light grey where no organ is.
 * @param buf - organ ID buffer
 * @param colours - RGB per organ index
 * @param under - optional silhouette buffer of the same view and frame
 */
export function paint(
  buf: IdBuffer,
  colours: readonly (readonly [number, number, number])[],
  under?: IdBuffer,
): Uint8Array {
  const out = new Uint8Array(buf.width * buf.height * 3).fill(255)
  let dmin = Infinity
  let dmax = -Infinity
  for (let i = 0; i < buf.ids.length; i++)
    if ((buf.ids[i] ?? -1) >= 0) {
      dmin = Math.min(dmin, buf.depth[i] ?? 0)
      dmax = Math.max(dmax, buf.depth[i] ?? 0)
    }
  for (let y = 0; y < buf.height; y++)
    for (let x = 0; x < buf.width; x++) {
      const k = y * buf.width + x
      const o = ((buf.height - 1 - y) * buf.width + x) * 3
      const id = buf.ids[k] ?? -1
      if (id >= 0) {
        const shade = 0.55 + (0.45 * ((buf.depth[k] ?? 0) - dmin)) / Math.max(1e-6, dmax - dmin)
        const c = colours[id] ?? [128, 128, 128]
        out[o] = c[0] * shade
        out[o + 1] = c[1] * shade
        out[o + 2] = c[2] * shade
      } else if (under && (under.ids[k] ?? -1) >= 0) out.fill(225, o, o + 3)
    }
  return out
}
