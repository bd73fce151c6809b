/**
 * The OrganId vocabulary shared by the 3D model (one GLB node per id) and the mapping tables.
 * Ids are stable snake_case; `_left`/`_right` mean the patient's left/right.
 * Labels, ontology ids and parent regions live in vocabulary.ts; this file is the structural core.
 */

/** Which scene layer an organ belongs to (layer toggles in the scene). */
export type OrganLayer = 'skin' | 'skeleton' | 'organs' | 'vessels'

/** Which patients an organ is shown for: null = everyone. */
export type OrganSex = 'female' | 'male' | null

export type Laterality = 'left' | 'right' | null

export interface OrganShape {
  readonly layer: OrganLayer
  readonly sex: OrganSex
  readonly laterality: Laterality
}

const o = (layer: OrganLayer, laterality: Laterality = null, sex: OrganSex = null): OrganShape => ({
  layer,
  sex,
  laterality,
})

/** Every organ or region that is a node in public/models/body.glb. */
export const ORGANS = {
  skin: o('skin'),
  adipose_tissue: o('skin'),
  brain: o('organs'),
  eye_left: o('organs', 'left'),
  eye_right: o('organs', 'right'),
  ear_left: o('organs', 'left'),
  ear_right: o('organs', 'right'),
  nose_sinuses: o('organs'),
  throat: o('organs'),
  mouth: o('organs'),
  teeth: o('organs'),
  jaw: o('skeleton'),
  thyroid: o('organs'),
  larynx: o('organs'),
  trachea_bronchi: o('organs'),
  lung_left: o('organs', 'left'),
  lung_right: o('organs', 'right'),
  heart: o('organs'),
  aorta: o('vessels'),
  great_veins: o('vessels'),
  oesophagus: o('organs'),
  stomach: o('organs'),
  liver: o('organs'),
  gallbladder: o('organs'),
  pancreas: o('organs'),
  spleen: o('organs'),
  kidney_left: o('organs', 'left'),
  kidney_right: o('organs', 'right'),
  adrenal_left: o('organs', 'left'),
  adrenal_right: o('organs', 'right'),
  ureters: o('organs'),
  bladder: o('organs'),
  small_intestine: o('organs'),
  large_intestine: o('organs'),
  spine: o('skeleton'),
  spinal_cord: o('organs'),
  skull: o('skeleton'),
  ribs_sternum: o('skeleton'),
  clavicle_left: o('skeleton', 'left'),
  clavicle_right: o('skeleton', 'right'),
  shoulder_left: o('skeleton', 'left'),
  shoulder_right: o('skeleton', 'right'),
  arm_left: o('skeleton', 'left'),
  arm_right: o('skeleton', 'right'),
  hand_left: o('skeleton', 'left'),
  hand_right: o('skeleton', 'right'),
  hip_left: o('skeleton', 'left'),
  hip_right: o('skeleton', 'right'),
  femur_left: o('skeleton', 'left'),
  femur_right: o('skeleton', 'right'),
  knee_left: o('skeleton', 'left'),
  knee_right: o('skeleton', 'right'),
  leg_left: o('skeleton', 'left'),
  leg_right: o('skeleton', 'right'),
  foot_left: o('skeleton', 'left'),
  foot_right: o('skeleton', 'right'),
  joints: o('skeleton'),
  breast_left: o('organs', 'left'),
  breast_right: o('organs', 'right'),
  prostate: o('organs', null, 'male'),
  testes: o('organs', null, 'male'),
  penis: o('organs', null, 'male'),
  uterus: o('organs', null, 'female'),
  ovary_left: o('organs', 'left', 'female'),
  ovary_right: o('organs', 'right', 'female'),
  fallopian_tubes: o('organs', null, 'female'),
  vagina: o('organs', null, 'female'),
} as const satisfies Record<string, OrganShape>

export type OrganId = keyof typeof ORGANS

/** All organ ids in a stable order (the order above: head to feet, then sex-specific organs). */
export const ORGAN_IDS: readonly OrganId[] = Object.keys(ORGANS) as OrganId[]

/**
 * True when `value` is a known OrganId.
 * @param value - any string, e.g. a GLB node name
 */
export function isOrganId(value: string): value is OrganId {
  return Object.prototype.hasOwnProperty.call(ORGANS, value)
}
