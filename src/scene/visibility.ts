/**
 * Which organs the 3D body and the body map show for a patient. Pure (no three), so panels can use it too.
 *
 * Sex-specific organs: female organs are shown for female patients and male organs for male patients. For a
 * patient whose recorded gender is unknown, other or missing, NEITHER set is shown (a neutral body): the app does
 * not guess anatomy from a missing or non-binary value.
 */
import { ORGANS, ORGAN_IDS, type OrganId, type OrganLayer } from '../anatomy/organIds.ts'

/** The body variant shown: female, male or neutral (null). */
export type BodySex = 'female' | 'male' | null

/** The four directions the camera can look from; 'left' is the patient's left (+X). */
export type ViewDirection = 'front' | 'back' | 'left' | 'right'

/** The layers in display order. */
export const LAYERS: readonly OrganLayer[] = ['skin', 'skeleton', 'organs', 'vessels']

/**
 * Maps the record's patient gender to the body variant shown.
 * @param gender - `record.patient.gender` (FHIR administrative gender) or null/undefined when not recorded
 */
export function bodySexOf(gender: string | null | undefined): BodySex {
  return gender === 'female' || gender === 'male' ? gender : null
}

/**
 * True when the organ belongs to the body variant (organs without a sex are shown for everyone).
 * @param id - organ id
 * @param sex - body variant
 */
export function isShownForSex(id: OrganId, sex: BodySex): boolean {
  const organSex = ORGANS[id].sex
  return organSex === null || organSex === sex
}

/**
 * The organs that exist in the body variant, in vocabulary order.
 * @param sex - body variant
 */
export function organsForSex(sex: BodySex): readonly OrganId[] {
  return ORGAN_IDS.filter((id) => isShownForSex(id, sex))
}
