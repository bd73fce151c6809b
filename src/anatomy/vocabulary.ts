/**
 * Labels, ontology ids and parent regions for every OrganId, plus the two non-organ regions ('mind', 'whole_body').
 *
 * Sources: UBERON ids from the EBI Expression Atlas anatomogram SVGs and the HRA GLB metadata (shared/anatomy
 * manifest.json); FMA ids from the BodyParts3D parts list (shared/anatomy manifest.json, organFma; the entries the
 * model uses are copied in tools/model/sources/manifest.json); SNOMED CT body-structure ids from
 * shared/reference/mapping/organs.tsv and bodysite-snomed.tsv (identifiers only).
 * Review status: every UBERON, FMA and SNOMED CT id was checked (docs/mapping.md, "Ontology id verification")
 * against the shared anatomogram SVGs, HRA manifest entries, BodyParts3D isa_element_parts.txt and organFma,
 * Disease Ontology UBERON labels, TotalSegmentator/bodysite-snomed tables, the Uberon FMA bridge
 * (obophenotype/uberon bridge/uberon-bridge-to-fma.obo) and DICOM/HL7 value sets showing code and display; wrong
 * ids were corrected and ids with no verified match are null. Paired organs carry the side-specific id where one
 * was verified, otherwise the generic one (UBERON, SNOMED CT) or null (FMA). Not clinically reviewed.
 * Labels are written by the project, in English and Spanish (ES_LABELS, lay and clinical).
 */
import { ORGANS, type OrganId } from './organIds.ts'
import type { PlaceId, RegionId } from './types.ts'

/** A lay label (patient view) and a clinical label (clinician view). */
export interface LabelPair {
  readonly lay: string
  readonly clinical: string
}

/** Body regions used for drill-up from an organ (the scene zooms out to these). */
export type ParentRegion =
  'head' | 'neck' | 'chest' | 'abdomen' | 'pelvis' | 'back' | 'upper_limb' | 'lower_limb' | 'whole_body'

/** How a place is drawn: an organ mesh, or a non-organ overlay. */
export type PlaceDisplay = 'organ' | 'mind-overlay' | 'body-outline'

/** Vocabulary entry for one place. */
export interface PlaceEntry {
  readonly id: PlaceId
  /** Labels in each interface language (src/i18n/locale.ts); src/i18n/placeLabel.ts reads them. */
  readonly labels: { readonly en: LabelPair; readonly es: LabelPair }
  readonly uberon: string | null
  readonly fma: string | null
  /** SNOMED CT body-structure concept id, or null. */
  readonly snomed: string | null
  readonly parent: ParentRegion
  readonly laterality: 'left' | 'right' | null
  readonly display: PlaceDisplay
}

type Row = readonly [
  lay: string,
  clinical: string,
  uberon: string | null,
  fma: string | null,
  snomed: string | null,
  parent: ParentRegion,
]

// One row per organ: lay label, clinical label, UBERON, FMA, SNOMED CT body structure, parent region.
const ORGAN_ROWS: Readonly<Record<OrganId, Row>> = {
  skin: ['Skin', 'Skin', 'UBERON:0002097', 'FMA:7163', '39937001', 'whole_body'],
  // Stand-in: the fat under the skin, drawn only when the record places something there (obesity findings).
  adipose_tissue: ['Body fat', 'Adipose tissue', 'UBERON:0001013', 'FMA:20110', '55603005', 'whole_body'],
  brain: ['Brain', 'Brain', 'UBERON:0000955', 'FMA:50801', '12738006', 'head'],
  eye_left: ['Left eye', 'Left eye', 'UBERON:0004548', 'FMA:12515', '8966001', 'head'],
  eye_right: ['Right eye', 'Right eye', 'UBERON:0004549', 'FMA:12514', '18944008', 'head'],
  ear_left: ['Left ear', 'Left ear', 'UBERON:0001690', null, '89644007', 'head'],
  ear_right: ['Right ear', 'Right ear', 'UBERON:0001690', null, '25577004', 'head'],
  nose_sinuses: [
    'Nose and sinuses',
    'Nasal cavity and paranasal sinuses',
    'UBERON:0000004',
    'FMA:46472',
    '45206002',
    'head',
  ],
  throat: ['Throat', 'Pharynx', 'UBERON:0000341', 'FMA:46688', '54066008', 'neck'],
  mouth: ['Mouth', 'Oral cavity', 'UBERON:0000165', 'FMA:49184', '123851003', 'head'],
  teeth: ['Teeth', 'Dentition', 'UBERON:0003672', 'FMA:75150', '38199008', 'head'],
  jaw: ['Jaw', 'Mandible', 'UBERON:0001684', 'FMA:52748', '91609006', 'head'],
  thyroid: ['Thyroid', 'Thyroid gland', 'UBERON:0002046', 'FMA:9603', '69748006', 'neck'],
  larynx: ['Voice box', 'Larynx', 'UBERON:0001737', 'FMA:55097', '4596009', 'neck'],
  trachea_bronchi: ['Windpipe and airways', 'Trachea and bronchi', 'UBERON:0003126', 'FMA:7394', '110726009', 'chest'],
  lung_left: ['Left lung', 'Left lung', 'UBERON:0002168', 'FMA:7310', '44029006', 'chest'],
  lung_right: ['Right lung', 'Right lung', 'UBERON:0002167', 'FMA:7309', '3341006', 'chest'],
  heart: ['Heart', 'Heart', 'UBERON:0000948', 'FMA:7088', '80891009', 'chest'],
  aorta: ['Main artery (aorta)', 'Aorta', 'UBERON:0000947', 'FMA:3734', '15825003', 'chest'],
  great_veins: ['Large veins', 'Venae cavae', 'UBERON:0004087', null, '35532006', 'chest'],
  oesophagus: ['Food pipe', 'Oesophagus', 'UBERON:0001043', 'FMA:7131', '32849002', 'chest'],
  stomach: ['Stomach', 'Stomach', 'UBERON:0000945', 'FMA:7148', '69695003', 'abdomen'],
  liver: ['Liver', 'Liver', 'UBERON:0002107', 'FMA:7197', '10200004', 'abdomen'],
  gallbladder: ['Gallbladder', 'Gallbladder', 'UBERON:0002110', 'FMA:7202', '28231008', 'abdomen'],
  pancreas: ['Pancreas', 'Pancreas', 'UBERON:0001264', 'FMA:7198', '15776009', 'abdomen'],
  spleen: ['Spleen', 'Spleen', 'UBERON:0002106', 'FMA:7196', '78961009', 'abdomen'],
  kidney_left: ['Left kidney', 'Left kidney', 'UBERON:0004538', 'FMA:7205', '18639004', 'abdomen'],
  kidney_right: ['Right kidney', 'Right kidney', 'UBERON:0004539', 'FMA:7204', '9846003', 'abdomen'],
  adrenal_left: ['Left adrenal gland', 'Left adrenal gland', 'UBERON:0001234', 'FMA:15630', '23451007', 'abdomen'],
  adrenal_right: ['Right adrenal gland', 'Right adrenal gland', 'UBERON:0001233', 'FMA:15629', '23451007', 'abdomen'],
  ureters: ['Ureters', 'Ureters', 'UBERON:0000056', 'FMA:9704', '87953007', 'abdomen'],
  bladder: ['Bladder', 'Urinary bladder', 'UBERON:0001255', 'FMA:15900', '89837001', 'pelvis'],
  small_intestine: ['Small intestine', 'Small intestine', 'UBERON:0002108', 'FMA:7200', '30315005', 'abdomen'],
  large_intestine: [
    'Large intestine',
    'Large intestine (colon and rectum)',
    'UBERON:0000059',
    'FMA:7201',
    '14742008',
    'abdomen',
  ],
  spine: ['Spine', 'Vertebral column', 'UBERON:0001130', 'FMA:13478', '421060004', 'back'],
  // Stand-in: a stylised cord in the vertebral canal (BodyParts3D has no spinal cord mesh).
  spinal_cord: ['Spinal cord', 'Spinal cord', 'UBERON:0002240', 'FMA:7647', '2748008', 'back'],
  skull: ['Skull', 'Skull', 'UBERON:0003129', 'FMA:46565', '89546000', 'head'],
  ribs_sternum: ['Ribs and breastbone', 'Ribs and sternum', 'UBERON:0003252', 'FMA:7480', '113197003', 'chest'],
  clavicle_left: ['Left collarbone', 'Left clavicle', 'UBERON:0001105', 'FMA:13323', '51299004', 'upper_limb'],
  clavicle_right: ['Right collarbone', 'Right clavicle', 'UBERON:0001105', 'FMA:13322', '51299004', 'upper_limb'],
  shoulder_left: ['Left shoulder', 'Left shoulder', 'UBERON:0001467', null, '91775009', 'upper_limb'],
  shoulder_right: ['Right shoulder', 'Right shoulder', 'UBERON:0001467', null, '91774008', 'upper_limb'],
  arm_left: ['Left arm', 'Left upper limb (arm and forearm)', 'UBERON:0001460', null, null, 'upper_limb'],
  arm_right: ['Right arm', 'Right upper limb (arm and forearm)', 'UBERON:0001460', null, null, 'upper_limb'],
  hand_left: ['Left hand and wrist', 'Left hand', 'UBERON:0002398', null, '85151006', 'upper_limb'],
  hand_right: ['Right hand and wrist', 'Right hand', 'UBERON:0002398', null, '78791008', 'upper_limb'],
  hip_left: ['Left hip', 'Left hip', 'UBERON:0001464', 'FMA:16587', '287679003', 'pelvis'],
  hip_right: ['Right hip', 'Right hip', 'UBERON:0001464', 'FMA:16586', '287579007', 'pelvis'],
  femur_left: ['Left thigh bone', 'Left femur', 'UBERON:0000981', 'FMA:24475', '71341001', 'lower_limb'],
  femur_right: ['Right thigh bone', 'Right femur', 'UBERON:0000981', 'FMA:24474', '71341001', 'lower_limb'],
  knee_left: ['Left knee', 'Left knee', 'UBERON:0001465', null, '82169009', 'lower_limb'],
  knee_right: ['Right knee', 'Right knee', 'UBERON:0001465', null, '6757004', 'lower_limb'],
  leg_left: [
    'Left lower leg and ankle',
    'Left leg (tibia and fibula)',
    'UBERON:0003823',
    null,
    '48979004',
    'lower_limb',
  ],
  leg_right: [
    'Right lower leg and ankle',
    'Right leg (tibia and fibula)',
    'UBERON:0003823',
    null,
    '32696007',
    'lower_limb',
  ],
  foot_left: ['Left foot', 'Left foot', 'UBERON:0002387', null, '22335008', 'lower_limb'],
  foot_right: ['Right foot', 'Right foot', 'UBERON:0002387', null, '7769000', 'lower_limb'],
  // Stand-in: markers at the main limb joints, for joint findings whose record does not name the joint.
  joints: [
    'Joints (which joint not recorded)',
    'Joints, site not recorded',
    'UBERON:0002217',
    'FMA:7490',
    '39352004',
    'whole_body',
  ],
  breast_left: ['Left breast', 'Left breast', 'UBERON:0000310', null, '80248007', 'chest'],
  breast_right: ['Right breast', 'Right breast', 'UBERON:0000310', null, '73056007', 'chest'],
  prostate: ['Prostate', 'Prostate gland', 'UBERON:0002367', 'FMA:9600', '41216001', 'pelvis'],
  testes: ['Testicles', 'Testes', 'UBERON:0000473', 'FMA:7210', '40689003', 'pelvis'],
  penis: ['Penis', 'Penis', 'UBERON:0000989', 'FMA:9707', '18911002', 'pelvis'],
  uterus: ['Womb', 'Uterus', 'UBERON:0000995', 'FMA:17558', '35039007', 'pelvis'],
  ovary_left: ['Left ovary', 'Left ovary', 'UBERON:0002119', 'FMA:7214', '43981004', 'pelvis'],
  ovary_right: ['Right ovary', 'Right ovary', 'UBERON:0002118', 'FMA:7213', '20837000', 'pelvis'],
  fallopian_tubes: ['Fallopian tubes', 'Uterine tubes', 'UBERON:0003889', null, '31435000', 'pelvis'],
  vagina: ['Vagina', 'Vagina', 'UBERON:0000996', 'FMA:19949', '76784001', 'pelvis'],
}

// The non-organ regions. 'mind' is drawn as a soft halo behind and around the whole figure, in the mind region's
// legend status colour, only when the record places something there (src/scene/MindHalo.tsx; never on the brain
// mesh); 'whole_body' tints the outline of the whole figure (the see-through skin) and is listed under "whole body"
// in the panel.
const REGION_ROWS: Readonly<Record<RegionId, readonly [LabelPair, PlaceDisplay]>> = {
  mind: [{ lay: 'Mind and mood', clinical: 'Mental health (whole person)' }, 'mind-overlay'],
  whole_body: [{ lay: 'Whole body', clinical: 'Whole body (systemic)' }, 'body-outline'],
  // Blood and nerves reach every part of the body: drawn on the figure's outline like the whole body, named apart.
  blood: [{ lay: 'Blood and bone marrow', clinical: 'Blood and blood-forming organs' }, 'body-outline'],
  nerves: [{ lay: 'Nerves of the body and limbs', clinical: 'Peripheral nervous system' }, 'body-outline'],
}

// Spanish labels (lay, clinical), written by the project.
const ES_LABELS: Readonly<Record<PlaceId, LabelPair>> = {
  skin: { lay: 'Piel', clinical: 'Piel' },
  adipose_tissue: { lay: 'Grasa corporal', clinical: 'Tejido adiposo' },
  brain: { lay: 'Cerebro', clinical: 'Encéfalo' },
  eye_left: { lay: 'Ojo izquierdo', clinical: 'Ojo izquierdo' },
  eye_right: { lay: 'Ojo derecho', clinical: 'Ojo derecho' },
  ear_left: { lay: 'Oído izquierdo', clinical: 'Oído izquierdo' },
  ear_right: { lay: 'Oído derecho', clinical: 'Oído derecho' },
  nose_sinuses: { lay: 'Nariz y senos nasales', clinical: 'Cavidad nasal y senos paranasales' },
  throat: { lay: 'Garganta', clinical: 'Faringe' },
  mouth: { lay: 'Boca', clinical: 'Cavidad oral' },
  teeth: { lay: 'Dientes', clinical: 'Dentición' },
  jaw: { lay: 'Mandíbula', clinical: 'Mandíbula' },
  thyroid: { lay: 'Tiroides', clinical: 'Glándula tiroides' },
  larynx: { lay: 'Laringe (caja de la voz)', clinical: 'Laringe' },
  trachea_bronchi: { lay: 'Tráquea y vías respiratorias', clinical: 'Tráquea y bronquios' },
  lung_left: { lay: 'Pulmón izquierdo', clinical: 'Pulmón izquierdo' },
  lung_right: { lay: 'Pulmón derecho', clinical: 'Pulmón derecho' },
  heart: { lay: 'Corazón', clinical: 'Corazón' },
  aorta: { lay: 'Arteria principal (aorta)', clinical: 'Aorta' },
  great_veins: { lay: 'Venas grandes', clinical: 'Venas cavas' },
  oesophagus: { lay: 'Esófago', clinical: 'Esófago' },
  stomach: { lay: 'Estómago', clinical: 'Estómago' },
  liver: { lay: 'Hígado', clinical: 'Hígado' },
  gallbladder: { lay: 'Vesícula biliar', clinical: 'Vesícula biliar' },
  pancreas: { lay: 'Páncreas', clinical: 'Páncreas' },
  spleen: { lay: 'Bazo', clinical: 'Bazo' },
  kidney_left: { lay: 'Riñón izquierdo', clinical: 'Riñón izquierdo' },
  kidney_right: { lay: 'Riñón derecho', clinical: 'Riñón derecho' },
  adrenal_left: { lay: 'Glándula suprarrenal izquierda', clinical: 'Glándula suprarrenal izquierda' },
  adrenal_right: { lay: 'Glándula suprarrenal derecha', clinical: 'Glándula suprarrenal derecha' },
  ureters: { lay: 'Uréteres', clinical: 'Uréteres' },
  bladder: { lay: 'Vejiga', clinical: 'Vejiga urinaria' },
  small_intestine: { lay: 'Intestino delgado', clinical: 'Intestino delgado' },
  large_intestine: { lay: 'Intestino grueso', clinical: 'Intestino grueso (colon y recto)' },
  spine: { lay: 'Columna', clinical: 'Columna vertebral' },
  spinal_cord: { lay: 'Médula espinal', clinical: 'Médula espinal' },
  skull: { lay: 'Cráneo', clinical: 'Cráneo' },
  ribs_sternum: { lay: 'Costillas y esternón', clinical: 'Costillas y esternón' },
  clavicle_left: { lay: 'Clavícula izquierda', clinical: 'Clavícula izquierda' },
  clavicle_right: { lay: 'Clavícula derecha', clinical: 'Clavícula derecha' },
  shoulder_left: { lay: 'Hombro izquierdo', clinical: 'Hombro izquierdo' },
  shoulder_right: { lay: 'Hombro derecho', clinical: 'Hombro derecho' },
  arm_left: { lay: 'Brazo izquierdo', clinical: 'Miembro superior izquierdo (brazo y antebrazo)' },
  arm_right: { lay: 'Brazo derecho', clinical: 'Miembro superior derecho (brazo y antebrazo)' },
  hand_left: { lay: 'Mano y muñeca izquierdas', clinical: 'Mano izquierda' },
  hand_right: { lay: 'Mano y muñeca derechas', clinical: 'Mano derecha' },
  hip_left: { lay: 'Cadera izquierda', clinical: 'Cadera izquierda' },
  hip_right: { lay: 'Cadera derecha', clinical: 'Cadera derecha' },
  femur_left: { lay: 'Hueso del muslo izquierdo', clinical: 'Fémur izquierdo' },
  femur_right: { lay: 'Hueso del muslo derecho', clinical: 'Fémur derecho' },
  knee_left: { lay: 'Rodilla izquierda', clinical: 'Rodilla izquierda' },
  knee_right: { lay: 'Rodilla derecha', clinical: 'Rodilla derecha' },
  leg_left: { lay: 'Pierna y tobillo izquierdos', clinical: 'Pierna izquierda (tibia y peroné)' },
  leg_right: { lay: 'Pierna y tobillo derechos', clinical: 'Pierna derecha (tibia y peroné)' },
  foot_left: { lay: 'Pie izquierdo', clinical: 'Pie izquierdo' },
  foot_right: { lay: 'Pie derecho', clinical: 'Pie derecho' },
  joints: { lay: 'Articulaciones (sin precisar cuál)', clinical: 'Articulaciones, localización no registrada' },
  breast_left: { lay: 'Mama izquierda', clinical: 'Mama izquierda' },
  breast_right: { lay: 'Mama derecha', clinical: 'Mama derecha' },
  prostate: { lay: 'Próstata', clinical: 'Glándula prostática' },
  testes: { lay: 'Testículos', clinical: 'Testículos' },
  penis: { lay: 'Pene', clinical: 'Pene' },
  uterus: { lay: 'Útero', clinical: 'Útero' },
  ovary_left: { lay: 'Ovario izquierdo', clinical: 'Ovario izquierdo' },
  ovary_right: { lay: 'Ovario derecho', clinical: 'Ovario derecho' },
  fallopian_tubes: { lay: 'Trompas de Falopio', clinical: 'Trompas uterinas' },
  vagina: { lay: 'Vagina', clinical: 'Vagina' },
  mind: { lay: 'Mente y estado de ánimo', clinical: 'Salud mental (persona en su conjunto)' },
  whole_body: { lay: 'Todo el cuerpo', clinical: 'Todo el cuerpo (sistémico)' },
  blood: { lay: 'Sangre y médula ósea', clinical: 'Sangre y órganos hematopoyéticos' },
  nerves: { lay: 'Nervios del cuerpo y las extremidades', clinical: 'Sistema nervioso periférico' },
}

function buildVocabulary(): ReadonlyMap<PlaceId, PlaceEntry> {
  const map = new Map<PlaceId, PlaceEntry>()
  for (const [id, row] of Object.entries(ORGAN_ROWS) as [OrganId, Row][]) {
    const [lay, clinical, uberon, fma, snomed, parent] = row
    map.set(id, {
      id,
      labels: { en: { lay, clinical }, es: ES_LABELS[id] },
      uberon,
      fma,
      snomed,
      parent,
      laterality: ORGANS[id].laterality,
      display: 'organ',
    })
  }
  for (const [id, [label, display]] of Object.entries(REGION_ROWS) as [
    RegionId,
    readonly [LabelPair, PlaceDisplay],
  ][]) {
    map.set(id, {
      id,
      labels: { en: label, es: ES_LABELS[id] },
      uberon: null,
      fma: null,
      snomed: null,
      parent: 'whole_body',
      laterality: null,
      display,
    })
  }
  return map
}

/** Every place (organ or region) with its labels and ids. */
export const VOCABULARY: ReadonlyMap<PlaceId, PlaceEntry> = buildVocabulary()

/** The non-organ regions. */
export const REGION_IDS: readonly RegionId[] = ['mind', 'whole_body', 'blood', 'nerves']

/**
 * True when `value` is a non-organ region id.
 * @param value - a place id
 */
export function isRegionId(value: string): value is RegionId {
  return value === 'mind' || value === 'whole_body' || value === 'blood' || value === 'nerves'
}
