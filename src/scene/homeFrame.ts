/**
 * How far the home view stands from the body (three-free, so the loading preview frames the body exactly as the
 * scene's home pose does: cameraMath.ts `homePose`, preview/drawPreview.ts).
 */

/** The camera's vertical field of view (degrees), the same for the scene and the preview. */
export const CAMERA_FOV = 35

/**
 * The distance from the body's centre that fits the whole figure with a small margin, looking along -Z.
 * @param size - the body's extent (metres) along x, y, z
 * @param fovDeg - vertical field of view
 * @param aspect - canvas width / height
 */
export function homeDistance(size: readonly [number, number, number], fovDeg: number, aspect: number): number {
  const tan = Math.tan((fovDeg * Math.PI) / 180 / 2)
  const fitHeight = (size[1] * 1.08) / 2 / tan
  const fitWidth = (size[0] * 1.1) / 2 / (tan * Math.max(aspect, 0.1))
  return Math.max(fitHeight, fitWidth) + size[2] / 2
}
