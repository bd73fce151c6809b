/**
 * The reviewed note sentences in English, by note id (src/anatomy/tables/notes.ts lists the ids; table rows point
 * to them in their `note` column), shown under "why here?". Written by the project; plain and factual; never a
 * statement about the person. Review status: project review, not yet clinician-reviewed (see docs/mapping.md).
 */
import type { NoteId } from '../anatomy/tables/notes.ts'

/** English note sentences by note id. */
export const NOTES_EN: Readonly<Record<NoteId, string>> = {
  organ: 'The term of this code names this part of the body.',
  diabetes:
    'Diabetes and raised blood sugar are shown at the pancreas, the organ that makes insulin; they also concern the whole body.',
  lipids: 'Blood fat (lipid) conditions are shown with the blood vessels; the model shows the arteries as the aorta.',
  hypertension:
    'High blood pressure is shown at the blood vessels; the model shows the arteries as the aorta. It also concerns the whole body.',
  arteries: 'The model has no separate limb arteries, so the aorta stands for the arteries.',
  veins: 'The model has no separate leg veins, so the large veins stand for the veins.',
  pulmonaryArtery: 'A clot in the lung arteries is shown at the lungs.',
  blood:
    'Blood and bone-marrow conditions are shown in the blood and bone marrow region, which is drawn on the outline of the whole figure because blood reaches every part of the body.',
  systemic: 'This condition concerns the whole body rather than one organ.',
  siteNotCoded: 'The code does not name a body part, so it is shown for the whole body.',
  joints:
    'The code does not name which joint, so it is shown at the joints marker (the main limb joints together), not at one joint.',
  anaemia:
    'Anaemia concerns the red blood cells, so it is shown in the blood and bone marrow region, not at the blood vessels.',
  gout: 'Gout most often affects the joint at the base of the big toe, so it is shown at the feet. The record does not say which joints are affected.',
  rheumatoid:
    'Rheumatoid arthritis most often affects the small joints of the hands and wrists, so it is shown at the hands. The record does not say which joints are affected.',
  nerves:
    'Conditions of the nerves outside the brain and spinal cord (such as neuropathy) are shown in the nerves region, drawn on the outline of the whole figure; the model has no separate nerve parts.',
  wound: 'The code does not name a body part; a wound is shown at the skin.',
  mind: 'Mental health is shown for the whole person (the mind region), not as a brain condition.',
  context: 'A social, lifestyle or administrative fact: listed under life and context, not on the body.',
  spinalCord: 'The code names both the spine and the spinal cord inside it, so it is shown at both.',
  chronicPain: 'The record does not say where the pain is felt, so it is shown for the whole body.',
  head: 'Shown at the head (brain) because the code names a symptom or condition of the head.',
  pregnancy: 'Pregnancy and its course are shown at the womb (uterus).',
  ankle: 'The ankle is shown at the lower leg: the ankle joint is formed by the lower ends of the leg bones.',
  wrist: 'The wrist is shown with the hand, which holds the wrist bones.',
  neck: 'Neck and back conditions are shown at the spine.',
  bronchi: 'Bronchitis is shown at the airways (windpipe and bronchi).',
  cf: 'Cystic fibrosis is shown at the lungs, with the pancreas and intestines as secondary places.',
  bodyMass:
    'The World Health Organization defines overweight and obesity as excess body fat, so these findings are shown at the body fat. Such findings are often recorded from the body mass index (BMI), a weight-for-height measure; the BMI measurements are listed under whole body.',
  noSite:
    'The code records a past procedure without naming a body part, so it is listed here rather than placed on the body.',
  genital: 'The code names the genital organs; which ones are shown follows the sex recorded for the patient.',
  family: 'A condition recorded for a relative: listed under family history, never as a finding of the patient.',
  icdBlock: 'Placed by the ICD-10-CM block (range of categories) this code belongs to.',
  icdCategory: 'Placed by the ICD-10-CM category of this code.',
  keyword: 'Placed by a word in the record text, not by a code: a keyword match, less certain than a code.',
  bodySite: 'The record itself names this body site.',
  legVeins:
    'The code names the veins of the leg; the model has no separate leg veins, so the leg is marked (the thigh, the lower leg, or both, as the code says).',
  amputation:
    'The record says this part of the body was removed (amputation), so, where the side is recorded, the part is marked as removed rather than drawn whole.',
  injurySite: 'The record names the injured part of the body, so it is shown there; the skin is also concerned.',
  procedureCode: 'The procedure code names this part of the body.',
  raynaud:
    "Raynaud's phenomenon most often affects the fingers (sometimes the toes), so it is shown at the hands. The record does not say which fingers.",
  legSuperficialVeins:
    'Varicose and other surface veins of the leg are shown at the lower legs; the model has no separate leg veins.',
}
