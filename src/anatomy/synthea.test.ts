/**
 * Regression test per Synthea fixture: the organ -> condition texts map for every fhir-fixtures/synthea bundle.
 *
 * Reviewed by hand, not accepted blindly. Checked against the SNOMED CT code terms in the bundles:
 * - sof__Darron_Feeney: 55822004 Hyperlipidemia and 38341003 Hypertension at the aorta (table notes lipids and
 *   hypertension); 68496003 Polyp of colon and 713197008 Recurrent rectal polyp at the large intestine; 370143000
 *   Major depression and 5602001 Opioid abuse in the mind region, not the brain; 449868002 Smokes tobacco daily under
 *   life and context; 92691004 / 126906006 prostate rows at the prostate; 15777000 Prediabetes at the pancreas (note
 *   diabetes).
 * - sof__Courtney_Schinner: 72892002 Normal pregnancy, 398254007 Preeclampsia, 198992004 eclampsia at the uterus
 *   (note pregnancy); eclampsia also lists the brain as secondary (checked in mapping.test.ts, not here).
 * - Rows changed in the whole-body review (each checked by hand against the bundle's SNOMED CT code and term, and
 *   against the row note shown in the UI): 271737000 Anemia (disorder) moved from the whole-body region to the aorta
 *   and the great veins (note anaemia: the model has no blood part) in Darron_Feeney, Gilberto_Orosco, Jacob_King,
 *   Micah_Schinner, Regena_Moore and Roberto_Graham; 90560007 Gout to both feet (note gout: base of the big toe,
 *   the record does not say which joints) in Courtney_Schinner and Darron_Feeney; 69896004 Rheumatoid arthritis to
 *   both hands (note rheumatoid: small joints of hands and wrists, the record does not say which joints) in
 *   Hershel_Marvin. No Gout, Anemia or Rheumatoid arthritis Condition in these bundles has a bodySite, so the table
 *   row decides. Nothing else changed in any fixture (diffed before/after).
 * - Rows changed when the body fat, spinal cord and joints stand-ins were added (each checked by hand against the
 *   bundle's SNOMED CT code and term): 162864005 Body mass index 30+ - obesity and 408512008 Body mass index 40+ -
 *   severely obese moved from the whole-body region to the body fat (note bodyMass: obesity is excess body fat, WHO)
 *   in Jacob_King, Micah_Schinner, Rickey_Becker (both) and Roberto_Graham; 82423001 Chronic pain moved to the brain
 *   and the spinal cord (note chronicPain: ICD-10-CM classes pain not elsewhere classified, G89, with the nervous
 *   system; the record names no site) in Cary_OHara and Jacob_King; 698754002 Chronic paralysis due to lesion of
 *   spinal cord moved from the spine to the spinal cord (the term names it) in Cary_OHara.
 * - Kept in the whole-body region on purpose: 55680006 Drug overdose (Cary_OHara, Jacob_King): a poisoning that names
 *   neither an organ nor the drug.
 * - sof__Garrett_Thompson: 65363002 Otitis media on both ears (no side recorded), 24079001 Atopic dermatitis at the
 *   skin, 84757009 Epilepsy / 128613002 Seizure disorder / 703151001 History of single seizure at the brain.
 * - sof__Cary_OHara: 196416002 Impacted molars at the teeth, 10509002 Acute bronchitis at the trachea and bronchi.
 * - gdp__ files: the pseudo-code 112141AAAA... (SNOMED URI) for Tuberculosis is not in any table and is placed on
 *   both lungs by the keyword rule x.tb (a keyword match); 230690007 Stroke at the brain; 49436004 AF at the heart.
 * - sof__Roberto_Graham / sof__Jacob_King rows checked for 262574004 Bullet wound (skin, note wound) and
 *   162864005 / 408512008 BMI findings (body fat).
 * - Rows changed in issue 11 (blood, nerves, legs; each checked against the bundle's SNOMED CT code and term):
 *   271737000 Anemia (disorder) moved from the aorta and great veins to the blood and bone marrow region (note
 *   anaemia) in Darron_Feeney, Gilberto_Orosco, Jacob_King, Micah_Schinner, Regena_Moore and Roberto_Graham;
 *   82423001 Chronic pain moved from the brain and spinal cord to the whole body (note chronicPain: the record names
 *   no site) in Cary_OHara and Jacob_King; 283385000 Laceration of thigh moved from the skin to both thighs (femur,
 *   note injurySite, skin kept as secondary place) in Rickey_Becker. Nothing else changed (diffed before/after).
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBundle, resourcesOf } from '../../tests/fixtures/testBundles.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { mapRecord } from './mapRecord.ts'

const DIR = 'fhir-fixtures/synthea'

// prettier-ignore
const EXPECTED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'gdp__Cecelia952_Romaguera67': {
    'lung_left': ['Tuberculosis'],
    'lung_right': ['Tuberculosis'],
  },
  'gdp__Lawrence741_Hammes673': {
    'brain': ['Stroke'],
    'heart': ['Atrial Fibrillation'],
    'lung_left': ['Tuberculosis'],
    'lung_right': ['Tuberculosis'],
  },
  'sof__Brain_Erdman': {
    'brain': ['Epilepsy', 'History of single seizure (situation)', 'Seizure disorder'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'throat': ['Acute viral pharyngitis (disorder)'],
    'trachea_bronchi': ['Acute bronchitis (disorder)'],
  },
  'sof__Cary_OHara': {
    'brain': ['Chronic intractable migraine without aura'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'spinal_cord': ['Chronic paralysis due to lesion of spinal cord'],
    'teeth': ['Impacted molars'],
    'throat': ['Acute viral pharyngitis (disorder)'],
    'trachea_bronchi': ['Acute bronchitis (disorder)'],
    'whole_body': ['Chronic pain', 'Drug overdose'],
  },
  'sof__Courtney_Schinner': {
    'aorta': ['Hypertension'],
    'foot_left': ['Gout'],
    'foot_right': ['Gout'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'uterus': ['Antepartum eclampsia', 'Normal pregnancy', 'Preeclampsia'],
  },
  'sof__Darron_Feeney': {
    'aorta': ['Hyperlipidemia', 'Hypertension'],
    'blood': ['Anemia (disorder)'],
    'foot_left': ['Gout'],
    'foot_right': ['Gout'],
    'large_intestine': ['Polyp of colon', 'Recurrent rectal polyp'],
    'mind': ['Major depression disorder', 'Opioid abuse (disorder)'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'pancreas': ['Prediabetes'],
    'prostate': ['Carcinoma in situ of prostate (disorder)', 'Neoplasm of prostate'],
    'throat': ['Acute viral pharyngitis (disorder)'],
    '(context)': ['Smokes tobacco daily'],
  },
  'sof__Enda_Schaefer': {
    'nose_sinuses': ['Viral sinusitis (disorder)'],
  },
  'sof__Garrett_Thompson': {
    'brain': ['Epilepsy', 'History of single seizure (situation)', 'Seizure disorder'],
    'ear_left': ['Otitis media'],
    'ear_right': ['Otitis media'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'skin': ['Atopic dermatitis'],
  },
  'sof__Gilberto_Orosco': {
    'blood': ['Anemia (disorder)'],
    'brain': ["Familial Alzheimer's disease of early onset (disorder)", 'Traumatic brain injury (disorder)'],
    'large_intestine': ['Polyp of colon'],
    'mind': ['Opioid abuse (disorder)'],
    'pancreas': ['Prediabetes'],
    'throat': ['Streptococcal sore throat (disorder)'],
  },
  'sof__Hershel_Marvin': {
    'hand_left': ['Rheumatoid arthritis'],
    'hand_right': ['Rheumatoid arthritis'],
    'skin': ['Facial laceration'],
    'throat': ['Acute viral pharyngitis (disorder)'],
    'trachea_bronchi': ['Acute bronchitis (disorder)'],
  },
  'sof__Jacob_King': {
    'adipose_tissue': ['Body mass index 30+ - obesity (finding)'],
    'aorta': ['Hyperlipidemia'],
    'blood': ['Anemia (disorder)'],
    'brain': ["Alzheimer's disease (disorder)", 'Chronic intractable migraine without aura', 'Stroke'],
    'ear_left': ['Otitis media'],
    'ear_right': ['Otitis media'],
    'hand_left': ['Localized, primary osteoarthritis of the hand'],
    'hand_right': ['Localized, primary osteoarthritis of the hand'],
    'heart': ['Atrial Fibrillation'],
    'lung_left': ['Pneumonia'],
    'lung_right': ['Pneumonia'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'pancreas': ['Prediabetes'],
    'teeth': ['Impacted molars'],
    'trachea_bronchi': ['Acute bronchitis (disorder)'],
    'whole_body': ['Chronic pain', 'Drug overdose'],
  },
  'sof__Jordan_Cruickshank': {
    'gallbladder': ['Acute Cholecystitis', 'Cholelithiasis'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'pancreas': ['Prediabetes'],
    'throat': ['Acute viral pharyngitis (disorder)'],
    'uterus': ['Miscarriage in first trimester'],
  },
  'sof__Micah_Schinner': {
    'adipose_tissue': ['Body mass index 30+ - obesity (finding)'],
    'blood': ['Anemia (disorder)'],
    'large_intestine': ['Bleeding from anus', 'Protracted diarrhea', 'Secondary malignant neoplasm of colon'],
    'small_intestine': ['Protracted diarrhea'],
  },
  'sof__Regena_Moore': {
    'bladder': ['Escherichia coli urinary tract infection'],
    'blood': ['Anemia (disorder)'],
    'fallopian_tubes': ['Tubal pregnancy'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'pancreas': ['Prediabetes'],
    'throat': ['Acute viral pharyngitis (disorder)'],
    'trachea_bronchi': ['Acute bronchitis (disorder)'],
    'uterus': ['Miscarriage in first trimester'],
  },
  'sof__Rickey_Becker': {
    'adipose_tissue': ['Body mass index 30+ - obesity (finding)', 'Body mass index 40+ - severely obese (finding)'],
    'femur_left': ['Laceration of thigh'],
    'femur_right': ['Laceration of thigh'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'ribs_sternum': ['Fracture of rib'],
    'skin': ['Bullet wound', 'Second degree burn'],
    'trachea_bronchi': ['Acute bronchitis (disorder)'],
  },
  'sof__Roberto_Graham': {
    'adipose_tissue': ['Body mass index 30+ - obesity (finding)'],
    'aorta': ['Hypertension'],
    'blood': ['Anemia (disorder)'],
    'brain': ['Stroke'],
    'heart': ['Chronic congestive heart failure (disorder)'],
    'hip_left': ['Osteoarthritis of hip'],
    'hip_right': ['Osteoarthritis of hip'],
    'mind': ['Posttraumatic stress disorder'],
    'nose_sinuses': ['Viral sinusitis (disorder)'],
    'throat': ['Acute viral pharyngitis (disorder)'],
  },
  'sof__Steve_Nikolaus': {
    'mind': ['Child attention deficit disorder'],
    'nose_sinuses': ['Acute bacterial sinusitis (disorder)', 'Viral sinusitis (disorder)'],
  },
}

function organMap(file: string): Record<string, string[]> {
  const record = normaliseRecord(resourcesOf(readBundle(`synthea/${file}`)), { asOf: '2026-01-01T00:00:00Z' })
  const map = mapRecord(record)
  const organs: Record<string, string[]> = {}
  for (const placement of map.placements) {
    if (placement.findingKind !== 'condition') continue
    for (const place of placement.places) (organs[place] ??= []).push(placement.text)
  }
  const out: Record<string, string[]> = {}
  for (const key of Object.keys(organs).sort()) out[key] = [...new Set(organs[key])].sort()
  const context = map.lifeAndContext.filter((item) => item.findingKind === 'condition').map((item) => item.text)
  if (context.length > 0) out['(context)'] = [...new Set(context)].sort()
  return out
}

const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json') && !name.startsWith('manifest'))

describe('Synthea fixtures: organ -> conditions', () => {
  it('covers all 17 fixtures', () => {
    expect(FILES).toHaveLength(17)
    expect(Object.keys(EXPECTED)).toHaveLength(17)
  })
  for (const file of FILES) {
    const key = file.split('_').slice(0, -1).join('_')
    it(key, () => {
      expect(organMap(file)).toEqual(EXPECTED[key])
    })
  }
})
