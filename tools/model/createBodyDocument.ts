/**
 * The glTF document of the body: one node per organ, at the origin, with its extras.
 */
import { Document, type Material } from '@gltf-transform/core'
import { ORGANS, type OrganId } from '../../src/anatomy/organIds.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import { layerMaterial } from './layerMaterial.ts'
import { organExtras } from './organExtras.ts'
import { organPrimitive } from './organPrimitive.ts'
import { organProvenance } from './organProvenance.ts'
import type { OrganPicks } from './pickOrgans.ts'

/** The document, each organ's provenance entry, and the frame the asset states. */
export interface BodyDocument {
  readonly doc: Document
  readonly provenance: Record<string, unknown>[]
  readonly frame: string
}

/**
 * Builds the document: a material per layer, a mesh and node per organ in `order`, and the asset's licence and
 * frame.
 * @param organs - every built organ, simplified and snapped
 * @param order - organ ids in node order
 * @param organPicks - picks and hidden organs per organ
 * @param fitKind - which pelvis fit carried the HRA organs
 * @param lift - the lift to y = 0, metres
 */
export function createBodyDocument(
  organs: ReadonlyMap<OrganId, BuiltOrgan>,
  order: readonly OrganId[],
  organPicks: OrganPicks,
  fitKind: string,
  lift: number,
): BodyDocument {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('body')
  const materials = new Map<string, Material>()
  const provenance: Record<string, unknown>[] = []
  for (const id of order) {
    const b = builtOrgan(organs, id)
    const prim = organPrimitive(doc, buffer, b.mesh, layerMaterial(doc, materials, ORGANS[id].layer))
    const extras = organExtras(b, organPicks.picks.get(id), organPicks.occluders.get(id) ?? [], fitKind)
    const mesh = doc.createMesh(id).addPrimitive(prim)
    scene.addChild(doc.createNode(id).setMesh(mesh).setExtras(extras))
    provenance.push(organProvenance(b, extras))
  }

  const licenceNote =
    'Anatomy model: CC BY-SA 4.0, adapted from BodyParts3D (c) The Database Center for Life Science (CC BY-SA 2.1 JP) and the Human Reference Atlas 3D reference organs (HuBMAP, CC BY 4.0). See CREDITS.md.'
  const frame = `metres, +Y up, +Z anterior, +X patient left, soles at y = 0 (BP3D frame lifted by ${lift.toFixed(4)} m); vertices baked, nodes at the origin`
  const asset = doc.getRoot().getAsset()
  asset.copyright =
    'BodyParts3D (c) The Database Center for Life Science; HRA 3D reference organs (c) HuBMAP / CCF creators'
  asset.extras = {
    license: 'CC-BY-SA-4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    credits: licenceNote,
    creditsFile: 'CREDITS.md',
    frame,
  }
  return { doc, provenance, frame }
}
