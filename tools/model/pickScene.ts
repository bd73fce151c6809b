/**
 * What the pick search rasterises: the organs in OrganId order, the four views and the body's bounds.
 */
import { ORGANS, ORGAN_IDS, type OrganId } from '../../src/anatomy/organIds.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { boundsOf, type Box, type Mesh } from './mesh.ts'
import type { ViewFrom } from './raster.ts'

/** Which organs a rasterisation draws: all, or leaving out the other sex's organs. */
export type PickSex = 'all' | 'male' | 'female'

/** The organs and settings every pick rasterisation shares. */
export interface PickScene {
  /** Organ ids in OrganId order; a raster's organ index is the index in this list. */
  readonly order: readonly OrganId[]
  readonly views: readonly ViewFrom[]
  /** Bounds of `skin`: the rasters' frame. */
  readonly bodyBox: Box
  /** The skin as loaded (lifted, not simplified): the skin pick and the preview silhouette use it. */
  readonly skin: Mesh
  /** Only `skin`, at the skin's index. */
  readonly skinOnly: readonly (Mesh | null)[]
  /** Pixel size of the pick rasters (metres). */
  readonly resolution: number
  /** A pick needs this much room (metres) to its region's edge so a perspective click still lands on the organ. */
  readonly minClearance: number
  /** The built mesh of an organ. */
  mesh(id: OrganId): Mesh
  /** Skin and body fat: never hit by the app's rays. */
  isSkinLayer(id: OrganId): boolean
  /** Every organ's mesh outside the skin layer (null elsewhere), leaving out the other sex's organs. */
  meshesFor(sex: PickSex): (Mesh | null)[]
}

/**
 * The pick scene of the simplified organs.
 * @param organs - every built organ, simplified and snapped
 * @param skin - the skin as loaded, before simplification
 */
export function pickScene(organs: ReadonlyMap<OrganId, BuiltOrgan>, skin: Mesh): PickScene {
  const order = [...ORGAN_IDS]
  const isSkinLayer = (id: OrganId): boolean => ORGANS[id].layer === 'skin'
  const mesh = (id: OrganId): Mesh => builtOrgan(organs, id).mesh
  return {
    order,
    views: ['front', 'back', 'left', 'right'],
    bodyBox: boundsOf(skin),
    skin,
    skinOnly: order.map((id) => (id === 'skin' ? skin : null)),
    resolution: 0.002,
    minClearance: 0.005,
    mesh,
    isSkinLayer,
    meshesFor: (sex) =>
      order.map((id) => {
        const s = ORGANS[id].sex
        if (isSkinLayer(id) || (sex === 'male' && s === 'female') || (sex === 'female' && s === 'male')) return null
        return mesh(id)
      }),
  }
}
