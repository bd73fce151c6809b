/**
 * Lay names for conditions recorded as free text only (no code the tables know): ordered patterns on the record's
 * text, English and Spanish words; first match wins. Provenance and review: see types.ts.
 *
 * Every pattern starts with the NOT_ABOUT guard: a text about a relative ("family history of asthma", "antecedentes
 * familiares de asma", "mother: diabetes"), a negation ("ruled out", "negative for", "descartado", "niega") or a
 * personal history ("history of stroke", "antecedentes de ictus") gets no name, so the view shows the record's own
 * text (a static name would drop "family", "no" or "history of"). More specific rows come first ("type 2 diabetes"
 * before "diabetes", "hay fever" before "fever", "broken hip" before "broken bone").
 * Licence: project-written. Review status: project-reviewed, not clinician-reviewed.
 */
import type { LayRow } from './types.ts'

// JavaScript's \b (without the u flag) treats accented letters as non-word characters, so Spanish words use the
// guards of src/anatomy/tables/keywordRules.ts: L starts a word, E ends one (accented Latin-1 letters count as letters).
// Accented vowels are optional ([oó]) so unaccented spellings match too.
const L = String.raw`(?<![\wÀ-ÿ])`
const E = String.raw`(?![\wÀ-ÿ])`

const FAMILY = String.raw`\b(family (history|hx)|fh of|history in (a )?(first-degree )?relative|(mother|father|sister|brother|sibling|parent|grand(mother|father|parent)|aunt|uncle|son|daughter)s?\b)|${L}((antecedentes?|historia|historial) (m[eé]dicos? )?familiar(es)?|madre|padre|herman[oa]s?|abuel[oa]s?|t[ií][oa]s?|hij[oa]s?)${E}`
// "no" that is part of a name ("with no complications", "no especificada", "no insulinodependiente") is no negation.
const NO = String.raw`no(?! (complications?|mention|especificad|clasificad|complicad|controlad|insulinodependiente))`
const NEGATED = String.raw`\b(${NO}|not(?! (otherwise|elsewhere|specified|classified|controlled))|denies|denied|negative( for)?|ruled out|rule out|r\/o|excluded)\b|${L}(${NO}|niega|negativ[oa]( para)?|descartad[oa]s?|se descarta|sin evidencia de)${E}`
const HISTORY = String.raw`\b(history of|h\/o|hx of|past history|previous|prior)\b|${L}(antecedentes? (personales? )?de|historia de|historial de)${E}`
// A text that records a doubt, a risk, a screening or a worry is not a name for the condition itself: naming it flat
// ("Appendicitis" for "Suspected appendicitis") would say more than the record.
const UNCERTAIN = String.raw`(^|\s)\?|\b(suspect\w*|possible|possibly|probable|probably|query|queried|likely|risk|at risk|screen\w*|fear|concern\w*|worr\w*|rule-out)\b|${L}(sospech\w*|posible|probable|presunt[oa]s?|riesgo|cribado|despistaje|miedo|preocupaci[oó]n)${E}`
/** Texts that are not about a present condition of this person. */
const NOT_ABOUT = `^(?!.*(${FAMILY}|${NEGATED}|${HISTORY}|${UNCERTAIN}))`
const rule = (body: string): string => `${NOT_ABOUT}.*(${body})`
// Either word order: "fracture of the hip" and "hip fracture", "fractura de cadera".
const either = (a: string, b: string): string => rule(`(${a}).*(${b})|(${b}).*(${a})`)

const BROKEN = String.raw`\b(fractures?|fractured|broken)\b|${L}(fracturas?|fracturad[oa]s?|rotura [oó]sea)${E}`
const SPRAIN = String.raw`\b(sprains?|sprained)\b|${L}(esguinces?|torcedura)${E}`
const CUT = String.raw`\b(lacerations?|lacerated|cuts?)\b|${L}(laceraci[oó]n|laceraciones|cortes?|herida incisa)${E}`
const OA = String.raw`\b(osteoarthritis|osteoarthrosis|degenerative joint disease)\b|${L}(artrosis|osteoartritis|osteoartrosis)${E}`
const CANCER = String.raw`\b(cancer|malignan\w*|carcinoma|nsclc|sclc)\b|${L}(c[aá]ncer|carcinoma|neoplasia maligna|tumor maligno)${E}`
const KNEE = String.raw`\bknees?\b|${L}rodillas?${E}`
const HIP = String.raw`\b(hips?|femoral neck|neck of (the )?femur)\b|${L}(caderas?|cuello (del )?f[eé]mur)${E}`
const CKD = String.raw`\b(chronic kidney disease|chronic renal (disease|failure|insufficiency)|ckd)\b|${L}(enfermedad renal cr[oó]nica|insuficiencia renal cr[oó]nica|erc)${E}`
const ckdStage = (n: number, roman: string): LayRow => [
  either(
    CKD,
    String.raw`\bstage (${String(n)}|${roman})[ab]?\b|${L}(estadio|etapa|grado) (${String(n)}|${roman})[ab]?${E}`,
  ),
  `Chronic kidney disease stage ${String(n)}`,
  `Enfermedad renal crónica en estadio ${String(n)}`,
  'chronickidneydisease',
]

/** Rows keyed by a case-insensitive regular expression source. */
// prettier-ignore
export const TEXT_LAY_NAMES: readonly LayRow[] = [
  // Diabetes and blood sugar: complications and types before plain "diabetes".
  [rule(String.raw`\bdiabetic retinopathy\b|\bretinopathy due to (type [12] )?diabet|${L}retinopat[ií]a diab[eé]tica${E}`), 'Diabetic retinopathy (eye damage from diabetes)', 'Retinopatía diabética (daño en el ojo por diabetes)', 'diabeticeyeproblems'],
  [rule(String.raw`\bdiabetic (peripheral )?(neuropathy|polyneuropathy)\b|\bneuropathy due to (type [12] )?diabet|${L}(neuropat[ií]a|polineuropat[ií]a) diab[eé]tica${E}`), 'Nerve damage from diabetes', 'Daño en los nervios por diabetes', 'diabeticnerveproblems'],
  [rule(String.raw`\bdiabetic (nephropathy|kidney disease)\b|${L}(nefropat[ií]a|enfermedad renal) diab[eé]tica${E}`), 'Kidney disease due to diabetes', 'Enfermedad renal por diabetes', 'diabetickidneyproblems'],
  [rule(String.raw`\bdiabetic foot\b|${L}pie diab[eé]tico${E}`), 'Diabetic foot problem', 'Pie diabético', 'diabeticfoot'],
  [rule(String.raw`\bpre-?diabet\w*|\bimpaired (fasting glucose|glucose tolerance)\b|${L}prediabetes${E}`), 'Prediabetes', 'Prediabetes', 'prediabetes'],
  [rule(String.raw`\bgestational diabetes\b|${L}diabetes gestacional${E}`), 'Diabetes during pregnancy (gestational diabetes)', 'Diabetes del embarazo (diabetes gestacional)', 'diabetesandpregnancy'],
  [rule(String.raw`\btype (1|i|one) diabet|\bdiabet\w*( mellitus)?,? type (1|i|one)\b|\b(t1dm|iddm)\b|${L}diabetes (mellitus )?(tipo (1|I)|insulinodependiente)${E}|${L}dm ?(tipo )?1${E}`), 'Type 1 diabetes', 'Diabetes tipo 1', 'diabetestype1'],
  [rule(String.raw`\btype (2|ii|two) diabet|\bdiabet\w*( mellitus)?,? type (2|ii|two)\b|\b(t2dm|niddm)\b|${L}diabetes (mellitus )?(tipo (2|II)|no insulinodependiente)${E}|${L}dm ?(tipo )?2${E}`), 'Type 2 diabetes', 'Diabetes tipo 2', 'diabetestype2'],
  [rule(String.raw`\bdiabetes\b(?! (insipidus|ins[ií]pida))|${L}diabetes${E}(?! (insipidus|ins[ií]pida))`), 'Diabetes', 'Diabetes', 'diabetes'],
  [rule(String.raw`\b(hyperglyca?emia|high blood (sugar|glucose))\b|${L}(hiperglucemia|hiperglicemia|az[uú]car alta)${E}`), 'High blood sugar', 'Azúcar alta en la sangre', 'hyperglycemia'],
  // Heart and blood vessels.
  [rule(String.raw`\bpre-?eclampsia\b|${L}preeclampsia${E}`), 'Preeclampsia (high blood pressure in pregnancy)', 'Preeclampsia (presión alta en el embarazo)', 'highbloodpressureinpregnancy'],
  [rule(String.raw`\bpulmonary (arterial )?hypertension\b|${L}hipertensi[oó]n (arterial )?pulmonar${E}`), 'Pulmonary hypertension', 'Hipertensión pulmonar', 'pulmonaryhypertension'],
  [rule(String.raw`\b(?<!(ocular|intracranial|portal|pulmonary) )(hypertensi(on|ve)|high blood pressure|htn|hbp)\b(?! (of the eye|in the eye))|${L}(hipertensi[oó]n( arterial)?(?! (ocular|portal|intracraneal|pulmonar))|presi[oó]n (arterial )?alta|tensi[oó]n (arterial )?alta|hta)${E}`), 'High blood pressure', 'Presión arterial alta', 'highbloodpressure'],
  [rule(String.raw`\b(hypotension|low blood pressure)\b|${L}(hipotensi[oó]n|presi[oó]n (arterial )?baja|tensi[oó]n (arterial )?baja)${E}`), 'Low blood pressure', 'Presión arterial baja', 'lowbloodpressure'],
  [rule(String.raw`\b(hypercholesterol\w*|high cholesterol|raised cholesterol)\b|${L}(hipercolesterolemia|colesterol alto)${E}`), 'High cholesterol', 'Colesterol alto', 'cholesterol'],
  [rule(String.raw`\b(hyperlipid\w*|dyslipid\w*|hyperlipoprotein\w*|mixed hyperlipid\w*)|${L}(hiperlipidemia|hiperlipemia|dislipemia|dislipidemia)${E}`), 'High blood fats (hyperlipidemia)', 'Grasas altas en la sangre (hiperlipidemia)', 'cholesterol'],
  [rule(String.raw`\b(hypertriglycerid\w*|high triglycerides)|${L}(hipertrigliceridemia|triglic[eé]ridos altos)${E}`), 'High triglycerides', 'Triglicéridos altos', 'triglycerides'],
  [rule(String.raw`\b(myocardial infarction|heart attack|n?stemi)\b|${L}(infarto (agudo )?(de|del) miocardio|infarto card[ií]aco|ataque (al coraz[oó]n|card[ií]aco)|iam(sest|cest)?)${E}`), 'Heart attack', 'Infarto de miocardio (ataque al corazón)', 'heartattack'],
  [rule(String.raw`\bangina( pectoris)?\b|${L}angina( de pecho)?${E}`), 'Angina (chest pain from the heart)', 'Angina de pecho', 'angina'],
  [rule(String.raw`\b(coronary (artery|heart) disease|isch(a)?emic heart disease|coronary atherosclerosis)\b|${L}(enfermedad (arterial )?coronaria|cardiopat[ií]a isqu[eé]mica)${E}`), 'Coronary artery disease', 'Enfermedad coronaria', 'coronaryarterydisease'],
  [rule(String.raw`\b(heart failure|cardiac failure|chf)\b|${L}insuficiencia card[ií]aca${E}`), 'Heart failure', 'Insuficiencia cardíaca', 'heartfailure'],
  [rule(String.raw`\b(atrial fibrillation|a-?fib)\b|${L}fibrilaci[oó]n auricular${E}`), 'Atrial fibrillation (AFib)', 'Fibrilación auricular', 'atrialfibrillation'],
  [rule(String.raw`\b(heart valve|valvular heart|(aortic|mitral|tricuspid|pulmonary|pulmonic) (valve|stenosis|regurgitation|insufficiency))|${L}(valvulopat[ií]a|v[aá]lvulas? (card[ií]acas?|a[oó]rtica|mitral|tric[uú]spide)|estenosis (a[oó]rtica|mitral)|insuficiencia (a[oó]rtica|mitral|tric[uú]spide))${E}`), 'Heart valve disease', 'Enfermedad de las válvulas del corazón', 'heartvalvediseases'],
  [rule(String.raw`\b(arrhythmias?|dysrhythmias?|irregular heart ?beat)\b|${L}arritmias?( card[ií]aca)?${E}`), 'Irregular heartbeat (arrhythmia)', 'Ritmo cardíaco irregular (arritmia)', 'arrhythmia'],
  [rule(String.raw`\b(transient isch(a)?emic attack|mini-?stroke)\b|${L}accidente isqu[eé]mico transitorio${E}`), 'Mini-stroke (transient ischemic attack)', 'Accidente isquémico transitorio', 'transientischemicattack'],
  [rule(String.raw`\b(?<!heat )(stroke|cerebrovascular accident|cva|cerebral infarction|brain attack)\b|${L}(ictus|accidente cerebrovascular|acv|infarto cerebral|derrame cerebral)${E}`), 'Stroke', 'Accidente cerebrovascular (ictus)', 'stroke'],
  [rule(String.raw`\b(deep ve(in|nous) thrombosis|dvt)\b|\bthrombosis of (\w+ )*deep veins?\b|${L}(trombosis venosa profunda|tvp)${E}`), 'Deep vein thrombosis (blood clot in a deep vein)', 'Trombosis venosa profunda (coágulo en una vena profunda)', 'deepveinthrombosis'],
  [rule(String.raw`\bpulmonary (embol\w*|thromboembol\w*)|${L}(embolia|embolismo|tromboembolismo) pulmonar${E}`), 'Blood clot in the lung (pulmonary embolism)', 'Coágulo en el pulmón (embolia pulmonar)', 'pulmonaryembolism'],
  [rule(String.raw`\bvaricose veins?\b|${L}(varices|v[aá]rices|venas varicosas)${E}(?! (esof[aá]gicas|g[aá]stricas))`), 'Varicose veins', 'Varices', 'varicoseveins'],
  [rule(String.raw`\bperipheral (arterial|artery|vascular) disease\b|${L}(enfermedad arterial perif[eé]rica|arteriopat[ií]a perif[eé]rica)${E}`), 'Peripheral artery disease', 'Enfermedad arterial periférica', 'peripheralarterialdisease'],
  // Lungs, nose, throat and ears.
  [rule(String.raw`\b(childhood|pa?ediatric) asthma\b|${L}asma infantil${E}`), 'Childhood asthma', 'Asma infantil', 'asthmainchildren'],
  [rule(String.raw`\basthma(tic)?\b|${L}(asma|asm[aá]tic[oa])${E}`), 'Asthma', 'Asma', 'asthma'],
  [rule(String.raw`\b(copd|chronic obstructive (pulmonary|lung|airways?) disease|coad)\b|${L}(epoc|enfermedad pulmonar obstructiva cr[oó]nica)${E}`), 'COPD (chronic obstructive pulmonary disease)', 'EPOC (enfermedad pulmonar obstructiva crónica)', 'copd'],
  [rule(String.raw`\bemphysema\b|${L}enfisema( pulmonar)?${E}`), 'Emphysema', 'Enfisema', 'emphysema'],
  [rule(String.raw`\bchronic bronchitis\b|${L}bronquitis cr[oó]nica${E}`), 'Chronic bronchitis', 'Bronquitis crónica', 'chronicbronchitis'],
  [rule(String.raw`\bbronchitis\b|${L}bronquitis${E}`), 'Bronchitis', 'Bronquitis', 'acutebronchitis'],
  [rule(String.raw`\bpneumonia\b|${L}(neumon[ií]a|pulmon[ií]a)${E}`), 'Pneumonia', 'Neumonía', 'pneumonia'],
  [rule(String.raw`\btuberculosis\b|${L}tuberculosis${E}`), 'Tuberculosis', 'Tuberculosis', 'tuberculosis'],
  [rule(String.raw`\b(long covid|post-?covid)`), 'Long COVID (post-COVID condition)', 'COVID persistente', 'postcovidconditionslongcovid'],
  [rule(String.raw`\b(covid(-?19)?|sars-cov-?2|coronavirus disease)\b`), 'COVID-19', 'COVID-19', 'covid19coronavirusdisease2019'],
  [rule(String.raw`\b(stomach flu|stomach bug|gastroenteritis)\b|${L}gastroenteritis${E}`), 'Stomach flu (gastroenteritis)', 'Gastroenteritis', 'gastroenteritis'],
  [rule(String.raw`\b(influenza|flu)\b(?! (vaccin|shot|jab))|${L}gripe${E}`), 'Flu (influenza)', 'Gripe (influenza)', 'flu'],
  [rule(String.raw`\b(common cold|head cold|coryza|nasopharyngitis)\b|${L}(resfriado( com[uú]n)?|resfr[ií]o|catarro|rinofaringitis)${E}`), 'Common cold', 'Resfriado común', 'commoncold'],
  [rule(String.raw`\bupper respiratory (tract )?infection\b|\burti?\b|${L}infecci[oó]n (respiratoria )?de (las )?v[ií]as (respiratorias )?altas${E}`), 'Upper respiratory infection (nose and throat)', 'Infección de las vías respiratorias altas (nariz y garganta)', 'commoncold'],
  [rule(String.raw`\b(sinusitis|rhinosinusitis|sinus infection)\b|${L}(sinusitis|rinosinusitis)${E}`), 'Sinus infection (sinusitis)', 'Sinusitis (infección de los senos paranasales)', 'sinusitis'],
  [rule(String.raw`\b(hay ?fever|allergic rhinitis|pollen allergy)\b|${L}(rinitis al[eé]rgica|fiebre del heno|alergia al polen)${E}`), 'Hay fever (allergic rhinitis)', 'Rinitis alérgica (fiebre del heno)', 'hayfever'],
  [rule(String.raw`\bstrep(tococcal)? (throat|pharyngitis|sore throat)\b|${L}(faringitis|amigdalitis) estreptoc[oó]cica${E}`), 'Strep throat', 'Faringitis estreptocócica (infección de garganta por estreptococo)', 'streptococcalinfections'],
  [rule(String.raw`\btonsillitis\b|${L}(amigdalitis|anginas)${E}`), 'Tonsillitis', 'Amigdalitis', 'tonsillitis'],
  [rule(String.raw`\b(sore throat|pharyngitis)\b|${L}(dolor de garganta|faringitis)${E}`), 'Sore throat', 'Dolor de garganta', 'sorethroat'],
  [rule(String.raw`\b(otitis media|(middle )?ear infection)\b|${L}(otitis( media)?(?! externa)|infecci[oó]n de o[ií]do)${E}`), 'Ear infection (otitis media)', 'Infección de oído (otitis media)', 'earinfections'],
  [rule(String.raw`\b(hearing loss|deafness|deaf|hard of hearing|presbycusis)\b|${L}(p[eé]rdida (de (la )?)?(auditiva|audici[oó]n|o[ií]do)|hipoacusia|sordera|presbiacusia)${E}`), 'Hearing loss', 'Pérdida de audición', 'hearingdisordersanddeafness'],
  [rule(String.raw`\btinnitus\b|${L}(ac[uú]fenos?|tinnitus)${E}`), 'Ringing in the ears (tinnitus)', 'Zumbido en los oídos (acúfenos)', 'tinnitus'],
  [rule(String.raw`\bcataracts?\b|${L}cataratas?${E}`), 'Cataract', 'Catarata', 'cataract'],
  [rule(String.raw`\bglaucoma\b|${L}glaucoma${E}`), 'Glaucoma', 'Glaucoma', 'glaucoma'],
  [rule(String.raw`\b(conjunctivitis|pink ?eye)\b|${L}conjuntivitis${E}`), 'Pink eye (conjunctivitis)', 'Conjuntivitis', 'pinkeye'],
  // Brain, nerves and mind.
  [rule(String.raw`\bmigraines?\b|${L}migra[nñ]as?${E}`), 'Migraine', 'Migraña', 'migraine'],
  [rule(String.raw`\b(headaches?|cephalalgia)\b|${L}(cefaleas?|dolor(es)? de cabeza)${E}`), 'Headache', 'Dolor de cabeza', 'headache'],
  [rule(String.raw`\bepilep\w*|${L}epilep`), 'Epilepsy', 'Epilepsia', 'epilepsy'],
  [rule(String.raw`\b(seizures?|convulsions?)\b|${L}(convulsi[oó]n|convulsiones|crisis convulsivas?)${E}`), 'Seizures', 'Convulsiones', 'seizures'],
  [rule(String.raw`\bparkinson|${L}parkinson`), "Parkinson's disease", 'Enfermedad de Parkinson', 'parkinsonsdisease'],
  [rule(String.raw`\balzheimer|${L}alzheimer`), "Alzheimer's disease", 'Enfermedad de Alzheimer', 'alzheimersdisease'],
  [rule(String.raw`\bdementia\b|${L}demencia${E}`), 'Dementia', 'Demencia', 'dementia'],
  [rule(String.raw`\bmultiple sclerosis\b|${L}esclerosis m[uú]ltiple${E}`), 'Multiple sclerosis', 'Esclerosis múltiple', 'multiplesclerosis'],
  [rule(String.raw`\b(peripheral neuropathy|polyneuropathy|peripheral neuritis)\b|${L}(neuropat[ií]a perif[eé]rica|polineuropat[ií]a)${E}`), 'Peripheral neuropathy (nerve damage)', 'Neuropatía periférica (daño en los nervios)', 'peripheralnervedisorders'],
  [rule(String.raw`\bsciatica\b|${L}ci[aá]tica${E}`), 'Sciatica', 'Ciática', 'sciatica'],
  [rule(String.raw`\bcarpal tunnel\b|${L}t[uú]nel carpiano${E}`), 'Carpal tunnel syndrome', 'Síndrome del túnel carpiano', 'carpaltunnelsyndrome'],
  [rule(String.raw`\bconcussion\b|${L}conmoci[oó]n cerebral${E}`), 'Concussion', 'Conmoción cerebral', 'concussion'],
  [rule(String.raw`\b(?<!(respiratory|st|st-segment) )(depression|depressive (disorder|episode)|major depressive)\b|${L}(depresi[oó]n(?! respiratoria)|trastorno depresivo)${E}`), 'Depression', 'Depresión', 'depression'],
  [rule(String.raw`\bpanic (disorder|attacks?)\b|${L}(trastorno de p[aá]nico|(ataques?|crisis) de p[aá]nico)${E}`), 'Panic disorder', 'Trastorno de pánico', 'panicdisorder'],
  [rule(String.raw`\bgenerali[sz]ed anxiety\b|${L}ansiedad generalizada${E}`), 'Generalized anxiety disorder', 'Trastorno de ansiedad generalizada', 'anxiety'],
  [rule(String.raw`\banxiety\b|${L}(ansiedad|trastorno de ansiedad)${E}`), 'Anxiety', 'Ansiedad', 'anxiety'],
  [rule(String.raw`\b(ptsd|post-?traumatic stress)\b|${L}(estr[eé]s postraum[aá]tico|tept)${E}`), 'Post-traumatic stress disorder (PTSD)', 'Trastorno de estrés postraumático (TEPT)', 'posttraumaticstressdisorder'],
  [rule(String.raw`\binsomnia\b|${L}insomnio${E}`), 'Insomnia (trouble sleeping)', 'Insomnio (dificultad para dormir)', 'insomnia'],
  [rule(String.raw`\bsleep apno?ea\b|${L}apnea (obstructiva )?del sue[nñ]o${E}`), 'Sleep apnea', 'Apnea del sueño', 'sleepapnea'],
  [rule(String.raw`\b(adhd|attention deficit)|${L}(tdah|d[eé]ficit de atenci[oó]n)`), 'Attention deficit hyperactivity disorder (ADHD)', 'Trastorno por déficit de atención e hiperactividad (TDAH)', 'attentiondeficithyperactivitydisorder'],
  [rule(String.raw`\b(alcoholism|alcohol (use disorder|dependence|abuse))\b|${L}(alcoholismo|dependencia del alcohol|trastorno por consumo de alcohol)${E}`), 'Alcohol use disorder (alcoholism)', 'Trastorno por consumo de alcohol (alcoholismo)', 'alcoholusedisorderaud'],
  // Bones, joints and muscles: a named site before the general row.
  [either(OA, KNEE), 'Osteoarthritis of the knee', 'Artrosis de rodilla', 'osteoarthritis'],
  [either(OA, HIP), 'Osteoarthritis of the hip', 'Artrosis de cadera', 'osteoarthritis'],
  [either(OA, String.raw`\b(hands?|fingers?|thumbs?)\b|${L}(manos?|dedos|pulgar)${E}`), 'Osteoarthritis of the hand', 'Artrosis de la mano', 'osteoarthritis'],
  [rule(OA), 'Osteoarthritis', 'Artrosis', 'osteoarthritis'],
  [rule(String.raw`\brheumatoid arthritis\b|${L}artritis reumatoide${E}`), 'Rheumatoid arthritis', 'Artritis reumatoide', 'rheumatoidarthritis'],
  [rule(String.raw`\bgout(y arthritis)?\b|${L}gota${E}`), 'Gout', 'Gota', 'gout'],
  [rule(String.raw`\barthritis\b|${L}artritis${E}`), 'Arthritis', 'Artritis', 'arthritis'],
  [rule(String.raw`\bosteoporo\w*|${L}osteoporosis${E}`), 'Osteoporosis', 'Osteoporosis', 'osteoporosis'],
  [rule(String.raw`\bosteopenia\b|${L}osteopenia${E}`), 'Osteopenia (lower bone density)', 'Osteopenia (densidad ósea baja)', 'bonedensity'],
  [rule(String.raw`\bfibromyalgia\b|${L}fibromialgia${E}`), 'Fibromyalgia', 'Fibromialgia', 'fibromyalgia'],
  [either(BROKEN, HIP), 'Broken hip', 'Fractura de cadera', 'hipinjuriesanddisorders'],
  [either(BROKEN, String.raw`\b(wrist|distal radius|colles)\b|${L}(mu[nñ]eca|radio distal|colles)${E}`), 'Broken wrist', 'Fractura de muñeca', 'wristinjuriesanddisorders'],
  [either(BROKEN, String.raw`\b(ankles?|malleol\w*)\b|${L}(tobillos?|mal[eé]olo)${E}`), 'Broken ankle', 'Fractura de tobillo', 'ankleinjuriesanddisorders'],
  [either(BROKEN, String.raw`\b(forearm|radius|ulna)\b|${L}(antebrazo|radio|c[uú]bito)${E}`), 'Broken forearm', 'Fractura de antebrazo', 'arminjuriesanddisorders'],
  [either(BROKEN, String.raw`\b(ribs?)\b|${L}costillas?${E}`), 'Broken rib', 'Fractura de costilla', 'chestinjuriesanddisorders'],
  [rule(BROKEN), 'Broken bone', 'Fractura de hueso', 'fractures'],
  [either(SPRAIN, String.raw`\bankles?\b|${L}tobillos?${E}`), 'Sprained ankle', 'Esguince de tobillo', 'sprainsandstrains'],
  [either(SPRAIN, String.raw`\bwrists?\b|${L}mu[nñ]ecas?${E}`), 'Sprained wrist', 'Esguince de muñeca', 'sprainsandstrains'],
  [rule(SPRAIN), 'Sprain', 'Esguince', 'sprainsandstrains'],
  [rule(String.raw`\b(tennis elbow|lateral epicondylitis)\b|${L}(codo de tenista|epicondilitis( lateral)?)${E}`), 'Tennis elbow', 'Codo de tenista', 'elbowinjuriesanddisorders'],
  [rule(String.raw`\b(herniated (disc|disk)|dis[ck] herniation|slipped dis[ck])\b|${L}hernia (discal|de disco)${E}`), 'Herniated disk', 'Hernia de disco', 'herniateddisk'],
  [rule(String.raw`\bchronic low(er)? back pain\b|${L}(dolor lumbar cr[oó]nico|lumbalgia cr[oó]nica)${E}`), 'Chronic low back pain', 'Dolor lumbar crónico', 'backpain'],
  [rule(String.raw`\b(low(er)? back pain|lumbago|lumbar pain)\b|${L}(dolor lumbar|lumbalgia|lumbago)${E}`), 'Low back pain', 'Dolor lumbar', 'backpain'],
  [rule(String.raw`\b(back ?ache|back pain)\b|${L}(dolor de espalda|dorsalgia)${E}`), 'Back pain', 'Dolor de espalda', 'backpain'],
  [rule(String.raw`\bneck pain\b|${L}(dolor de cuello|cervicalgia)${E}`), 'Neck pain', 'Dolor de cuello', 'neckinjuriesanddisorders'],
  [rule(String.raw`\bknee pain\b|\bpain (in|of) (the )?((left|right) )?knee|${L}dolor (de|en la) rodilla${E}`), 'Knee pain', 'Dolor de rodilla', 'kneeinjuriesanddisorders'],
  [rule(String.raw`\bshoulder pain\b|\bpain (in|of) (the )?((left|right) )?shoulder|${L}dolor (de|en el) hombro${E}`), 'Shoulder pain', 'Dolor de hombro', 'shoulderinjuriesanddisorders'],
  // Injuries and skin.
  [either(CUT, String.raw`\b(hands?|fingers?|thumbs?|palm)\b|${L}(manos?|dedos? de la mano|pulgar)${E}`), 'Cut on the hand', 'Corte en la mano', 'handinjuriesanddisorders'],
  [rule(CUT), 'Cut (laceration)', 'Corte (laceración)', 'woundsandinjuries'],
  [rule(String.raw`\b(bruises?|bruising|contusions?)\b|${L}(moret[oó]n|moretones|contusi[oó]n|contusiones|cardenal(es)?)${E}`), 'Bruise', 'Moretón (contusión)', 'bruises'],
  [rule(String.raw`\b(burns?|burnt|scalds?)\b|${L}quemaduras?${E}`), 'Burn', 'Quemadura', 'burns'],
  [rule(String.raw`\b(pressure (ulcer|sore|injury)|bed ?sores?|decubitus)\b|${L}([uú]lcera por presi[oó]n|escaras?)${E}`), 'Pressure sore (bedsore)', 'Úlcera por presión (escara)', 'pressuresores'],
  [rule(String.raw`\bcellulitis\b|${L}celulitis infecciosa${E}`), 'Cellulitis (skin infection)', 'Celulitis (infección de la piel)', 'cellulitis'],
  [rule(String.raw`\b(eczema|atopic dermatitis)\b|${L}(eccema|eczema|dermatitis at[oó]pica)${E}`), 'Eczema', 'Eccema', 'eczema'],
  [rule(String.raw`\bdermatitis\b|${L}dermatitis${E}`), 'Dermatitis (skin inflammation)', 'Dermatitis (inflamación de la piel)', 'eczema'],
  [rule(String.raw`\bpsoriasis\b|${L}psoriasis${E}`), 'Psoriasis', 'Psoriasis', 'psoriasis'],
  [rule(String.raw`\bacne\b|${L}acn[eé]${E}`), 'Acne', 'Acné', 'acne'],
  [rule(String.raw`\b(shingles|herpes zoster|zoster)\b|${L}(herpes z[oó]ster|culebrilla)${E}`), 'Shingles', 'Herpes zóster (culebrilla)', 'shingles'],
  [rule(String.raw`\b(chicken ?pox|varicella(?![- ]zoster))\b|${L}varicela${E}`), 'Chickenpox', 'Varicela', 'chickenpox'],
  [rule(String.raw`\b(hives|urticaria)\b|${L}(urticaria|ronchas)${E}`), 'Hives', 'Urticaria', 'hives'],
  // Digestion.
  [rule(String.raw`\bheartburn\b|${L}(pirosis|acidez( de est[oó]mago)?)${E}`), 'Heartburn', 'Acidez de estómago', 'heartburn'],
  [rule(String.raw`\b(gerd|gord|gastro-?o?esophageal reflux|acid reflux)\b|${L}(erge|reflujo (gastroesof[aá]gico|[aá]cido))${E}`), 'Acid reflux (GERD)', 'Reflujo gastroesofágico (ERGE)', 'gerd'],
  [rule(String.raw`\b(peptic|gastric|stomach|duodenal) ulcers?\b|${L}[uú]lceras? (p[eé]ptica|g[aá]strica|duodenal|de est[oó]mago)${E}`), 'Stomach or duodenal ulcer (peptic ulcer)', 'Úlcera péptica (de estómago o de duodeno)', 'pepticulcer'],
  [rule(String.raw`\bgastritis\b|${L}gastritis${E}`), 'Gastritis (stomach lining inflammation)', 'Gastritis (inflamación del estómago)', 'stomachdisorders'],
  [rule(String.raw`\b(irritable bowel|ibs)\b|${L}(colon|intestino) irritable${E}`), 'Irritable bowel syndrome', 'Síndrome del intestino irritable', 'irritablebowelsyndrome'],
  [rule(String.raw`\bcrohn|${L}(enfermedad de )?crohn`), "Crohn's disease", 'Enfermedad de Crohn', 'crohnsdisease'],
  [rule(String.raw`\bulcerative colitis\b|${L}colitis ulcerosa${E}`), 'Ulcerative colitis', 'Colitis ulcerosa', 'ulcerativecolitis'],
  [rule(String.raw`\bco?eliac\b|${L}(celiaqu[ií]a|enfermedad cel[ií]aca)${E}`), 'Celiac disease', 'Enfermedad celíaca', 'celiacdisease'],
  [rule(String.raw`\bdiverticul\w*|${L}diverticul`), 'Diverticular disease', 'Enfermedad diverticular', 'diverticulosisanddiverticulitis'],
  [rule(String.raw`\bappendicitis\b|${L}apendicitis${E}`), 'Appendicitis', 'Apendicitis', 'appendicitis'],
  [rule(String.raw`\b(gallstones?|cholelithiasis)\b|${L}(c[aá]lculos? biliares?|colelitiasis|piedras? en la ves[ií]cula)${E}`), 'Gallstones', 'Cálculos biliares', 'gallstones'],
  [rule(String.raw`\b(hiatal|hiatus) hernia\b|${L}hernia de hiato${E}`), 'Hiatal hernia', 'Hernia de hiato', 'hiatalhernia'],
  [rule(String.raw`\bhernias?\b|${L}hernias?${E}(?! (discal|de disco))`), 'Hernia', 'Hernia', 'hernia'],
  [rule(String.raw`\bha?emorrhoids?\b|\bpiles\b|${L}hemorroides${E}`), 'Hemorrhoids (piles)', 'Hemorroides', 'hemorrhoids'],
  [rule(String.raw`\bconstipation\b|${L}estre[nñ]imiento${E}`), 'Constipation', 'Estreñimiento', 'constipation'],
  [rule(String.raw`\bdiarrh(o)?ea\b|${L}diarreas?${E}`), 'Diarrhea', 'Diarrea', 'diarrhea'],
  [rule(String.raw`\b(nausea|vomiting)\b|${L}(n[aá]useas?|v[oó]mitos?)${E}`), 'Nausea or vomiting', 'Náuseas o vómitos', 'nauseaandvomiting'],
  [rule(String.raw`\b(fatty liver|nafld|masld|hepatic steatosis)\b|${L}(h[ií]gado graso|esteatosis hep[aá]tica)${E}`), 'Fatty liver disease', 'Hígado graso', 'fattyliverdisease'],
  [rule(String.raw`\bhepatitis c\b|\bhcv\b|${L}hepatitis c${E}`), 'Hepatitis C', 'Hepatitis C', 'hepatitisc'],
  [rule(String.raw`\bhepatitis b\b|\bhbv\b|${L}hepatitis b${E}`), 'Hepatitis B', 'Hepatitis B', 'hepatitisb'],
  // Kidneys, bladder and hormones.
  [rule(String.raw`\b(end[- ]stage (renal|kidney) (disease|failure)|esrd|eskd)\b|${L}(enfermedad renal (cr[oó]nica )?terminal|insuficiencia renal (cr[oó]nica )?terminal)${E}`), 'Kidney failure (end-stage kidney disease)', 'Insuficiencia renal (enfermedad renal crónica terminal)', 'kidneyfailure'],
  ckdStage(1, 'i'),
  ckdStage(2, 'ii'),
  ckdStage(3, 'iii'),
  ckdStage(4, 'iv'),
  ckdStage(5, 'v'),
  [rule(CKD), 'Chronic kidney disease', 'Enfermedad renal crónica', 'chronickidneydisease'],
  [rule(String.raw`\b(acute (kidney|renal) (injury|failure|insufficiency)|aki)\b|${L}(insuficiencia renal aguda|fracaso renal agudo|lesi[oó]n renal aguda)${E}`), 'Acute kidney injury', 'Lesión renal aguda', 'kidneydiseases'],
  [rule(String.raw`\b(kidney stones?|renal (calculus|calculi|stones?|colic)|nephrolithiasis|urolithiasis)\b|${L}(c[aá]lculos? renal(es)?|piedras? en el ri[nñ][oó]n|nefrolitiasis|litiasis renal|c[oó]lico nefr[ií]tico)${E}`), 'Kidney stone', 'Cálculo renal (piedra en el riñón)', 'kidneystones'],
  [rule(String.raw`\b(pyelonephritis|kidney infection)\b|${L}(pielonefritis|infecci[oó]n (de|del) ri[nñ][oó]n)${E}`), 'Kidney infection (pyelonephritis)', 'Infección de riñón (pielonefritis)', 'urinarytractinfections'],
  [rule(String.raw`\b(urinary tract infections?|utis?|cystitis|bladder infection)\b|${L}(infecci[oó]n (del tracto |de (las )?v[ií]as )?urinari[ao]s?|infecci[oó]n de orina|cistitis|itu)${E}`), 'Urinary tract infection', 'Infección urinaria', 'urinarytractinfections'],
  [rule(String.raw`\b(benign prostatic hyperplasia|enlarged prostate|bph)\b|${L}(hiperplasia benigna de (la )?pr[oó]stata|pr[oó]stata agrandada)${E}`), 'Enlarged prostate (BPH)', 'Próstata agrandada (hiperplasia benigna de próstata)', 'enlargedprostatebph'],
  [rule(String.raw`\b(hypothyroid\w*|underactive thyroid)|${L}hipotiroidismo${E}`), 'Underactive thyroid (hypothyroidism)', 'Tiroides poco activa (hipotiroidismo)', 'hypothyroidism'],
  [rule(String.raw`\b(hyperthyroid\w*|overactive thyroid|graves'? disease)|${L}hipertiroidismo${E}`), 'Overactive thyroid (hyperthyroidism)', 'Tiroides hiperactiva (hipertiroidismo)', 'hyperthyroidism'],
  [rule(String.raw`\b(hot flush(es)?|hot flash(es)?|menopausal flushing)\b|${L}(sofocos?|bochornos?)${E}`), 'Hot flashes', 'Sofocos', 'menopause'],
  // Blood, infections and the whole body.
  [rule(String.raw`\bsickle[- ]cell\b|${L}(drepanocitosis|anemia (de c[eé]lulas )?falciforme)${E}`), 'Sickle cell disease', 'Enfermedad de células falciformes', 'sicklecelldisease'],
  [rule(String.raw`\biron[- ]deficiency ana?emia\b|${L}anemia (ferrop[eé]nica|por (d[eé]ficit|deficiencia|falta) de hierro)${E}`), 'Iron-deficiency anemia', 'Anemia por falta de hierro (ferropénica)', 'anemia'],
  [rule(String.raw`\bana?emi(a|c)\b|${L}an(e|a)mia${E}`), 'Anemia', 'Anemia', 'anemia'],
  [rule(String.raw`\b(hiv|human immunodeficiency virus)\b|${L}(vih|virus de (la )?inmunodeficiencia humana)${E}`), 'HIV infection', 'Infección por el VIH', 'hiv'],
  [rule(String.raw`\bseptic shock\b|${L}(shock|choque) s[eé]ptico${E}`), 'Septic shock', 'Shock séptico', 'sepsis'],
  [rule(String.raw`\b(sepsis|septica?emia)\b|${L}(sepsis|septicemia)${E}`), 'Sepsis', 'Sepsis', 'sepsis'],
  [either(CANCER, String.raw`\b(breast)\b|${L}(mama|seno)${E}`), 'Breast cancer', 'Cáncer de mama', 'breastcancer'],
  [either(CANCER, String.raw`\b(lung|bronch\w*|nsclc|sclc)\b|${L}(pulm[oó]n|pulmonar|bronquial)${E}`), 'Lung cancer', 'Cáncer de pulmón', 'lungcancer'],
  [either(CANCER, String.raw`\b(colon|colorectal|rectal|rectum|bowel)\b|${L}(colon|colorrectal|recto)${E}`), 'Colorectal cancer', 'Cáncer colorrectal', 'colorectalcancer'],
  [either(CANCER, String.raw`\bprostat\w*|${L}pr[oó]stata${E}`), 'Prostate cancer', 'Cáncer de próstata', 'prostatecancer'],
  [rule(String.raw`\bmelanoma\b|${L}melanoma${E}`), 'Melanoma (a skin cancer)', 'Melanoma (un cáncer de piel)', 'melanoma'],
  [rule(CANCER), 'Cancer', 'Cáncer', 'cancer'],
  [rule(String.raw`\b(obesity|obese)\b|${L}obesidad${E}`), 'Obesity', 'Obesidad', 'obesity'],
  [rule(String.raw`\bdehydrat\w*|${L}deshidrataci[oó]n${E}`), 'Dehydration', 'Deshidratación', 'dehydration'],
  [rule(String.raw`\b(?<!(hay|rheumatic|scarlet|yellow|dengue|typhoid|valley|glandular|q|lassa|relapsing) )(fever|pyrexia)\b|${L}fiebre${E}(?! (del heno|reum[aá]tica|amarilla|tifoidea|escarlatina))`), 'Fever', 'Fiebre', 'fever'],
  [rule(String.raw`\b(?<!chronic )(fatigue|tiredness|exhaustion)\b(?! syndrome)|${L}(cansancio|fatiga|agotamiento)${E}(?! cr[oó]nica)`), 'Tiredness (fatigue)', 'Cansancio (fatiga)', 'fatigue'],
  [rule(String.raw`\b(?<!whooping )cough(ing)?\b|${L}tos${E}(?! ferina)`), 'Cough', 'Tos', 'cough'],
  [rule(String.raw`\b(shortness of breath|breathlessness|dyspno?ea)\b|${L}(disnea|falta de aire|dificultad (para|al) respirar)${E}`), 'Shortness of breath', 'Falta de aire', 'breathingproblems'],
  [rule(String.raw`\b(dizziness|dizzy|vertigo)\b|${L}(mareos?|v[eé]rtigo)${E}`), 'Dizziness or vertigo', 'Mareo o vértigo', 'dizzinessandvertigo'],
  [rule(String.raw`\bchest pain\b|${L}dolor (de |en el )?(pecho|tor[aá]cico)${E}`), 'Chest pain', 'Dolor en el pecho', 'chestpain'],
  [rule(String.raw`\b(abdominal pain|stomach ?ache|belly ?ache|tummy ache)\b|${L}dolor (abdominal|de (est[oó]mago|barriga|tripa|vientre))${E}`), 'Abdominal pain', 'Dolor abdominal', 'abdominalpain'],
  [rule(String.raw`\bchronic pain\b|${L}dolor cr[oó]nico${E}`), 'Chronic pain', 'Dolor crónico', 'chronicpain'],
  [rule(String.raw`\b(dental caries|tooth decay|cavities)\b|${L}caries( dental)?${E}`), 'Tooth decay (cavities)', 'Caries dental', 'toothdecay'],
  [either(String.raw`\b(amputations?|amputee|amputated|acquired absence)\b|${L}(amputaci[oó]n|amputad[oa]|ausencia adquirida)${E}`, String.raw`\b(legs?|below[- ]knee|above[- ]knee|lower limbs?)\b|${L}(piernas?|miembros? inferior(es)?)${E}`), 'Leg amputation', 'Amputación de pierna', 'limbloss'],
]
