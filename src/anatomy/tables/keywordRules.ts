/**
 * Ordered keyword rules on the record's display text: the last resort before "not placed on the body".
 * A hit is shown in the UI as a keyword match (lower confidence than a code). First match wins.
 *
 * Source: shared/reference/mapping/text-rules.tsv (hand-written), reviewed and changed by the project: targets
 * rewritten to OrganIds, stress moved to life and context, tuberculosis added (Synthea's gdp files carry a pseudo
 * SNOMED code for it), the mental-health rule moved before the body rules so "drug abuse" or "alcoholism" never
 * lands on an organ, and the whole-body rule kept last. Project additions (issue 11): Spanish words for every body
 * rule (accented vowels optional), procedure stems (-ectomy, -otomy, -oscopy, cystoscopy, spirometry, IUD), split rules
 * for blood lipids, the wrist, carpal tunnel and superficial leg veins, and a vaccination rule that names no place.
 * Known traps: words inside longer words are guarded with \b.
 * Licence: project-written. Review status: project-reviewed, not clinician-reviewed.
 *
 * Columns: rule id, pattern (case-insensitive), places (as in snomedConditions.ts), and optionally a note id whose
 * sentence follows the keyword note (for rules that place a condition by convention: gout, rheumatoid arthritis,
 * anaemia; see docs/mapping.md).
 */
import type { NoteId } from './notes.ts'

/** One keyword rule. */
export type KeywordRow = readonly [id: string, pattern: string, places: string, note?: NoteId]

// JavaScript's \b (without the u flag) treats accented letters as non-word characters, so "útero" has no \b before
// it and "mano" would end at the "ñ" of a longer word. Spanish words use these guards instead: L starts a word, E
// ends one (accented Latin-1 letters count as letters). Spanish stems without E match longer words
// (apendicectom -> apendicectomía). Accented vowels are optional ([oó]) so unaccented spellings match too.
const L = String.raw`(?<![\wÀ-ÿ])`
const E = String.raw`(?![\wÀ-ÿ])`

// Injury and amputation words, English and Spanish, for the rules that place an injury at the part it names.
const INJ = String.raw`(\b(lacerat\w*|wound|cut|injur\w*|bite)\b|${L}(herid[ao]s?|laceraci[oó]n|cortes?|mordedura)${E})`
const AMP = String.raw`(\b(amputat\w*|disarticulat\w*)\b|${L}(amputa|desarticula))`
// Either word order: "amputation of the left foot" and "left foot amputation", "hand laceration".
const either = (a: string, b: string): string => `(${a}.*${b}|${b}.*${a})`

// prettier-ignore
export const KEYWORD_RULES: readonly KeywordRow[] = [
  ['ctx.family', String.raw`\b(family history|history in (a )?(first-degree )?relative)\b`, 'context', 'family'],
  ['ctx.social', String.raw`\b(access to transportation|employment|employed|unemployed|labor force|education|school|housing|homeless|transport problem|criminal record|refugee|migrant|social (isolation|contact)|limited social|military|armed forces|violence|intimate partner|abuse victim|stress)\b`, 'context'],
  ['ctx.admin', String.raw`\b(medication review|medication reconciliation|documentation of|died in hospice|requested|review of systems|admission to|transfer to)\b`, 'context'],
  ['ctx.lifestyle', String.raw`(\b(smokes|smoker|tobacco|alcohol drinking|risk activity|misuses drugs)\b|${L}(tabaquismo|fumador[a]?|tabaco)${E})`, 'context'],
  ['inj.hand', either(INJ, String.raw`(\b(hands?|fingers?|thumbs?|wrists?)\b|${L}(manos?|dedos? de la mano|pulgar|mu[nñ]ecas?)${E})`), 'hand_left hand_right', 'injurySite'],
  ['inj.forearm', either(INJ, String.raw`(\b(forearms?|arms?|elbows?)\b|${L}(antebrazos?|brazos?|codos?)${E})`), 'arm_left arm_right', 'injurySite'],
  ['inj.thigh', either(INJ, String.raw`(\bthighs?\b|${L}muslos?${E})`), 'femur_left femur_right', 'injurySite'],
  ['inj.leg', either(INJ, String.raw`(\b(lower legs?|shins?|calf|calves)\b|${L}(piernas?|pantorrillas?|espinillas?)${E})`), 'leg_left leg_right', 'injurySite'],
  ['inj.foot', either(INJ, String.raw`(\b(foot|feet|toes?)\b|${L}(pies?|dedos? del pie)${E})`), 'foot_left foot_right', 'injurySite'],
  ['amp.risk', String.raw`(\brisk of amputat\w*|${L}riesgo de amputaci[oó]n)`, '-'],
  ['amp.partial.hand', either(AMP, String.raw`(\b(fingers?|thumbs?)\b|${L}(dedos? de la mano|pulgar)${E})`), 'hand_left hand_right'],
  ['amp.partial.foot', either(AMP, String.raw`(\btoes?\b|${L}dedos? del pie${E})`), 'foot_left foot_right'],
  ['amp.aboveKnee', either(AMP, String.raw`(\b(above[- ]knee|transfemoral|thigh)\b|${L}(encima de la rodilla|transfemoral|muslo)${E})`), 'femur_left femur_right knee_left knee_right leg_left leg_right foot_left foot_right', 'amputation'],
  ['amp.upper', either(AMP, String.raw`(\b(hands?|wrists?)\b|${L}(manos?|mu[nñ]ecas?)${E})`), 'hand_left hand_right', 'amputation'],
  ['amp.foot', either(AMP, String.raw`(\b(foot|feet|ankles?)\b|${L}(pies?|tobillos?)${E})`), 'foot_left foot_right', 'amputation'],
  ['amp.arm', either(AMP, String.raw`(\b(arms?|upper limbs?|forearms?|elbows?)\b|${L}(brazos?|antebrazos?|codos?|miembros? superior(es)?)${E})`), 'arm_left arm_right hand_left hand_right', 'amputation'],
  ['amp.leg', either(AMP, String.raw`(\b(legs?|lower limbs?|below[- ]knee|above[- ]knee)\b|${L}(piernas?|miembros? inferior(es)?|transtibial|transfemoral|(por )?(debajo|encima) de la rodilla)${E})`), 'leg_left leg_right foot_left foot_right', 'amputation'],
  ['mind', String.raw`\b(depress\w*|anxiety|panic|ptsd|stress disorder|posttraumatic|bipolar|schizo\w*|psychos\w*|attention deficit|adhd|autis\w*|suicid\w*|self-harm|alcoholism|drug abuse|opioid abuse|substance|dependence|intellectual disability|mental health|cognitive and behavio\w*|psychotherapy)\b|${L}(depresi[oó]n|depresiv[oa]s?|ansiedad|ansios[oa]|p[aá]nico|trastorno (de (la )?)?(ansiedad|p[aá]nico|estr[eé]s|bipolar|personalidad|conducta|la conducta alimentaria|alimentaci[oó]n|d[eé]ficit de atenci[oó]n|del espectro autista|depresivo|psic[oó]tico|obsesivo|mental|por consumo|por uso)|trastornos? mentales?|estr[eé]s postraum[aá]tico|tept|tdah|esquizo|psicosis|psic[oó]tic|autismo|autista|suicid|autolesi[oó]n|alcoholismo|abuso de (alcohol|drogas|sustancias|opioides)|dependencia|discapacidad intelectual|salud mental|psicoterapia)`, 'mind'],
  // Vaccinations name no place of their own ("hepatitis B vaccine" is not a liver procedure): deliberately unplaced.
  ['gen.vaccine', String.raw`^(?!.*(allerg|alergi|anaphyla|anafila)).*(\b(vaccin\w*|immuni[sz]ation|immuni[sz]ed|inoculat\w*)|${L}(vacuna|inmunizaci[oó]n|inocula))`, '-'],
  ['x.heartburn', String.raw`\bheartburn\b|${L}(pirosis|acidez)${E}`, 'oesophagus'],
  ['x.oesophagus', String.raw`\b(o?esophag\w*|gastro-?o?esophageal|(?<!vesicoureteral |vesico-ureteral )reflux)|${L}(es[oó]f[aá]g|gastroesof[aá]g|reflujo(?! vesico)|erge${E})`, 'oesophagus'],
  ['x.pe', String.raw`\bpulmonary (embol|thromboembol)|${L}(embolia pulmonar|tromboembolismo pulmonar)`, 'lung_left lung_right'],
  ['x.dvtArm', either(String.raw`(\b(deep ve(in|nous) thromb\w*|dvt)\b|${L}(trombosis venosa profunda|tvp)${E})`, String.raw`(\b(arms?|upper (limbs?|extremit\w*))\b|${L}(brazos?|miembros? superior(es)?)${E})`), 'arm_left arm_right', 'veins'],
  ['x.dvt', String.raw`\b(deep ve(in|nous) thromb\w*|dvt\b)|${L}(trombosis venosa profunda|tvp${E})`, 'femur_left femur_right leg_left leg_right', 'legVeins'],
  ['x.stroke', String.raw`\b(stroke|cerebrovascular|cerebral infarct|intracerebral)|${L}(ictus|infarto cerebral|derrame cerebral|hemorragia (intra)?cerebral)`, 'brain'],
  ['x.marrow', String.raw`\b(bone marrow|stem cell transplant)|${L}(m[eé]dula [oó]sea|trasplante de (c[eé]lulas madre|progenitores))`, 'blood', 'blood'],
  ['x.cf', String.raw`\bcystic fibrosis|${L}fibrosis qu[ií]stica`, 'lung_left lung_right'],
  ['x.tb', String.raw`\btuberculosis\b`, 'lung_left lung_right'],
  ['x.kidney', String.raw`\b(nephr|pyelo|kidney|renal|glomerul|proteinuria|albuminuria|dialysis|ha?emodialysis|ureter\w*)|nephrectom|${L}(ri[nñ][oó]n|ri[nñ]ones|nefr|pielo|h?emodi[aá]lisis|di[aá]lisis|ur[eé]ter)`, 'kidney_left kidney_right'],
  ['x.eye', String.raw`\b(retinopathy|retina|macular|blindness|cataract|glaucoma|eyes?\b|conjunctiv|ocular|vision|intravitreal|ophthalm\w*|vitrectom\w*|blephar\w*|cornea\w*|kerat(itis|oconus|oplast\w*|ectom\w*|otom\w*)|phaco\w*|trabeculectom\w*|eyelids?\b)|${L}(ojos?${E}|catarata|glaucoma|retin(a|al|opat|ian)|visi[oó]n|ceguera|conjuntiv|c[oó]rnea|oft[aá]lm|p[aá]rpado|intrav[ií]tre|vitrectom|m[aá]cula)`, 'eye_left eye_right'],
  ['site.ear', String.raw`\b(ears?\b|otitis|hearing|tinnitus|deaf|tympan\w*|myringotom\w*|otoscop\w*|audio(metr|gram|log)\w*)|${L}(o[ií]dos?${E}|orejas?${E}|sordera|audici[oó]n|audiometr|ac[uú]fenos|t[ií]mpan|otoscop|otitis)`, 'ear_left ear_right'],
  ['site.sinus', String.raw`\b(sinusitis|sinus|rhinitis|nasal|nose|rhinoplast\w*|septoplast\w*|epistaxis)|${L}(rinitis|nariz|paranasal|senos? (maxilar|frontal|etmoidal|esfenoidal)|rinoplast|septoplast|sinusitis|nasal)`, 'nose_sinuses'],
  ['site.throat', String.raw`\b(pharyngitis|sore throat|throat|tonsil|sleep apnea|apnoea|adenoid\w*)|${L}(faring|garganta|am[ií]gdal|apnea (obstructiva )?del sue[nñ]o|adenoid)`, 'throat'],
  ['site.larynx', String.raw`\b(laryn\w*|voice box)|${L}(laring|cuerdas? vocal)`, 'larynx'],
  ['site.teeth', String.raw`\b(tooth|teeth|dental|molar|caries|denture|dentist\w*|endodont\w*|root canal|pulp(ectom|otom)\w*)|${L}(muelas?${E}|dientes?${E}|dentadura|odontol|endodonc|caries)`, 'teeth'],
  ['site.mouth', String.raw`\b(gingiv|gums?\b|tongue|mouth|saliva|oral\b|palat|taste|periodont\w*|stomatitis)|${L}(boca${E}|bucal|enc[ií]as?${E}|estomatitis|aftas?${E}|periodont|gingiv)`, 'mouth'],
  ['site.thyroid', String.raw`\b(thyroid|hypothyroid|hyperthyroid|goiter|goitre)|thyroidectom|${L}(tiroid|hipotiroid|hipertiroid|bocio)`, 'thyroid'],
  ['site.heart', String.raw`\b(heart|cardiac|cardio\w*|echocardio\w*|electrocardio\w*|myocard|coronary|angina|atrial|ventric|valve|mitral|tricuspid|infarction|pacemaker|defibrillator|arrhythmi\w*|tachycardi\w*|bradycardi\w*)|${L}(coraz[oó]n|card[ií]ac|cardio|cardiopat|ecocardio|mioc[aá]rd|coronari|angina|arritmi|taquicardi|bradicardi|fibrilaci[oó]n auricular|marcapasos|desfibrilador|v[aá]lvula (a[oó]rtica|mitral|tric[uú]spide|card)|infarto(?! (cerebral|pulmonar|renal|intestinal|espl[eé]nico|mesent[eé]rico)))`, 'heart'],
  ['site.lipids', String.raw`\b(lipid|cholesterol|triglycerid|hyperlipid|hypercholesterol\w*|dyslipid\w*|hypertriglycerid\w*)|${L}(l[ií]pid|colesterol|hipercolesterol|hiperlipid|hiperlipemi|dislipid|dislipemi|triglic[eé]rid|hipertriglic[eé]rid)`, 'aorta', 'lipids'],
  ['site.vessel', String.raw`\b(blood pressure|hypertension|hypertensive|arter|aneurysm|vascul|atheroscler\w*|claudication|angioplast\w*|carotid|endarterectom\w*)|${L}(hipertensi[oó]n|hipertens[oa]s?${E}|presi[oó]n arterial|arteri|aneurism|vascul|ateroscler|claudicaci[oó]n|angioplast|car[oó]tid|endarterectom)`, 'aorta'],
  // Superficial leg veins (varicose veins, venous insufficiency) are the legs; the great veins stay for the vena cava.
  ['site.legVeins', String.raw`\b(varicose|varicosit\w*|varices|venous insufficiency|venous (leg )?ulcers?|(thrombo)?phlebitis|sclerotherapy|saphen\w*|vein stripping)|${L}(v[aá]rices|varicos[oa]s?${E}|insuficiencia venosa|[uú]lceras? venosas?|(trombo)?flebitis|escleroterapia|saf[eé]n)`, 'leg_left leg_right', 'legSuperficialVeins'],
  ['site.vein', String.raw`\b(vein|venous|vena cava)|${L}(venas?${E}|venos[oa]s?${E})`, 'great_veins'],
  ['site.airway', String.raw`\b(bronch\w*|trache\w*|intubation)|${L}(bronqu|bronco|traque|intubaci[oó]n)`, 'trachea_bronchi'],
  ['site.lung', String.raw`\b(lung|pulmonary|asthma|copd|emphysema|pneumon|respiratory|cough|dyspnea|wheez|hemoptysis|sputum|hypox|pleura|covid|coronavirus|chest x-ray|spirometr\w*|thoracoscop\w*)|${L}(pulm[oó]n|asma${E}|asm[aá]tic|epoc${E}|enfisema|neumon|neumot[oó]rax|respirator|tos${E}|disnea|sibilanc|hemoptisis|esputo|pleura|espirometr|radiograf[ií]a de t[oó]rax)`, 'lung_left lung_right'],
  ['site.liver', String.raw`\b(liver|hepat|cirrhosis)|${L}(h[ií]gado|hep[aá]t|cirrosis)`, 'liver'],
  ['site.gb', String.raw`\b(gall ?bladder|gallstone|cholecyst|biliary|cholelith)|cholecystectom|${L}(ves[ií]cula biliar|colecist|colelit|biliar)`, 'gallbladder'],
  ['site.pancreas', String.raw`\bpancrea|${L}p[aá]ncrea`, 'pancreas'],
  ['x.ugiEndoscopy', String.raw`(\b(upper (gi|gastrointestinal) endoscopy|egd|o?esophagogastroduodenoscopy)\b|${L}endoscopia digestiva alta${E})`, 'oesophagus stomach'],
  ['site.stomach', String.raw`\b(stomach|gastri\w*|nausea|vomit|dyspepsia|peptic|gastr(ectom|ostom|oscop|otom)\w*)|${L}(est[oó]mago|g[aá]stric|gastritis|gastrectom|gastrostom|gastroscop|n[aá]useas?${E}|v[oó]mito|dispepsi|p[eé]ptic)`, 'stomach'],
  ['site.spleen', String.raw`\b(spleen|splen)|${L}(bazo${E}|espl[eé]n)`, 'spleen'],
  ['site.bladder', String.raw`\b(bladder|cystitis|urinary|urethr|incontinence|cysto\w*|cystectom\w*)|${L}(vejiga|cistitis|urinari|uretr|incontinen|cistoscop|cistectom)`, 'bladder'],
  ['site.colon', String.raw`\b(append\w*|colon\w*|colorectal|rectal|rectum|anus|anal|colitis|polyp|diverticul\w*|sigmoid\w*|proct\w*|ha?emorrhoid\w*|col(ectom|ostom|otom)\w*)|colectom|${L}(ap[eé]ndic|apendicectom|colon|colorrectal|recto${E}|rectal|colitis|p[oó]lipo|diverticul|sigmoid|proct|hemorroid|colectom|colostom)`, 'large_intestine'],
  ['site.gut', String.raw`\b(bowel|intestin\w*|ileus|diarrh\w*|constipation|crohn|gastroenter\w*|enteritis|gastro-?intestinal|c[o]?eliac|ileostom\w*)|${L}(intestin|diarrea|estre[nñ]imiento|[ií]leo${E}|enteritis|gastroenter|gastrointestinal|cel[ií]ac|ileostom)`, 'small_intestine large_intestine'],
  ['site.breast', String.raw`\b(breast|mammary|mammogra\w*|mastectom\w*|lumpectom\w*|mammoplast\w*)|${L}(de (la )?mamas?${E}|mamas${E}|mamari|mamogra|mastectom|mamoplast|c[aá]ncer de seno|senos?${E}(?! (maxilar|frontal|etmoidal|esfenoidal|paranasal|venoso|carot)))`, 'breast_left breast_right'],
  ['site.pregnancy', String.raw`\b(pregnan\w*|miscarriage|eclampsia|fetus|fetal|labou?r|childbirth|cesarean|caesarean|uter\w*|cervix|endometri\w*|pre-?eclampsia|iud|intra-?uterine|hysterectom\w*|hysteroscop\w*|cervical (cancer|smear|screening|cytology|dysplasia|intraepithelial)|pap smear|colposcop\w*)|hysterectom|${L}(ces[aá]rea|[uú]tero|uterin|parto|embaraz|gestaci[oó]n|gestacional|aborto|preeclampsia|eclampsia|feto${E}|fetal|endometri|c[eé]rvix|cuello uterino|citolog[ií]a cervical|papanicolaou|colposcop|histerectom|histeroscop|diu${E}|intrauterin|legrado)`, 'uterus'],
  ['site.ovary', String.raw`\b(ovar\w*|oophorectom\w*)|${L}(ov[aá]ri|ooforectom)`, 'ovary_left ovary_right'],
  ['site.tube', String.raw`\b(tubal|fallopian|salping\w*)|${L}(trompas? de falopio|ligadura de trompas|tub[aá]ric|salping)`, 'fallopian_tubes'],
  ['site.vagina', String.raw`\b(vagin\w*|vulv\w*)|${L}(vagin|vulv)`, 'vagina'],
  ['site.prostate', String.raw`\bprostat\w*|${L}pr[oó]stat`, 'prostate'],
  ['site.testes', String.raw`\b(testis|testes|testic\w*|scrot\w*|orchi\w*|orchidectom\w*|hydrocele|varicocele|vasectom\w*)|${L}(test[ií]cul|escrot|orqui|hidrocele|varicocele|vasectom)`, 'testes'],
  ['site.skin', String.raw`\b(skin|dermat\w*|burn|laceration|wound|pressure (ulcer|injury)|eczema|psoria\w*|rash|melanoma|cellulitis|acne|urticaria|warts?\b|impetigo)|${L}(piel${E}|dermat|eccema|eczema|psoria|erupci[oó]n cut[aá]nea|cut[aá]ne|quemadura|[uú]lcera por presi[oó]n|herid|laceraci[oó]n|melanoma|celulitis|acn[eé]${E}|urticaria|verrugas?${E}|imp[eé]tigo)`, 'skin'],
  ['site.skin.infection', String.raw`\b(chickenpox|varicella|shingles|herpes zoster|measles)\b|${L}(varicela|herpes z[oó]ster|culebrilla|sarampi[oó]n)`, 'skin'],
  ['site.elbow', String.raw`\b(elbows?|tennis elbow|epicondyl\w*)\b|${L}(codos?${E}|epicondil)`, 'arm_left arm_right'],
  // Carpal tunnel syndrome: the median nerve at the wrist; shown at the wrist (with the hand), as the SNOMED CT row.
  ['x.carpal', String.raw`\bcarpal tunnel|${L}t[uú]nel (del )?carp`, 'hand_left hand_right', 'wrist'],
  ['site.nerves', String.raw`\b(neuropath\w*|polyneuropath\w*|mononeuropath\w*|neuralgia|neuritis|sciatica|radiculopath\w*|peripheral nerves?|nerve (damage|injury|entrapment|palsy|compression))|${L}(neuropat|polineuropat|neuralgia|neuritis|ci[aá]tica|radiculopat|nervios? perif[eé]ricos?)`, 'nerves', 'nerves'],
  ['site.spinalCord', String.raw`\b(spinal cord|myelopath\w*|myelitis)|${L}(m[eé]dula espinal|mielopat|mielitis)`, 'spinal_cord'],
  ['site.spine', String.raw`\b(spine|spinal|vertebr\w*|scoliosis|kyphosis|spina bifida|back pain|neck pain|whiplash|lumbar|lumbalgia|columna|spondyl\w*|laminectom\w*|dis[ck]ectom\w*|kyphoplast\w*)|${L}(espalda|columna|lumbar|lumbalgia|dorsalgia|cervicalgia|v[eé]rtebra|vertebral|escoliosis|cifosis|espondil|hernia discal|hernia de disco|latigazo|laminectom|discectom|cuello${E}(?! (del? )?(f[eé]mur|femoral|uterino|vesical|de la vejiga|del [uú]tero|del pie)))`, 'spine'],
  ['site.hip', String.raw`\b(hips?\b|acetabul\w*)|${L}(caderas?${E}|coxartrosis|acet[aá]bul)`, 'hip_left hip_right'],
  ['site.knee', String.raw`\b(knees?\b|menisc\w*|patell\w*|acl\b|cruciate)|${L}(rodillas?${E}|menisc|r[oó]tula|ligamento cruzado|lca${E}|gonartrosis)`, 'knee_left knee_right'],
  ['site.shoulder', String.raw`\b(shoulders?\b|rotator)|${L}(hombros?${E}|manguito (de los )?rotador)`, 'shoulder_left shoulder_right'],
  ['site.wrist', String.raw`\b(wrists?\b|carpal\b|scaphoid)|${L}(mu[nñ]ecas?${E}|carpo${E}|escafoides)`, 'hand_left hand_right', 'wrist'],
  ['site.hand', String.raw`\b(hands?\b|fingers?\b|thumbs?\b|metacarp\w*|dupuytren|raynaud)|${L}(manos?${E}|dedos?${E}(?! (del pie|de los pies|gordo))|pulgar|metacarp|raynaud)`, 'hand_left hand_right'],
  ['site.foot', String.raw`\b(foot|feet|toes?\b|plantar|bunions?|hallux|metatars\w*|calcane\w*|heel)|${L}(pies?${E}|dedos? del pie|tal[oó]n|talones|plantar|juanete|hallux|metatars|calc[aá]ne)`, 'foot_left foot_right'],
  ['site.ankle', String.raw`\bankles?\b|${L}tobillos?${E}`, 'leg_left leg_right'],
  ['site.arm', String.raw`\b(forearm|arms?\b|humer\w*|radius|ulna)|${L}(antebrazos?${E}|brazos?${E}|h[uú]mer|c[uú]bito)`, 'arm_left arm_right'],
  ['site.femur', String.raw`\b(femur|femoral|thigh|upper legs?\b)|${L}(f[eé]mur|femoral|muslos?${E})`, 'femur_left femur_right'],
  ['site.rib', String.raw`\b(ribs?\b|sternum|costochondr\w*)|${L}(costillas?${E}|estern[oó]n|costocondr)`, 'ribs_sternum'],
  ['site.clavicle', String.raw`\b(clavic\w*|collarbone)|${L}clav[ií]cul`, 'clavicle_left clavicle_right'],
  ['site.jaw', String.raw`\b(jaw|mandib\w*|temporomandibular)|${L}(mand[ií]bul|maxilar|mand[ií]bula|temporomandibular)`, 'jaw'],
  ['site.skull', String.raw`\b(skull|cranial|crani(otom|ectom)\w*)|${L}(cr[aá]neo|craneal|craneotom|craniectom)`, 'skull'],
  ['site.gout', String.raw`\bgout\w*|${L}(gota${E}|gotos[oa])`, 'foot_left foot_right', 'gout'],
  ['site.rheumatoid', String.raw`\brheumatoid arthritis\b|${L}artritis reumatoide`, 'hand_left hand_right', 'rheumatoid'],
  ['sys.pmr', String.raw`\bpolymyalgia|${L}polimialgia`, 'whole_body', 'systemic'],
  ['site.joints', String.raw`\b(arthriti\w*|arthros\w*|joints?|osteoarthr\w*|polyarthr\w*|arthroplast\w*)\b|${L}(artritis|artrosis|osteoartr|poliartr|artroscop|artroplast|articulaci[oó]n|articulaciones|articular(es)?${E})`, 'joints', 'joints'],
  ['site.brain', String.raw`\b(brain|cerebr\w*|epilep\w*|seizure|migraine|headache|dementia|alzheimer|concussion|palsy|hydroceph\w*|parkinson|multiple sclerosis|electroencephal\w*|eeg)\b|${L}(cerebr|epilep|convulsi[oó]n|convulsiones|convulsiv|migra[nñ]a|cefalea|dolor de cabeza|demencia|alzh?[eé]imer|conmoci[oó]n cerebral|hidrocefal|parkinson|esclerosis m[uú]ltiple|electroencefalogra)`, 'brain'],
  ['site.anaemia', String.raw`\b(anemi\w*|anaemi\w*)|${L}an[eé]mi`, 'blood', 'anaemia'],
  ['site.blood', String.raw`\b(leuk\w*mi\w*|lymphoma|myeloma|neutropeni\w*|coagulation|coagulopath\w*|ha?emophil\w*|bacter(a|ae)?emia|thrombocytopeni\w*|pancytopeni\w*|sickle cell|thalass\w*|myelodysplas\w*|polycyth\w*|von willebrand)|${L}(leucemi|linfoma|mieloma|neutropeni|coagulaci[oó]n|coagulopat|hemofil|bacteriemia|trombocitopeni|plaquetopeni|pancitopeni|drepanocit|falciforme|talasemi|mielodispl[aá]s|policitemi)`, 'blood', 'blood'],
  ['sys.immune', String.raw`\b(immune deficiency|immunodeficiency|hiv|allerg\w*|anaphyla\w*)\b|${L}(inmunodeficiencia|vih${E}|sida${E}|alergi|al[eé]rgic|anafila)`, 'whole_body', 'systemic'],
  ['dis.diabetes', String.raw`\b(diabet\w*|prediabet\w*|hyperglyc\w*)|${L}(diab[eé]t|prediab[eé]t|hiperglucemi)`, 'pancreas'],
  ['site.adipose', String.raw`\b(obes\w*|overweight|adipos\w*)|${L}(obes|sobrepeso|adipos)`, 'adipose_tissue', 'bodyMass'],
  ['sys.pain', String.raw`\bchronic pain\b|${L}dolor cr[oó]nico`, 'whole_body', 'chronicPain'],
  ['sys.whole', String.raw`\b(sepsis|septic|shock|fever|fatigue|chills?|overdose|poisoning|metabolic syndrome|lupus|dehydration)\b|${L}(sepsis|s[eé]ptic|fiebre|fatiga|escalofr[ií]os?${E}|sobredosis|intoxicaci[oó]n|envenenamiento|s[ií]ndrome metab[oó]lico|lupus|deshidrataci[oó]n)`, 'whole_body'],
]
