/**
 * The ID/depth rasters the picks are searched in.
 */
import type { PickScene } from './pickScene.ts'
import { rasterise, type IdBuffer } from './raster.ts'

/**
 * Rasterises every organ outside the skin layer per view, once for all organs, once per sex (opposite-sex organs
 * are not shown to that patient, so they cannot occlude). The skin layer (skin, body fat) is never hit by the
 * app's rays. Organs drawn only where the record places something (joint markers) still count as occluders, so
 * every pick also works when they are drawn.
 * @param scene - the pick scene
 * @returns rasters keyed `sex:view`
 */
export function rasteriseViews(scene: PickScene): Map<string, IdBuffer> {
  const buffers = new Map<string, IdBuffer>()
  for (const sex of ['all', 'male', 'female'] as const)
    for (const v of scene.views)
      buffers.set(`${sex}:${v}`, rasterise(scene.meshesFor(sex), v, scene.resolution, scene.bodyBox))
  return buffers
}
