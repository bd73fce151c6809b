/**
 * What each OrganId node of public/models/body.glb is built from, and its triangle budget.
 * Group names are the `organ` field of tools/model/sources/manifest.json.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'

/** Where the geometry of one organ node comes from. */
export type OrganSource =
  /** BodyParts3D files of the given manifest groups, optionally filtered by structure name. */
  | { readonly kind: 'bp3d'; readonly groups: readonly string[]; readonly exclude?: RegExp; readonly splitX?: 1 | -1 }
  /** A derived OBJ in the BP3D frame (skin/lung wraps, thyroid stand-in). */
  | { readonly kind: 'derived'; readonly file: string }
  /** HRA VH_Female GLBs, carried onto the BP3D pelvis by the pelvis registration. */
  | { readonly kind: 'hra'; readonly files: readonly string[] }
  /** A stylised procedural stand-in (no source data), placed by tools/build-model.ts from neighbouring anatomy. */
  | { readonly kind: 'standin'; readonly shape: StandInShape }

/** The procedural stand-in shapes. */
export type StandInShape = 'breast' | 'sinuses' | 'spinalCord' | 'jointMarkers' | 'fatLayer'

/** How each stand-in shape is named in the GLB extras (`standInParts`, `source`) and the provenance file. */
export const STAND_IN_PARTS: Readonly<Record<StandInShape, string>> = {
  breast: 'breast',
  sinuses: 'sinuses',
  spinalCord: 'spinal cord tube through the vertebral canal',
  jointMarkers: 'joint markers at the shoulders, elbows, wrists, hips, knees and ankles',
  fatLayer: 'fat layer offset 7 mm inward from the skin wrap',
}

/** Build recipe for one organ node. */
export interface OrganRecipe {
  readonly label: string
  readonly sources: readonly OrganSource[]
  readonly budget: number
  /** Curated ontology ids where the manifest has none for the whole structure. */
  readonly fma?: string
  readonly uberon?: string
}

const bp = (groups: string[], exclude?: RegExp): OrganSource =>
  exclude ? { kind: 'bp3d', groups, exclude } : { kind: 'bp3d', groups }

/**
 * The recipe for every OrganId (ids and order from src/anatomy/organIds.ts). The skin, fat layer, brain and heart
 * budgets were cut from 30,000, 10,000, 20,000 and 12,000 triangles (issue 15): 85 KB less brotli for a phone to
 * fetch, with no change to be seen at the closest zoom (docs/performance.md).
 */
export const RECIPES: Readonly<Record<OrganId, OrganRecipe>> = {
  skin: {
    label: 'Skin',
    sources: [{ kind: 'derived', file: 'derived/skin_wrap.obj' }],
    budget: 20000,
    fma: 'FMA7163',
    uberon: 'UBERON:0002097',
  },
  adipose_tissue: {
    label: 'Body fat (subcutaneous)',
    sources: [{ kind: 'standin', shape: 'fatLayer' }],
    budget: 7000,
    uberon: 'UBERON:0001013',
  },
  brain: { label: 'Brain', sources: [bp(['brain'])], budget: 12000, uberon: 'UBERON:0000955' },
  eye_left: { label: 'Left eye', sources: [bp(['eye_left'])], budget: 2500, uberon: 'UBERON:0000970' },
  eye_right: { label: 'Right eye', sources: [bp(['eye_right'])], budget: 2500, uberon: 'UBERON:0000970' },
  ear_left: {
    label: 'Left ear',
    sources: [{ kind: 'bp3d', groups: ['external_ears'], splitX: 1 }],
    budget: 1000,
    uberon: 'UBERON:0001691',
  },
  ear_right: {
    label: 'Right ear',
    sources: [{ kind: 'bp3d', groups: ['external_ears'], splitX: -1 }],
    budget: 1000,
    uberon: 'UBERON:0001691',
  },
  nose_sinuses: {
    label: 'Nose and sinuses',
    sources: [bp(['nasal_cartilages']), { kind: 'standin', shape: 'sinuses' }],
    budget: 2500,
  },
  throat: { label: 'Throat (pharynx)', sources: [bp(['pharynx'])], budget: 4000, uberon: 'UBERON:0001042' },
  mouth: {
    label: 'Mouth',
    sources: [bp(['tongue', 'gingiva', 'salivary_glands'])],
    budget: 2000,
    uberon: 'UBERON:0000165',
  },
  teeth: { label: 'Teeth', sources: [bp(['teeth'])], budget: 3000, uberon: 'UBERON:0001091' },
  jaw: { label: 'Jaw (mandible)', sources: [bp(['mandible'])], budget: 1700, uberon: 'UBERON:0001684' },
  thyroid: {
    label: 'Thyroid gland',
    sources: [{ kind: 'derived', file: 'derived/thyroid_standin.obj' }],
    budget: 1200,
    fma: 'FMA9603',
    uberon: 'UBERON:0002046',
  },
  larynx: { label: 'Larynx', sources: [bp(['larynx'])], budget: 4000, uberon: 'UBERON:0001737' },
  trachea_bronchi: {
    label: 'Trachea and bronchi',
    sources: [bp(['trachea_bronchi'])],
    budget: 2700,
    uberon: 'UBERON:0003126',
  },
  lung_left: {
    label: 'Left lung',
    sources: [{ kind: 'derived', file: 'derived/lung_left_wrap.obj' }],
    budget: 3500,
    fma: 'FMA7310',
    uberon: 'UBERON:0002048',
  },
  lung_right: {
    label: 'Right lung',
    sources: [{ kind: 'derived', file: 'derived/lung_right_wrap.obj' }],
    budget: 4500,
    fma: 'FMA7309',
    uberon: 'UBERON:0002048',
  },
  heart: { label: 'Heart', sources: [bp(['heart'])], budget: 8000, uberon: 'UBERON:0000948' },
  aorta: {
    label: 'Aorta and pulmonary trunk',
    sources: [bp(['aorta', 'pulmonary_trunk'])],
    budget: 3000,
    uberon: 'UBERON:0000947',
  },
  great_veins: {
    label: 'Venae cavae',
    sources: [bp(['vena_cava'])],
    budget: 1100,
    fma: 'FMA10951,FMA4720',
  },
  oesophagus: { label: 'Oesophagus', sources: [bp(['esophagus'])], budget: 400, uberon: 'UBERON:0001043' },
  stomach: { label: 'Stomach', sources: [bp(['stomach'])], budget: 600, uberon: 'UBERON:0000945' },
  liver: {
    label: 'Liver',
    // The lobes and segments make the surface; the small internal vessel and duct branches add nothing visible.
    sources: [bp(['liver'], /branch|tributary/)],
    budget: 6000,
    uberon: 'UBERON:0002107',
  },
  gallbladder: { label: 'Gallbladder', sources: [bp(['gallbladder'])], budget: 800, uberon: 'UBERON:0002110' },
  pancreas: {
    label: 'Pancreas',
    // "parenchyma" duplicates the outer surface and the duct trees sit inside it.
    sources: [bp(['pancreas'], /duct|parenchyma/)],
    budget: 1500,
    uberon: 'UBERON:0001264',
  },
  spleen: { label: 'Spleen', sources: [bp(['spleen'])], budget: 500, uberon: 'UBERON:0002106' },
  kidney_left: { label: 'Left kidney', sources: [bp(['kidney_left'])], budget: 1000, uberon: 'UBERON:0002113' },
  kidney_right: { label: 'Right kidney', sources: [bp(['kidney_right'])], budget: 1000, uberon: 'UBERON:0002113' },
  adrenal_left: {
    label: 'Left adrenal gland',
    sources: [bp(['adrenal_left'])],
    budget: 800,
    uberon: 'UBERON:0002369',
  },
  adrenal_right: {
    label: 'Right adrenal gland',
    sources: [bp(['adrenal_right'])],
    budget: 700,
    uberon: 'UBERON:0002369',
  },
  ureters: { label: 'Ureters', sources: [bp(['ureters'])], budget: 1200, uberon: 'UBERON:0000056' },
  bladder: { label: 'Urinary bladder', sources: [bp(['bladder'])], budget: 200, uberon: 'UBERON:0001255' },
  small_intestine: {
    label: 'Small intestine',
    sources: [bp(['small_intestine'])],
    budget: 4800,
    uberon: 'UBERON:0002108',
  },
  large_intestine: {
    label: 'Large intestine',
    // The taeniae are thin muscle bands lying on the colon wall; the colon segments already give the shape.
    sources: [bp(['large_intestine'], /taenia/)],
    budget: 4500,
    uberon: 'UBERON:0000059',
  },
  spine: { label: 'Spine', sources: [bp(['spine'])], budget: 10000, uberon: 'UBERON:0001130' },
  spinal_cord: {
    label: 'Spinal cord',
    sources: [{ kind: 'standin', shape: 'spinalCord' }],
    budget: 1300,
    fma: 'FMA7647',
    uberon: 'UBERON:0002240',
  },
  skull: { label: 'Skull', sources: [bp(['skull'])], budget: 10000, uberon: 'UBERON:0003129' },
  ribs_sternum: {
    label: 'Ribs and sternum',
    sources: [bp(['rib_cage', 'sternum'])],
    budget: 8000,
    fma: 'FMA7480,FMA7485',
  },
  clavicle_left: { label: 'Left clavicle', sources: [bp(['clavicle_left'])], budget: 400 },
  clavicle_right: { label: 'Right clavicle', sources: [bp(['clavicle_right'])], budget: 400 },
  shoulder_left: { label: 'Left shoulder (scapula)', sources: [bp(['scapula_left'])], budget: 2000 },
  shoulder_right: { label: 'Right shoulder (scapula)', sources: [bp(['scapula_right'])], budget: 2000 },
  arm_left: { label: 'Left arm bones', sources: [bp(['humerus_left', 'radius_left', 'ulna_left'])], budget: 1600 },
  arm_right: {
    label: 'Right arm bones',
    sources: [bp(['humerus_right', 'radius_right', 'ulna_right'])],
    budget: 1600,
  },
  hand_left: { label: 'Left hand bones', sources: [bp(['hand_left'])], budget: 2500 },
  hand_right: { label: 'Right hand bones', sources: [bp(['hand_right'])], budget: 2500 },
  hip_left: { label: 'Left hip bone', sources: [bp(['hip_left'])], budget: 800 },
  hip_right: { label: 'Right hip bone', sources: [bp(['hip_right'])], budget: 800 },
  femur_left: { label: 'Left femur', sources: [bp(['femur_left'])], budget: 1000 },
  femur_right: { label: 'Right femur', sources: [bp(['femur_right'])], budget: 1000 },
  knee_left: { label: 'Left knee (patella)', sources: [bp(['patella_left'])], budget: 200 },
  knee_right: { label: 'Right knee (patella)', sources: [bp(['patella_right'])], budget: 200 },
  leg_left: { label: 'Left lower leg bones', sources: [bp(['tibia_left', 'fibula_left'])], budget: 900 },
  leg_right: { label: 'Right lower leg bones', sources: [bp(['tibia_right', 'fibula_right'])], budget: 900 },
  foot_left: { label: 'Left foot bones', sources: [bp(['foot_left'])], budget: 2500 },
  foot_right: { label: 'Right foot bones', sources: [bp(['foot_right'])], budget: 2500 },
  joints: {
    label: 'Joints, site not recorded',
    sources: [{ kind: 'standin', shape: 'jointMarkers' }],
    budget: 2400,
    fma: 'FMA7490',
    uberon: 'UBERON:0002217',
  },
  breast_left: {
    label: 'Left breast',
    sources: [{ kind: 'standin', shape: 'breast' }],
    budget: 600,
    uberon: 'UBERON:0000310',
  },
  breast_right: {
    label: 'Right breast',
    sources: [{ kind: 'standin', shape: 'breast' }],
    budget: 600,
    uberon: 'UBERON:0000310',
  },
  prostate: { label: 'Prostate', sources: [bp(['prostate'])], budget: 200, uberon: 'UBERON:0002367' },
  testes: { label: 'Testes', sources: [bp(['testes'])], budget: 200, uberon: 'UBERON:0000473' },
  penis: { label: 'Penis', sources: [bp(['penis'])], budget: 1000, uberon: 'UBERON:0000989' },
  uterus: { label: 'Uterus', sources: [{ kind: 'hra', files: ['VH_F_Uterus.glb'] }], budget: 3000 },
  ovary_left: { label: 'Left ovary', sources: [{ kind: 'hra', files: ['VH_F_Ovary_L.glb'] }], budget: 430 },
  ovary_right: { label: 'Right ovary', sources: [{ kind: 'hra', files: ['VH_F_Ovary_R.glb'] }], budget: 430 },
  fallopian_tubes: {
    label: 'Fallopian tubes',
    sources: [{ kind: 'hra', files: ['VH_F_Fallopian_Tube_L.glb', 'VH_F_Fallopian_Tube_R.glb'] }],
    budget: 2000,
  },
  vagina: { label: 'Vagina', sources: [{ kind: 'hra', files: ['VH_F_Vagina.glb'] }], budget: 1500 },
}
