/** The per-organ material clones of SceneContents, so highlights never touch the model's shared material. */
import { useEffect, useMemo } from 'react'
import type { MeshStandardMaterial } from 'three'
import type { OrganId } from '../anatomy/organIds.ts'
import { makeOrganMaterial, type BodyPart } from './bodyModel.ts'

/**
 * One cloned material per organ and mount; disposed when the parts change or the scene unmounts.
 * @param parts - the body's organs
 * @returns each organ's own material
 */
export function useOrganMaterials(parts: readonly BodyPart[]): ReadonlyMap<OrganId, MeshStandardMaterial> {
  const materials = useMemo(() => new Map(parts.map((p) => [p.id, makeOrganMaterial(p)])), [parts])
  useEffect(
    () => () => {
      for (const m of materials.values()) m.dispose()
    },
    [materials],
  )
  return materials
}
