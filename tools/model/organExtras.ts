/**
 * What each organ node of the GLB says about itself (`extras`).
 */
import { ORGANS, type Laterality, type OrganId, type OrganLayer, type OrganSex } from '../../src/anatomy/organIds.ts'
import type { BuiltOrgan } from './builtOrgan.ts'
import type { PickCandidate, ViewFrom } from './raster.ts'
import { RECIPES } from './recipe.ts'

/** The extras of one organ node (also the head of its provenance entry). */
export type OrganExtras = {
  readonly organ: OrganId
  readonly label: string
  readonly fma: string | null
  readonly uberon: string | null
  readonly source: string
  readonly license: string
  readonly standIn: boolean
  readonly standInParts: string[]
  readonly sex: OrganSex
  readonly layer: OrganLayer
  readonly laterality: Laterality
  readonly pick: number[] | null
  readonly pickFrom: ViewFrom | null
  readonly pickClearance: number | null
  readonly pickHide: OrganId[]
}

/**
 * An organ node's ids, sources, licence, shape and pick.
 * @param b - the built organ
 * @param pick - its pick, if found
 * @param pickHide - the organs to hide before clicking it
 * @param fitKind - which pelvis fit carried the HRA organs
 */
export function organExtras(
  b: BuiltOrgan,
  pick: PickCandidate | undefined,
  pickHide: OrganId[],
  fitKind: string,
): OrganExtras {
  const id = b.id
  const shape = ORGANS[id]
  const recipe = RECIPES[id]
  const fmaFromFiles = [...new Set(b.files.map((f) => f.organFma ?? f.fma).filter((v): v is string => !!v))]
  const uberonFromFiles = [...new Set(b.files.map((f) => f.uberon).filter((v): v is string => !!v))]
  const fma = recipe.fma ?? (b.files.every((f) => f.file.startsWith('hra/')) ? '' : fmaFromFiles.join(','))
  const uberon = recipe.uberon ?? uberonFromFiles.join(',')
  const sourceKinds = new Set(recipe.sources.map((s) => s.kind))
  const source = [
    sourceKinds.has('bp3d') ? 'BodyParts3D 4.0 (DBCLS), decimated copy' : '',
    sourceKinds.has('derived') && !b.standIn ? 'derived from BodyParts3D by voxel wrapping' : '',
    sourceKinds.has('derived') && b.standIn ? 'procedural stand-in anchored to BodyParts3D (not anatomical data)' : '',
    sourceKinds.has('hra')
      ? `HRA 3D reference organ, Visible Human Female, registered onto the BodyParts3D pelvis (${fitKind} fit)`
      : '',
    b.standInParts.length ? `stylised stand-in (${b.standInParts.join(', ')}), not anatomical data` : '',
  ]
    .filter(Boolean)
    .join('; ')
  const license = sourceKinds.has('hra')
    ? 'CC BY 4.0 (HRA)'
    : 'CC BY-SA 4.0 (adaptation of BodyParts3D, CC BY-SA 2.1 JP)'
  return {
    organ: id,
    label: recipe.label,
    fma: fma || null,
    uberon: uberon || null,
    source,
    license,
    standIn: b.standIn,
    standInParts: b.standInParts,
    sex: shape.sex,
    layer: shape.layer,
    laterality: shape.laterality,
    pick: pick ? pick.point.map((v) => Number(v.toFixed(4))) : null,
    pickFrom: pick?.from ?? null,
    pickClearance: pick ? Number(pick.clearance.toFixed(4)) : null,
    pickHide,
  }
}
