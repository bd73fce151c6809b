/**
 * One glTF material per scene layer.
 */
import type { Document, Material } from '@gltf-transform/core'
import type { OrganLayer } from '../../src/anatomy/organIds.ts'

const LAYER_COLOUR: Record<string, [number, number, number, number]> = {
  skin: [0.85, 0.68, 0.58, 0.35],
  skeleton: [0.9, 0.88, 0.8, 1],
  organs: [0.75, 0.35, 0.32, 1],
  vessels: [0.6, 0.1, 0.12, 1],
}

/**
 * The material of a layer, created on first use (the skin layer is see-through).
 * @param doc - the document
 * @param materials - materials made so far, by layer
 * @param layer - the organ's layer
 */
export function layerMaterial(doc: Document, materials: Map<string, Material>, layer: OrganLayer): Material {
  let mat = materials.get(layer)
  if (!mat) {
    mat = doc
      .createMaterial(layer)
      .setBaseColorFactor(LAYER_COLOUR[layer] ?? [1, 1, 1, 1])
      .setRoughnessFactor(0.7)
      .setMetallicFactor(0)
      .setDoubleSided(true)
    if (layer === 'skin') mat.setAlphaMode('BLEND')
    materials.set(layer, mat)
  }
  return mat
}
