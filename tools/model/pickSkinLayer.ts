/**
 * The picks of the skin layer (skin and body fat).
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import type { PickScene } from './pickScene.ts'
import { pickIn, rasterise, type PickCandidate } from './raster.ts'

/**
 * The skin is clicked from the front at its own first hit (rasterised alone); other skin-layer nodes (the fat
 * under the skin) at their first hit from the front over the organs (breasts lie in it).
 * @param scene - the pick scene
 * @param picks - picks by organ (the skin layer's are added)
 */
export function pickSkinLayer(scene: PickScene, picks: Map<OrganId, PickCandidate>): void {
  const { order } = scene
  const skinFront = rasterise(scene.skinOnly, 'front', scene.resolution, scene.bodyBox)
  const skinPick = pickIn(skinFront, order.indexOf('skin'))
  if (skinPick) picks.set('skin', skinPick)
  for (const id of order) {
    if (!scene.isSkinLayer(id) || id === 'skin') continue
    const withIt = scene.meshesFor('all').map((m, i) => (order[i] === id ? scene.mesh(id) : m))
    const cand = pickIn(rasterise(withIt, 'front', scene.resolution, scene.bodyBox), order.indexOf(id))
    if (!cand) throw new Error(`${id} is not visible from the front`)
    picks.set(id, cand)
  }
}
