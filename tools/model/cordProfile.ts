/**
 * The radius of the spinal cord stand-in along its length.
 */

type Vec3 = [number, number, number]

/** Distances along the cord's centreline and its radius as a function of the fraction of its length. */
export interface CordProfile {
  /** Distance from the first centreline point to each point, metres. */
  readonly along: readonly number[]
  /** Length of the centreline, metres. */
  readonly length: number
  /** Radius at a fraction 0..1 of the length. */
  readonly radius: (f: number) => number
}

/**
 * The cord narrows a little where the canal is tight and tapers to half over its last 12 % (the conus).
 * @param centred - the centreline and each point's distance to the bone
 * @param cordRadius - the radius where the canal has room (metres)
 * @param boneGap - the least room to keep between cord and bone (metres)
 */
export function cordProfile(
  centred: { readonly points: readonly Vec3[]; readonly clearance: readonly number[] },
  cordRadius: number,
  boneGap: number,
): CordProfile {
  const along = [0]
  for (let i = 1; i < centred.points.length; i++) {
    const a = centred.points[i - 1] ?? [0, 0, 0]
    const b = centred.points[i] ?? [0, 0, 0]
    along.push((along[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]))
  }
  const cordLength = along[along.length - 1] ?? 1
  // Room per point: the least clearance within 8 mm, then averaged over 12 mm, so the cord narrows smoothly.
  const window = (values: readonly number[], half: number, f: (w: number[]) => number): number[] =>
    values.map((_, i) => f(values.slice(Math.max(0, i - half), i + half + 1)))
  const room = window(
    window(centred.clearance, 2, (w) => Math.min(...w)),
    3,
    (w) => w.reduce((a, b) => a + b, 0) / w.length,
  )
  const radius = (f: number): number => {
    const s = f * cordLength
    let i = 1
    while (i < along.length - 1 && (along[i] ?? 0) < s) i++
    const t = Math.min(
      1,
      Math.max(0, (s - (along[i - 1] ?? 0)) / Math.max(1e-9, (along[i] ?? 0) - (along[i - 1] ?? 0))),
    )
    const space = (room[i - 1] ?? 0) * (1 - t) + (room[i] ?? 0) * t
    // The conus: over the last 12 % the radius falls to half.
    const taper = Math.min(1, Math.max(0, (f - 0.88) / 0.12))
    const r = cordRadius * (1 - 0.5 * (0.5 - 0.5 * Math.cos(Math.PI * taper)))
    return Math.max(0.0025, Math.min(r, space - boneGap))
  }
  return { along, length: cordLength, radius }
}
