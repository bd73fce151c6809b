/**
 * Which organs of public/models/body.glb are not a (decimated) copy of anatomical data, so the UI can say that
 * their 3D shape is approximate (docs STYLE.md §3: label derived/stand-in organs "approximate, illustrative").
 * Plain data: tools/bodyModel.test.ts checks it against the GLB node extras, so it cannot drift from the model.
 */
import type { OrganId } from './organIds.ts'

/**
 * How an organ's 3D shape was made, when it is not anatomical data:
 * - `standIn`: a stylised stand-in drawn for the app (GLB `extras.standIn === true`): not anatomical data at all;
 * - `partStandIn`: anatomical data with a stylised stand-in part added (`standIn` false, `standInParts` not empty);
 * - `derived`: reconstructed from the neighbouring BodyParts3D anatomy by voxel wrapping (`extras.source`).
 */
export type ModelShapeNote = 'standIn' | 'partStandIn' | 'derived'

/** Every organ whose 3D shape is approximate, with how it was made; organs not listed are anatomical data. */
export const MODEL_SHAPE_NOTES = {
  adipose_tissue: 'standIn',
  thyroid: 'standIn',
  spinal_cord: 'standIn',
  joints: 'standIn',
  breast_left: 'standIn',
  breast_right: 'standIn',
  nose_sinuses: 'partStandIn',
  skin: 'derived',
  lung_left: 'derived',
  lung_right: 'derived',
} as const satisfies Partial<Record<OrganId, ModelShapeNote>>

/**
 * The organs with a given note, in the order of MODEL_SHAPE_NOTES.
 * @param note - standIn, partStandIn or derived
 */
export function organsWithShapeNote(note: ModelShapeNote): readonly OrganId[] {
  return (Object.entries(MODEL_SHAPE_NOTES) as [OrganId, ModelShapeNote][])
    .filter(([, n]) => n === note)
    .map(([id]) => id)
}

/**
 * How a place's 3D shape was made, or null when it is anatomical data (or not an organ of the model at all).
 * @param place - any place or panel target id
 */
export function modelShapeNote(place: string): ModelShapeNote | null {
  return Object.prototype.hasOwnProperty.call(MODEL_SHAPE_NOTES, place)
    ? ((MODEL_SHAPE_NOTES as Readonly<Record<string, ModelShapeNote>>)[place] ?? null)
    : null
}
