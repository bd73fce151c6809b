/**
 * Ordered keyword rules on the record's display text: the last resort before "not placed on the body".
 * A hit is shown in the UI as a keyword match (lower confidence than a code). First match wins.
 *
 * Source: shared/reference/mapping/text-rules.tsv (hand-written), reviewed and changed by the project: targets
 * rewritten to OrganIds, stress moved to life and context, tuberculosis added (Synthea's gdp files carry a pseudo
 * SNOMED code for it), the mental-health rule moved before the body rules so "drug abuse" or "alcoholism" never
 * lands on an organ, and the whole-body rule kept last. Known traps: words inside longer words are guarded with \b.
 * Licence: project-written. Review status: project-reviewed, not clinician-reviewed.
 *
 * Columns: rule id, pattern (case-insensitive), places (as in snomedConditions.ts), and optionally a note id whose
 * sentence follows the keyword note (for rules that place a condition by convention: gout, rheumatoid arthritis,
 * anaemia; see docs/mapping.md).
 */
import type { NoteId } from './notes.ts'

/** One keyword rule. */
export type KeywordRow = readonly [id: string, pattern: string, places: string, note?: NoteId]

// prettier-ignore
export const KEYWORD_RULES: readonly KeywordRow[] = [
  ['ctx.social', String.raw`\b(access to transportation|employment|employed|unemployed|labor force|education|school|housing|homeless|transport problem|criminal record|refugee|migrant|social (isolation|contact)|limited social|military|armed forces|violence|intimate partner|abuse victim|stress)\b`, 'context'],
  ['ctx.admin', String.raw`\b(medication review|medication reconciliation|documentation of|died in hospice|requested|review of systems|admission to|transfer to)\b`, 'context'],
  ['ctx.lifestyle', String.raw`\b(smokes|smoker|tobacco|alcohol drinking|risk activity|misuses drugs)\b`, 'context'],
  ['mind', String.raw`\b(depress\w*|anxiety|panic|ptsd|stress disorder|posttraumatic|bipolar|schizo\w*|psychos\w*|attention deficit|adhd|autis\w*|suicid\w*|self-harm|alcoholism|drug abuse|opioid abuse|substance|dependence|intellectual disability|mental health|cognitive and behavio\w*|psychotherapy)\b`, 'mind'],
  ['x.heartburn', String.raw`\bheartburn\b`, 'oesophagus'],
  ['x.oesophagus', String.raw`\b(o?esophag\w*|gastro-?o?esophageal|reflux)`, 'oesophagus'],
  ['x.pe', String.raw`\bpulmonary (embol|thromboembol)`, 'lung_left lung_right'],
  ['x.dvt', String.raw`\b(deep vein|venous) thromb`, 'great_veins'],
  ['x.stroke', String.raw`\b(stroke|cerebrovascular|cerebral infarct|intracerebral)`, 'brain'],
  ['x.marrow', String.raw`\b(bone marrow|stem cell transplant)`, 'whole_body'],
  ['x.cf', String.raw`\bcystic fibrosis`, 'lung_left lung_right'],
  ['x.tb', String.raw`\btuberculosis\b`, 'lung_left lung_right'],
  ['x.kidney', String.raw`\b(nephr|pyelo|kidney|renal|glomerul|proteinuria|albuminuria|dialysis)`, 'kidney_left kidney_right'],
  ['x.eye', String.raw`\b(retinopathy|retina|macular|blindness|cataract|glaucoma|eyes?\b|conjunctiv|ocular|vision|intravitreal)`, 'eye_left eye_right'],
  ['site.ear', String.raw`\b(ears?\b|otitis|hearing|tinnitus|deaf)`, 'ear_left ear_right'],
  ['site.sinus', String.raw`\b(sinusitis|sinus|rhinitis|nasal|nose)`, 'nose_sinuses'],
  ['site.throat', String.raw`\b(pharyngitis|sore throat|throat|tonsil|sleep apnea|apnoea)`, 'throat'],
  ['site.larynx', String.raw`\b(laryn\w*|voice box)`, 'larynx'],
  ['site.teeth', String.raw`\b(tooth|teeth|dental|molar|caries|denture)`, 'teeth'],
  ['site.mouth', String.raw`\b(gingiv|gums?\b|tongue|mouth|saliva|oral\b|palat|taste)`, 'mouth'],
  ['site.thyroid', String.raw`\b(thyroid|hypothyroid|hyperthyroid|goiter|goitre)`, 'thyroid'],
  ['site.heart', String.raw`\b(heart|cardiac|cardio\w*|echocardio\w*|electrocardio\w*|myocard|coronary|angina|atrial|ventric|valve|mitral|tricuspid|infarction)`, 'heart'],
  ['site.vessel', String.raw`\b(blood pressure|hypertension|hypertensive|arter|aneurysm|vascul|lipid|cholesterol|triglycerid|hyperlipid)`, 'aorta'],
  ['site.vein', String.raw`\b(vein|venous|varicose)`, 'great_veins'],
  ['site.airway', String.raw`\b(bronch\w*|trache\w*|intubation)`, 'trachea_bronchi'],
  ['site.lung', String.raw`\b(lung|pulmonary|asthma|copd|emphysema|pneumon|respiratory|cough|dyspnea|wheez|hemoptysis|sputum|hypox|pleura|covid|coronavirus|chest x-ray)`, 'lung_left lung_right'],
  ['site.liver', String.raw`\b(liver|hepat|cirrhosis)`, 'liver'],
  ['site.gb', String.raw`\b(gall ?bladder|gallstone|cholecyst|biliary|cholelith)`, 'gallbladder'],
  ['site.pancreas', String.raw`\bpancrea`, 'pancreas'],
  ['site.stomach', String.raw`\b(stomach|gastri\w*|nausea|vomit|dyspepsia|peptic)`, 'stomach'],
  ['site.spleen', String.raw`\b(spleen|splen)`, 'spleen'],
  ['site.bladder', String.raw`\b(bladder|cystitis|urinary|urethr|incontinence)`, 'bladder'],
  ['site.colon', String.raw`\b(append\w*|colon\w*|colorectal|rectal|rectum|anus|anal|colitis|polyp|diverticul\w*)`, 'large_intestine'],
  ['site.gut', String.raw`\b(bowel|intestin\w*|ileus|diarrh\w*|constipation|crohn)`, 'small_intestine large_intestine'],
  ['site.breast', String.raw`\b(breast|mammary|mammogra\w*)`, 'breast_left breast_right'],
  ['site.pregnancy', String.raw`\b(pregnan\w*|miscarriage|eclampsia|fetus|fetal|labou?r|childbirth|cesarean|caesarean|uter\w*|cervix|endometri\w*)`, 'uterus'],
  ['site.ovary', String.raw`\bovar\w*`, 'ovary_left ovary_right'],
  ['site.tube', String.raw`\b(tubal|fallopian)`, 'fallopian_tubes'],
  ['site.vagina', String.raw`\b(vagin\w*|vulv\w*)`, 'vagina'],
  ['site.prostate', String.raw`\bprostat\w*`, 'prostate'],
  ['site.testes', String.raw`\b(testi\w*|testic\w*|scrot\w*)`, 'testes'],
  ['site.skin', String.raw`\b(skin|dermat\w*|burn|laceration|wound|pressure (ulcer|injury)|eczema|psoria\w*|rash|melanoma)`, 'skin'],
  ['site.skin.infection', String.raw`\b(chickenpox|varicella|shingles|herpes zoster|measles)\b`, 'skin'],
  ['site.elbow', String.raw`\b(elbows?|tennis elbow)\b`, 'arm_left arm_right'],
  ['site.spinalCord', String.raw`\b(spinal cord|myelopath\w*|myelitis)`, 'spinal_cord'],
  ['site.spine', String.raw`\b(spine|spinal|vertebr\w*|scoliosis|kyphosis|spina bifida|back pain|neck pain|whiplash)`, 'spine'],
  ['site.hip', String.raw`\bhips?\b`, 'hip_left hip_right'],
  ['site.knee', String.raw`\b(knees?\b|menisc\w*|patell\w*)`, 'knee_left knee_right'],
  ['site.shoulder', String.raw`\b(shoulders?\b|rotator)`, 'shoulder_left shoulder_right'],
  ['site.hand', String.raw`\b(hands?\b|wrists?\b|fingers?\b)`, 'hand_left hand_right'],
  ['site.foot', String.raw`\b(foot|feet|toes?\b)`, 'foot_left foot_right'],
  ['site.ankle', String.raw`\bankles?\b`, 'leg_left leg_right'],
  ['site.arm', String.raw`\b(forearm|arms?\b|humer\w*|radius|ulna)`, 'arm_left arm_right'],
  ['site.femur', String.raw`\b(femur|femoral|thigh)`, 'femur_left femur_right'],
  ['site.rib', String.raw`\b(ribs?\b|sternum)`, 'ribs_sternum'],
  ['site.clavicle', String.raw`\b(clavic\w*|collarbone)`, 'clavicle_left clavicle_right'],
  ['site.jaw', String.raw`\b(jaw|mandib\w*|temporomandibular)`, 'jaw'],
  ['site.skull', String.raw`\b(skull|cranial)`, 'skull'],
  ['site.gout', String.raw`\bgout\w*`, 'foot_left foot_right', 'gout'],
  ['site.rheumatoid', String.raw`\brheumatoid arthritis\b`, 'hand_left hand_right', 'rheumatoid'],
  ['site.joints', String.raw`\b(arthriti\w*|arthros\w*|joints?)\b`, 'joints', 'joints'],
  ['site.brain', String.raw`\b(brain|cerebr\w*|epilep\w*|seizure|migraine|headache|dementia|alzheimer|concussion|palsy|hydroceph\w*|parkinson|multiple sclerosis|electroencephal\w*|eeg)\b`, 'brain'],
  ['site.anaemia', String.raw`\b(anemi\w*|anaemi\w*)`, 'aorta great_veins', 'anaemia'],
  ['site.blood', String.raw`\b(immune deficiency|leuk\w*mi\w*|lymphoma|myeloma|neutropeni\w*|coagulation|hemophil\w*|bacteremia|immunodeficiency|hiv|allerg\w*)`, 'whole_body'],
  ['dis.diabetes', String.raw`\b(diabet\w*|prediabet\w*|hyperglyc\w*)`, 'pancreas'],
  ['site.adipose', String.raw`\b(obes\w*|overweight|adipos\w*)`, 'adipose_tissue', 'bodyMass'],
  ['sys.pain', String.raw`\bchronic pain\b`, 'brain spinal_cord', 'chronicPain'],
  ['sys.whole', String.raw`\b(sepsis|septic|shock|fever|fatigue|chills?|overdose|poisoning|metabolic syndrome|lupus|dehydration)\b`, 'whole_body'],
]
