/**
 * Table tests for the keyword layer (src/anatomy/tables/keywordRules.ts) by class of words: English and Spanish,
 * accented and unaccented, procedure stems inside compound words, and for every class the traps that must not match
 * (a keyword inside a longer word, a word that names another part). Plus the SNOMED CT and procedure rows added with
 * them (issue 11).
 */
import { describe, expect, it } from 'vitest'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { concept, cond, one, proc } from '../../tests/fixtures/mappingInputs.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import { mapRecord } from './mapRecord.ts'
import { keywordHit, sideInText } from './resolve.ts'

/** Rule id and places ('-' when the rule names no place, null when no rule matches). */
function keyword(text: string): readonly [string, string] | null {
  const hit = keywordHit(text, 'female')
  if (hit === null) return null
  const places = hit.decision.kind === 'body' ? hit.decision.places.join(' ') : '-'
  return [hit.ruleId.replace(/^keyword:/, ''), places]
}

type Row = readonly [text: string, rule: string | null, places?: string]

function check(rows: readonly Row[]): void {
  for (const [text, rule, places] of rows) {
    const got = keyword(text)
    if (rule === null) expect(got, text).toBeNull()
    else expect(got, text).toEqual([rule, places])
  }
}

const EYES = 'eye_left eye_right'
const LUNGS = 'lung_left lung_right'
const KIDNEYS = 'kidney_left kidney_right'
const HANDS = 'hand_left hand_right'
const FEET = 'foot_left foot_right'
const LEGS = 'leg_left leg_right'
const COLON = 'large_intestine'

describe('keyword rules by class, English and Spanish', () => {
  it('sends mental-health words to the mind before any organ word', () => {
    check([
      ['Depresión mayor', 'mind', 'mind'],
      ['depresion', 'mind', 'mind'],
      ['Trastorno de ansiedad generalizada', 'mind', 'mind'],
      ['Ansiedad', 'mind', 'mind'],
      ['Esquizofrenia paranoide', 'mind', 'mind'],
      ['Trastorno bipolar', 'mind', 'mind'],
      ['Abuso de alcohol', 'mind', 'mind'],
      ['Major depression', 'mind', 'mind'],
      // Traps: "trastorno" alone is any disorder; "ansia" is not anxiety.
      ['Trastorno de la tiroides', 'site.thyroid', 'thyroid'],
      ['Trastorno renal', 'x.kidney', KIDNEYS],
    ])
  })
  it('places eye words at the eyes', () => {
    check([
      ['Cataratas', 'x.eye', EYES],
      ['Catarata senil', 'x.eye', EYES],
      ['Glaucoma de ángulo abierto', 'x.eye', EYES],
      ['Desprendimiento de retina', 'x.eye', EYES],
      ['Retinopatía diabética', 'x.eye', EYES],
      ['Dolor en el ojo', 'x.eye', EYES],
      ['OJOS SECOS', 'x.eye', EYES],
      ['Pérdida de visión', 'x.eye', EYES],
      ['Vitrectomy', 'x.eye', EYES],
      ['Ophthalmoscopy', 'x.eye', EYES],
      ['Gotas oftálmicas', 'x.eye', EYES],
      // Traps: "ojo" inside "rojo" (red) and "visión" inside "división".
      ['Sarpullido rojo', null],
      ['División celular', null],
    ])
  })
  it('places heart words at the heart, end of string and capitals included', () => {
    check([
      ['Insuficiencia del corazón', 'site.heart', 'heart'],
      ['corazon', 'site.heart', 'heart'],
      ['CORAZÓN', 'site.heart', 'heart'],
      ['Insuficiencia cardíaca', 'site.heart', 'heart'],
      ['Paro cardiaco', 'site.heart', 'heart'],
      ['Infarto agudo de miocardio', 'site.heart', 'heart'],
      ['Infarto', 'site.heart', 'heart'],
      ['Ecocardiograma', 'site.heart', 'heart'],
      ['Insertion of pacemaker', 'site.heart', 'heart'],
      // Traps: an infarct of another organ is that organ; "cardo" (thistle) is no heart word.
      ['Infarto cerebral', 'x.stroke', 'brain'],
      ['Infarto pulmonar', 'site.lung', LUNGS],
      ['Alergia al cardo', 'sys.immune', 'whole_body'],
    ])
  })
  it('places lung words and spirometry at the lungs, airways apart', () => {
    check([
      ['Cáncer de pulmón', 'site.lung', LUNGS],
      ['Cancer de pulmon', 'site.lung', LUNGS],
      ['Asma', 'site.lung', LUNGS],
      ['EPOC', 'site.lung', LUNGS],
      ['Neumonía', 'site.lung', LUNGS],
      ['Espirometría', 'site.lung', LUNGS],
      ['Spirometry', 'site.lung', LUNGS],
      ['Tos persistente', 'site.lung', LUNGS],
      ['Bronquitis aguda', 'site.airway', 'trachea_bronchi'],
      // Traps: "asma" inside "plasma", "epoc" inside "epoca", "tos" inside "datos", a pneumococcal vaccine.
      ['Plasma fresco', null],
      ['En esa epoca', null],
      ['Datos incompletos', null],
      ['Vacuna antineumocócica', 'gen.vaccine', '-'],
    ])
  })
  it('places gallbladder words and cholecystectomy at the gallbladder', () => {
    check([
      ['Colecistitis aguda', 'site.gb', 'gallbladder'],
      ['Colecistectomía laparoscópica', 'site.gb', 'gallbladder'],
      ['Cálculos en la vesícula biliar', 'site.gb', 'gallbladder'],
      ['Laparoscopic cholecystectomy', 'site.gb', 'gallbladder'],
      // Traps: a skin vesicle is not the gallbladder; "cholecystectomy" is not the bladder.
      ['Vesículas en la piel', 'site.skin', 'skin'],
      ['Cholecystectomy', 'site.gb', 'gallbladder'],
    ])
  })
  it('places appendix, colon and rectum words and their procedures at the large intestine', () => {
    check([
      ['Apendicitis', 'site.colon', COLON],
      ['Apendicectomía', 'site.colon', COLON],
      ['Apéndice perforado', 'site.colon', COLON],
      ['Appendectomy', 'site.colon', COLON],
      ['Colonoscopia', 'site.colon', COLON],
      ['Colonoscopy', 'site.colon', COLON],
      ['Hemicolectomy', 'site.colon', COLON],
      ['Cáncer de recto', 'site.colon', COLON],
      ['Hemorroides', 'site.colon', COLON],
      // Traps: "recto" inside "correcto" (correct); gastroenteritis is the gut, not the stomach.
      ['Tratamiento correcto', null],
      ['Gastroenteritis', 'site.gut', 'small_intestine large_intestine'],
    ])
  })
  it('places pregnancy, womb and IUD words at the uterus', () => {
    check([
      ['Cesárea', 'site.pregnancy', 'uterus'],
      ['Cesarea', 'site.pregnancy', 'uterus'],
      ['Útero miomatoso', 'site.pregnancy', 'uterus'],
      ['Mioma en el útero', 'site.pregnancy', 'uterus'],
      ['Parto normal', 'site.pregnancy', 'uterus'],
      ['Embarazo de alto riesgo', 'site.pregnancy', 'uterus'],
      ['Insertion of intrauterine contraceptive device', 'site.pregnancy', 'uterus'],
      ['IUD removal', 'site.pregnancy', 'uterus'],
      ['Inserción de DIU', 'site.pregnancy', 'uterus'],
      ['Total hysterectomy', 'site.pregnancy', 'uterus'],
      ['Preeclampsia', 'site.pregnancy', 'uterus'],
      // Traps: a cervical spine is not the cervix; "parto" inside "departamento"; "diu" inside "diuretic".
      ['Cervical spondylosis', 'site.spine', 'spine'],
      ['Departamento de urgencias', null],
      ['Diuretic therapy', null],
    ])
  })
  it('places tooth words at the teeth', () => {
    check([
      ['Dolor de muela', 'site.teeth', 'teeth'],
      ['Extracción de diente', 'site.teeth', 'teeth'],
      ['Limpieza dental', 'site.teeth', 'teeth'],
      ['Root canal therapy', 'site.teeth', 'teeth'],
      // Traps: "diente" inside "pendiente" (pending), "dental" inside "accidental".
      ['Resultado pendiente', null],
      ['Accidental fall', null],
    ])
  })
  it('places kidney words and dialysis at the kidneys', () => {
    check([
      ['Cálculo en el riñón', 'x.kidney', KIDNEYS],
      ['Riñones poliquísticos', 'x.kidney', KIDNEYS],
      ['rinon', 'x.kidney', KIDNEYS],
      ['Insuficiencia renal crónica', 'x.kidney', KIDNEYS],
      ['Hemodiálisis', 'x.kidney', KIDNEYS],
      ['Haemodialysis', 'x.kidney', KIDNEYS],
      ['Nephrectomy', 'x.kidney', KIDNEYS],
      ['Ureteroscopy', 'x.kidney', KIDNEYS],
      // Traps: "renal" inside "adrenal"; "nephr" inside "epinephrine".
      ['Adrenal insufficiency', null],
      ['Epinephrine injection', null],
    ])
  })
  it('places liver and stomach words', () => {
    check([
      ['Hígado graso', 'site.liver', 'liver'],
      ['Higado graso', 'site.liver', 'liver'],
      ['Insuficiencia hepática', 'site.liver', 'liver'],
      ['Cirrosis', 'site.liver', 'liver'],
      ['Dolor de estómago', 'site.stomach', 'stomach'],
      ['Úlcera gástrica', 'site.stomach', 'stomach'],
      ['Gastrectomy', 'site.stomach', 'stomach'],
      ['Gastroscopy', 'site.stomach', 'stomach'],
      // Traps: a hepatitis vaccination names no place; "higo" (fig) is not the liver.
      ['Hepatitis B vaccination', 'gen.vaccine', '-'],
      ['Alergia al higo', 'sys.immune', 'whole_body'],
    ])
  })
  it('places skin words at the skin', () => {
    check([
      ['Dermatitis atópica', 'site.skin', 'skin'],
      ['Eccema', 'site.skin', 'skin'],
      ['Quemadura de segundo grado', 'site.skin', 'skin'],
      ['Lesión en la piel', 'site.skin', 'skin'],
      ['Cellulitis', 'site.skin', 'skin'],
      // Traps: "piel" at the start of "pielonefritis" (kidney) and "pie" at the start of "piel".
      ['Pielonefritis', 'x.kidney', KIDNEYS],
      ['Piel seca', 'site.skin', 'skin'],
    ])
  })
  it('places named bones and joints, Spanish and English, fractures at the named part', () => {
    check([
      ['Fractura de muñeca', 'site.wrist', HANDS],
      ['Fractura de muneca', 'site.wrist', HANDS],
      ['Esguince de tobillo', 'site.ankle', LEGS],
      ['Fractura de cadera', 'site.hip', 'hip_left hip_right'],
      ['Dolor de rodilla', 'site.knee', 'knee_left knee_right'],
      ['ACL reconstruction', 'site.knee', 'knee_left knee_right'],
      ['Anterior cruciate ligament tear', 'site.knee', 'knee_left knee_right'],
      ['Rotura de menisco', 'site.knee', 'knee_left knee_right'],
      ['Luxación de hombro', 'site.shoulder', 'shoulder_left shoulder_right'],
      ['Fractura de codo', 'site.elbow', 'arm_left arm_right'],
      ['Dolor de espalda', 'site.spine', 'spine'],
      ['Hernia discal lumbar', 'site.spine', 'spine'],
      ['Dolor de cuello', 'site.spine', 'spine'],
      ['Fractura de mano', 'site.hand', HANDS],
      ['Pie diabético', 'site.foot', FEET],
      ['Fractura del dedo del pie', 'site.foot', FEET],
      ['Fractura de fémur', 'site.femur', 'femur_left femur_right'],
      ['Fractura de brazo', 'site.arm', 'arm_left arm_right'],
      // Traps: "mano" in "hermano" (brother); "pie" in "piel"; "brazo" is not the spleen ("bazo"); the neck of the
      // femur is not the neck.
      ['Mi hermano', null],
      ['Fractura del cuello del fémur', 'site.femur', 'femur_left femur_right'],
      ['Dolor en el brazo', 'site.arm', 'arm_left arm_right'],
    ])
  })
  it('places breast words at the breasts and a maxillary sinus at the sinuses', () => {
    check([
      ['Cáncer de mama', 'site.breast', 'breast_left breast_right'],
      ['Cancer de seno', 'site.breast', 'breast_left breast_right'],
      ['Mastectomía radical', 'site.breast', 'breast_left breast_right'],
      ['Mamografía', 'site.breast', 'breast_left breast_right'],
      // Traps: "mamá" (mother) is not the breast; "seno maxilar" is a sinus, not the breast or the jaw.
      ['Vive con su mamá', null],
      ['Sinusitis del seno maxilar', 'site.sinus', 'nose_sinuses'],
      ['Seno maxilar', 'site.sinus', 'nose_sinuses'],
    ])
  })
  it('places cystoscopy and cystectomy at the bladder, not cystic fibrosis', () => {
    check([
      ['Diagnostic cystoscopy', 'site.bladder', 'bladder'],
      ['Radical cystectomy', 'site.bladder', 'bladder'],
      ['Cistoscopia', 'site.bladder', 'bladder'],
      ['Infección urinaria', 'site.bladder', 'bladder'],
      ['Vejiga hiperactiva', 'site.bladder', 'bladder'],
      // Traps: cystic fibrosis is the lungs; a cholecystectomy is the gallbladder; testing is not the testes.
      ['Genetic testing', null],
      ['Cystic fibrosis', 'x.cf', LUNGS],
      ['Cholecystectomy, laparoscopic', 'site.gb', 'gallbladder'],
    ])
  })
  it('places blood-lipid words with the lipid note at the aorta', () => {
    check([
      ['Hypercholesterolaemia', 'site.lipids', 'aorta'],
      ['Mixed hyperlipidemia', 'site.lipids', 'aorta'],
      ['Dyslipidaemia', 'site.lipids', 'aorta'],
      ['Hipercolesterolemia', 'site.lipids', 'aorta'],
      ['Dislipemia', 'site.lipids', 'aorta'],
      ['Colesterol alto', 'site.lipids', 'aorta'],
      ['Hipertensión arterial', 'site.vessel', 'aorta'],
      ['Hipertension', 'site.vessel', 'aorta'],
      // Traps: "lipoma" is not a lipid word; "tensión" (tension) alone is not hypertension.
      ['Lipoma', null],
      ['Tensión muscular', null],
    ])
    expect(keywordHit('Dislipemia', 'female')?.note).toEqual({ kind: 'table', keys: ['keyword', 'lipids'] })
  })
  it('places superficial leg veins at the legs and keeps the great veins for the vena cava', () => {
    check([
      ['Varicose veins of lower limb', 'site.legVeins', LEGS],
      ['Chronic venous insufficiency of the legs', 'site.legVeins', LEGS],
      ['Várices en las piernas', 'site.legVeins', LEGS],
      ['Varices', 'site.legVeins', LEGS],
      ['Insuficiencia venosa crónica', 'site.legVeins', LEGS],
      ['Vena cava filter insertion', 'site.vein', 'great_veins'],
      ['Trombosis de vena cava', 'site.vein', 'great_veins'],
      ['Trombosis venosa profunda', 'x.dvt', 'femur_left femur_right leg_left leg_right'],
      // Traps: oesophageal varices are the oesophagus; a varicocele is the testes; "vena" inside "avena" (oats).
      ['Várices esofágicas', 'x.oesophagus', 'oesophagus'],
      ['Varicocele', 'site.testes', 'testes'],
      ['Alergia a la avena', 'sys.immune', 'whole_body'],
    ])
  })
  it('leaves vaccinations on no organ, whatever disease the vaccine names', () => {
    check([
      ['Influenza vaccination', 'gen.vaccine', '-'],
      ['Hepatitis A immunization', 'gen.vaccine', '-'],
      ['Measles mumps rubella vaccine', 'gen.vaccine', '-'],
      ['Vacunación antigripal', 'gen.vaccine', '-'],
      ['Vacuna contra el COVID-19', 'gen.vaccine', '-'],
      // Traps: an allergy to a vaccine is still an allergy; immunoglobulin is not immunization.
      ['Allergy to vaccine', 'sys.immune', 'whole_body'],
      ['Immunoglobulin infusion', null],
    ])
  })
  it('places carpal tunnel, Raynaud, plantar fasciitis and polymyalgia', () => {
    check([
      ['Carpal tunnel syndrome', 'x.carpal', HANDS],
      ['Síndrome del túnel carpiano', 'x.carpal', HANDS],
      ['Carpal tunnel release', 'x.carpal', HANDS],
      ["Raynaud's phenomenon", 'site.hand', HANDS],
      ['Fenómeno de Raynaud', 'site.hand', HANDS],
      ['Plantar fasciitis', 'site.foot', FEET],
      ['Fascitis plantar', 'site.foot', FEET],
      ['Polymyalgia rheumatica', 'sys.pmr', 'whole_body'],
      ['Polimialgia reumática', 'sys.pmr', 'whole_body'],
      // Traps: a metacarpal is the hand, not the wrist; "dedo" of the foot is the foot.
      ['Fracture of metacarpal', 'site.hand', HANDS],
      ['Dedo del pie en martillo', 'site.foot', FEET],
    ])
    expect(keywordHit('Carpal tunnel syndrome', 'female')?.note).toEqual({ kind: 'table', keys: ['keyword', 'wrist'] })
  })
  it('reads no side inside a longer word', () => {
    expect(sideInText('Copyright 2020')).toBeNull()
    expect(sideInText('Brightness')).toBeNull()
    expect(sideInText('Fractura de cadera derecha')).toBe('right')
  })
})

describe('SNOMED CT and procedure rows added with the keyword classes', () => {
  const SCT = SYSTEMS.snomed
  it.each([
    ['13644009', 'Hypercholesterolemia', ['aorta'], [], 'lipids'],
    ['202882003', 'Plantar fasciitis', ['foot_left', 'foot_right'], [], 'organ'],
    ['65323003', 'Polymyalgia rheumatica', ['whole_body'], [], 'systemic'],
    ['266261006', "Raynaud's phenomenon", ['hand_left', 'hand_right'], [], 'raynaud'],
    ['128060009', 'Varicose veins of lower limb', ['leg_left', 'leg_right'], [], 'legSuperficialVeins'],
    ['57182000', 'Carpal tunnel syndrome', ['hand_left', 'hand_right'], ['nerves'], 'wrist'],
  ])('places %s (%s)', (code, term, places, secondary, note) => {
    const p = one(cond('c', concept(SCT, code, term))).placements[0]
    expect(p?.rule.ruleId).toBe(`snomed:${code}`)
    expect(p?.places).toEqual(places)
    expect(p?.secondary).toEqual(secondary)
    expect(p?.rule.reason.note).toEqual({ kind: 'table', keys: [note] })
  })
  it('places a diagnostic cystoscopy at the bladder and lists an influenza vaccination as generic', () => {
    const map = mapRecord(
      emptyRecord({
        procedures: [
          proc('cy', concept(SCT, '176178006', 'Diagnostic cystoscopy')),
          proc('flu', concept(SCT, '86198006', 'Influenza vaccination')),
          proc('hep', concept(null, null, 'Hepatitis B vaccination')),
        ],
      }),
    )
    expect(map.placements.map((item) => [item.id, item.rule.ruleId, item.places])).toEqual([
      ['Procedure/cy', 'procedure:176178006', ['bladder']],
    ])
    expect(map.unplaced.map((item) => [item.id, item.why])).toEqual([
      ['Procedure/flu', 'generic-procedure'],
      ['Procedure/hep', 'generic-procedure'],
    ])
  })
})

describe('amputation, injury and vein words in either order (review)', () => {
  it('marks removal only for a limb or its part, in either word order, never for fingers, toes or a risk', () => {
    const WHOLE_LEG = 'femur_left femur_right knee_left knee_right leg_left leg_right foot_left foot_right'
    check([
      ['Below-knee amputation', 'amp.leg', `${LEGS} ${FEET}`],
      ['Left foot amputation', 'amp.foot', FEET],
      ['Hand amputation', 'amp.upper', HANDS],
      ['Above knee amputation', 'amp.aboveKnee', WHOLE_LEG],
      ['Amputation of toe of right foot', 'amp.partial.foot', FEET],
      ['Amputation of finger', 'amp.partial.hand', HANDS],
      ['Risk of amputation of foot', 'amp.risk', '-'],
      ['Hand laceration', 'inj.hand', HANDS],
      ['DVT of arm', 'x.dvtArm', 'arm_left arm_right'],
      ['Deep vein thrombosis of upper limb', 'x.dvtArm', 'arm_left arm_right'],
    ])
    const notes = (text: string) => {
      const hit = keywordHit(text, 'female')
      return hit?.note.kind === 'table' ? hit.note.keys : []
    }
    expect(notes('Amputation of toe of right foot')).toEqual(['keyword'])
    expect(notes('Left foot amputation')).toEqual(['keyword', 'amputation'])
  })
  it('reads a letter followed by a separate accent mark as the accented letter', () => {
    expect(keyword('Depresio\u0301n')).toEqual(keyword('Depresión'))
    expect(keyword('Depresio\u0301n')?.[1]).toBe('mind')
  })
  it('keeps the removal a code records when a body site places the finding', () => {
    const map = mapRecord(
      emptyRecord({
        procedures: [
          proc('amp', concept(null, null, 'Amputation of leg'), {
            bodySites: [
              concept(SYSTEMS.snomed, '30021000', 'Lower leg structure'),
              concept(SYSTEMS.snomed, '7771000', 'Left'),
            ],
          }),
        ],
      }),
    )
    expect(map.placements.map((p) => [p.places, p.removed, p.laterality, p.rule.layer])).toEqual([
      [['leg_left'], true, 'left', 'bodySite'],
    ])
  })
})
