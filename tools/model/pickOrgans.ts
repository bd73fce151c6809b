/**
 * One click point per organ node.
 */
import { ORGANS, type OrganId } from '../../src/anatomy/organIds.ts'
import { pickBehindOccluders } from './pickBehindOccluders.ts'
import type { PickScene } from './pickScene.ts'
import { pickSkinLayer } from './pickSkinLayer.ts'
import { pickIn, type IdBuffer, type PickCandidate } from './raster.ts'

/** Every organ's pick, and for organs covered from every side the organs to hide first. */
export interface OrganPicks {
  readonly picks: Map<OrganId, PickCandidate>
  readonly occluders: Map<OrganId, OrganId[]>
}

/**
 * Finds each organ's pick: the front (the default camera) whenever the organ shows there with enough clearance for
 * a click, else the side with the most clearance, else a pick behind the fewest hidden organs.
 * @param scene - the pick scene
 * @param buffers - the rasters of every view (rasteriseViews)
 */
export function pickOrgans(scene: PickScene, buffers: ReadonlyMap<string, IdBuffer>): OrganPicks {
  const { order, views } = scene
  const picks = new Map<OrganId, PickCandidate>()
  const occluders = new Map<OrganId, OrganId[]>()
  for (const id of order) {
    if (scene.isSkinLayer(id)) continue
    const s = ORGANS[id].sex
    const key = s === 'male' ? 'male' : s === 'female' ? 'female' : 'all'
    const cands = views
      .map((v) => {
        const buf = buffers.get(`${key}:${v}`)
        return buf ? pickIn(buf, order.indexOf(id)) : null
      })
      .filter((c): c is PickCandidate => c !== null)
    const front = cands.find((c) => c.from === 'front')
    const best = [...cands].sort((a, b) => b.clearance - a.clearance)[0]
    // Prefer the front (the default camera) whenever the organ shows there with enough clearance for a click.
    const chosen =
      front && front.clearance >= scene.minClearance
        ? front
        : best && best.clearance >= scene.minClearance
          ? best
          : null
    if (chosen) {
      picks.set(id, chosen)
      continue
    }
    const fallback = pickBehindOccluders(scene, id, key)
    picks.set(id, fallback.cand)
    occluders.set(id, fallback.hidden)
  }
  pickSkinLayer(scene, picks)
  return { picks, occluders }
}
