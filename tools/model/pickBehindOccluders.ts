/**
 * The pick of an organ covered from every side.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import type { PickScene, PickSex } from './pickScene.ts'
import { pickIn, rasterise, type PickCandidate } from './raster.ts'

/** A pick and the organs that must be hidden for it to be the first hit. */
export interface HiddenPick {
  readonly cand: PickCandidate
  readonly hidden: OrganId[]
}

/**
 * Fully covered from every side (e.g. an ovary behind bowel and hip bone): leaves out the organs in front of it,
 * one at a time, and records them so the app/e2e know which layers or organs to hide before clicking.
 * @param scene - the pick scene
 * @param id - the covered organ
 * @param key - which organs are drawn (the organ's sex, or all)
 */
export function pickBehindOccluders(scene: PickScene, id: OrganId, key: PickSex): HiddenPick {
  const { order } = scene
  let fallback: { cand: PickCandidate; hidden: OrganId[] } | null = null
  for (const v of scene.views) {
    const hidden: OrganId[] = []
    const alone = rasterise(
      order.map((o) => (o === id ? scene.mesh(id) : null)),
      v,
      scene.resolution,
      scene.bodyBox,
    )
    // Small organs cannot reach the full clearance even when bare: ask for 70 % of what they have alone.
    const need = Math.min(scene.minClearance, 0.7 * (pickIn(alone, order.indexOf(id))?.clearance ?? 0))
    for (let round = 0; round < 6 && !(fallback && fallback.hidden.length <= hidden.length); round++) {
      const meshes = scene.meshesFor(key).map((m, i) => (hidden.includes(order[i] ?? 'skin') ? null : m))
      const buf = rasterise(meshes, v, scene.resolution, scene.bodyBox)
      const cand = pickIn(buf, order.indexOf(id))
      if (cand && cand.clearance >= need) {
        if (!fallback || hidden.length < fallback.hidden.length) fallback = { cand, hidden: [...hidden] }
        break
      }
      const counts = new Map<OrganId, number>()
      alone.ids.forEach((x, k) => {
        const o = order[buf.ids[k] ?? -1]
        if (x >= 0 && o && o !== id) counts.set(o, (counts.get(o) ?? 0) + 1)
      })
      const top = [...counts].sort((p, q) => q[1] - p[1])[0]
      if (!top) break
      hidden.push(top[0])
    }
  }
  if (!fallback) throw new Error(`${id} is not visible from any side`)
  return fallback
}
