/**
 * Writes the preview images of the built body.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PickScene } from './pickScene.ts'
import { encodePng, paint, rasterise } from './raster.ts'

/**
 * Preview: front and left views of organs over the skin silhouette (4 mm pixels), one colour per organ.
 * @param dir - folder for body-front.png and body-left.png
 * @param scene - the pick scene (organs, skin and bounds)
 */
export function writePreviews(dir: string, scene: PickScene): void {
  const colours = scene.order.map((_, i) => {
    const h = (i * 137.508) % 360
    const f = (n: number): number => {
      const k = (n + h / 30) % 12
      return Math.round(255 * (0.55 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
    }
    return [f(0), f(8), f(4)] as const
  })
  mkdirSync(dir, { recursive: true })
  for (const v of ['front', 'left'] as const) {
    const organs = rasterise(scene.meshesFor('all'), v, 0.004, scene.bodyBox)
    const sil = rasterise(scene.skinOnly, v, 0.004, scene.bodyBox)
    writeFileSync(join(dir, `body-${v}.png`), encodePng(organs.width, organs.height, paint(organs, colours, sil)))
  }
}
