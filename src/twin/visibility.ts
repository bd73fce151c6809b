/**
 * Which organs the 3D body and the body map show for a patient. Pure (no three): the 3D body and the body map share it.
 *
 * Sex-specific organs: female organs are shown for female patients and male organs for male patients. For a
 * patient whose recorded gender is unknown, other or missing, NEITHER set is shown (a neutral body): the app does
 * not guess anatomy from a missing or non-binary value.
 *
 * Breasts are stylised stand-ins sized for an adult female chest. On male and neutral bodies they are drawn only
 * when the record places something there (men have breast tissue too, and its findings must stay visible).
 *
 * The body fat layer and the joint markers are stand-ins that would change every body's look (a shell under the
 * skin, spheres on every limb joint): on all bodies they are drawn only when the record places something there, or
 * while they are selected.
 *
 * The mind region has no organ: it is drawn as a soft halo around the whole figure (never on the brain), only when
 * the record places something there at the timeline cursor, or while its panel is open.
 */
import { ORGANS, ORGAN_IDS, type OrganId, type OrganLayer } from '../anatomy/organIds.ts'
import type { OrganStatus } from './selectors.ts'
import type { RegionPanel } from './twinStore.ts'

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

/** The see-through skin's opacity until the viewer changes it (the store's default; the loading preview's). */
export const DEFAULT_SKIN_OPACITY = 0.25

/** Stand-ins drawn on every body only where the record places something (or while selected). */
export const SHOWN_WHEN_PLACED: ReadonlySet<OrganId> = new Set<OrganId>(['adipose_tissue', 'joints'])

/**
 * True when the organ belongs to the body variant (organs without a sex are shown for everyone).
 * Without `placed` (no record to go by) every organ of the variant counts, the place-only stand-ins included.
 * @param id - organ id
 * @param sex - body variant
 * @param placed - places the record puts something on (for the breast stand-ins on male and neutral bodies, and
 *   the body fat and joint markers on every body)
 * @param selected - the selected organ: a place-only stand-in is shown while it is selected
 */
export function isShownForSex(
  id: OrganId,
  sex: BodySex,
  placed?: Pick<ReadonlySet<string>, 'has'>,
  selected?: OrganId | null,
): boolean {
  const organSex = ORGANS[id].sex
  if (placed !== undefined && SHOWN_WHEN_PLACED.has(id)) return placed.has(id) || id === selected
  if (placed !== undefined && sex !== 'female' && (id === 'breast_left' || id === 'breast_right')) return placed.has(id)
  return organSex === null || organSex === sex
}

/**
 * The organs that exist in the body variant, in vocabulary order.
 * @param sex - body variant
 * @param placed - places the record puts something on (see isShownForSex)
 * @param selected - the selected organ (see isShownForSex)
 */
export function organsForSex(
  sex: BodySex,
  placed?: Pick<ReadonlySet<string>, 'has'>,
  selected?: OrganId | null,
): readonly OrganId[] {
  return ORGAN_IDS.filter((id) => isShownForSex(id, sex, placed, selected))
}

/** The mind halo: not drawn, drawn for a status, or drawn highlighted because the mind panel is open. */
export type MindHaloState = 'hidden' | 'shown' | 'selected'

/**
 * Whether the 3D body draws the mind halo. Nothing changes for a record without anything about mind and mood.
 * @param status - the mind region's legend status at the timeline cursor (usePlaceStatuses().get('mind'))
 * @param selectedRegion - the open region panel (store selectedRegion)
 */
export function mindHaloOf(status: OrganStatus | undefined, selectedRegion: RegionPanel | null): MindHaloState {
  if (selectedRegion === 'mind') return 'selected'
  return status === undefined ? 'hidden' : 'shown'
}
