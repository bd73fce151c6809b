/**
 * reasonText: the mapping's reason data in words. The English sentences are the ones src/anatomy built before
 * reasons became data, character for character (the expected strings of src/anatomy/mapping.test.ts live here
 * now); the Spanish ones are checked word for word for each kind of reason.
 */
import { describe, expect, it } from 'vitest'
import { concept, cond, fatherWithInfarction, med, one, proc } from '../../tests/fixtures/mappingInputs.ts'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { mapRecord } from '../anatomy/mapRecord.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import type { ConditionEvent } from '../timeline/types.ts'
import { placeList } from './placeList.ts'
import { reasonText } from './reasonText.ts'
import { systemName } from './systemName.ts'

const SCT = SYSTEMS.snomed
const ICD = SYSTEMS.icd10cm

/** The "why here?" sentence of the first placement of a one-condition record. */
function placed(c: ConditionEvent, locale: 'en' | 'es'): string | undefined {
  const p = one(c).placements[0]
  return p === undefined ? undefined : reasonText(p.rule.reason, locale)
}

describe('English reasons (the sentences of src/anatomy/mapping.test.ts, unchanged)', () => {
  it('type 2 diabetes at the pancreas', () => {
    expect(placed(cond('dm', concept(SCT, '44054006', 'Diabetes mellitus type 2')), 'en')).toBe(
      'Shown at the pancreas because the record codes it SNOMED CT 44054006. Diabetes and raised blood sugar are shown at the pancreas, the organ that makes insulin; they also concern the whole body.',
    )
  })
  it('says "not confirmed" for provisional, differential and unconfirmed, not for confirmed or unrecorded', () => {
    const statuses = ['provisional', 'differential', 'unconfirmed', 'confirmed', null] as const
    const got = statuses.map((status) =>
      placed(cond('a', concept(SCT, '195967001', 'Asthma'), { verificationStatus: status }), 'en')?.includes(
        'Not confirmed in the record',
      ),
    )
    expect(got).toEqual([true, true, true, false, false])
  })
  it('says so when no side is recorded', () => {
    expect(
      placed(cond('n', concept(SCT, '65363002', 'Otitis media')), 'en')?.endsWith(
        'The record does not say which side.',
      ),
    ).toBe(true)
  })
  it('anaemia in the blood and bone marrow region (issue 11)', () => {
    expect(placed(cond('a', concept(SCT, '271737000', 'Anemia (disorder)')), 'en')).toBe(
      'Shown at the blood and bone marrow because the record codes it SNOMED CT 271737000. Anaemia concerns the red blood cells, so it is shown in the blood and bone marrow region, not at the blood vessels.',
    )
  })
  it('gout at both feet', () => {
    expect(placed(cond('g', concept(SCT, '90560007', 'Gout')), 'en')).toBe(
      'Shown at the left foot and the right foot because the record codes it SNOMED CT 90560007. Gout most often affects the joint at the base of the big toe, so it is shown at the feet. The record does not say which joints are affected. The record does not say which side.',
    )
  })
  it('rheumatoid arthritis at both hands', () => {
    expect(placed(cond('r', concept(SCT, '69896004', 'Rheumatoid arthritis')), 'en')).toBe(
      'Shown at the left hand and wrist and the right hand and wrist because the record codes it SNOMED CT 69896004. Rheumatoid arthritis most often affects the small joints of the hands and wrists, so it is shown at the hands. The record does not say which joints are affected. The record does not say which side.',
    )
  })
  it('gout and arthritis through keyword rules', () => {
    expect(placed(cond('kg', concept(null, null, 'Possible gout')), 'en')).toBe(
      'Shown at the left foot and the right foot because a word in the record text matches keyword rule site.gout. Placed by a word in the record text, not by a code: a keyword match, less certain than a code. Gout most often affects the joint at the base of the big toe, so it is shown at the feet. The record does not say which joints are affected. The record does not say which side.',
    )
    expect(placed(cond('kx', concept(null, null, 'Arthritis')), 'en')).toBe(
      'Shown at the joints (which joint not recorded) because a word in the record text matches keyword rule site.joints. Placed by a word in the record text, not by a code: a keyword match, less certain than a code. The code does not name which joint, so it is shown at the joints marker (the main limb joints together), not at one joint.',
    )
  })
  it('body-mass-index findings at the body fat', () => {
    for (const code of ['162864005', '408512008']) {
      expect(placed(cond(code, concept(SCT, code, 'finding')), 'en')).toBe(
        `Shown at the body fat because the record codes it SNOMED CT ${code}. The World Health Organization defines overweight and obesity as excess body fat, so these findings are shown at the body fat. Such findings are often recorded from the body mass index (BMI), a weight-for-height measure; the BMI measurements are listed under whole body.`,
      )
    }
  })
  it('chronic pain without a site for the whole body (issue 11)', () => {
    expect(placed(cond('cp', concept(SCT, '82423001', 'Chronic pain')), 'en')).toBe(
      'Shown at the whole body because the record codes it SNOMED CT 82423001. The record does not say where the pain is felt, so it is shown for the whole body.',
    )
    expect(
      placed(cond('g89', concept(ICD, 'G89.29', 'Other chronic pain')), 'en')?.endsWith(
        'The record does not say where the pain is felt, so it is shown for the whole body.',
      ),
    ).toBe(true)
  })
})

describe('English reasons of every other kind (as src/anatomy built them)', () => {
  const asthma = cond('asthma', concept(SCT, '195967001', 'Asthma'))
  const job = cond('job', concept(SCT, '160903007', 'Full-time employment'))
  const map = mapRecord(
    emptyRecord({
      conditions: [asthma, job, cond('r', concept(SCT, '195967001', 'Asthma'), { verificationStatus: 'refuted' })],
      procedures: [
        proc('ct', concept(SCT, '76601001', 'Intramuscular injection'), {
          reasonReferences: ['Condition/asthma'],
        }),
        proc('rv', concept(SCT, '999', 'Review'), { reasonReferences: ['Condition/job'] }),
        proc('c', concept(SCT, '73761001', 'Colonoscopy')),
      ],
      medications: [med('m1', { reasonCodes: [concept(SCT, '195967001', 'Asthma')] }), med('m2')],
    }),
  )
  const texts = (locale: 'en' | 'es') => [
    ...map.placements.map((p) => [p.id, reasonText(p.rule.reason, locale)]),
    ...map.lifeAndContext.map((i) => [i.id, reasonText(i.rule.reason, locale)]),
    ...map.unplaced.map((i) => [i.id, reasonText(i.reason, locale)]),
    ...map.ruledOut.map((i) => [i.id, reasonText(i.reason, locale)]),
  ]
  it('reads links, reason codes, procedure codes, life and context, not placed and ruled out', () => {
    expect(texts('en')).toEqual([
      [
        'Condition/asthma',
        'Shown at the left lung and the right lung because the record codes it SNOMED CT 195967001. The term of this code names this part of the body. The record does not say which side.',
      ],
      [
        'Procedure/ct',
        'Shown at the left lung and the right lung because the record says it was done for a condition shown there. It is linked to Condition/asthma, which is shown at the left lung and the right lung. The record does not say which side.',
      ],
      [
        'Procedure/c',
        'Shown at the large intestine because the record codes the procedure SNOMED CT 73761001. The procedure code names this part of the body.',
      ],
      [
        'MedicationRequest/m1',
        'Shown at the left lung and the right lung because the reason recorded for it: the record codes it SNOMED CT 195967001. The term of this code names this part of the body. The record does not say which side.',
      ],
      [
        'Condition/job',
        'Listed under life and context because the record codes it SNOMED CT 160903007. A social, lifestyle or administrative fact: listed under life and context, not on the body.',
      ],
      [
        'Procedure/rv',
        'Listed under life and context because the record says it was done for an item listed under life and context. A social, lifestyle or administrative fact: listed under life and context, not on the body.',
      ],
      [
        'MedicationRequest/m2',
        'Not placed on the body: medicines are shown only through the condition they were recorded for, and none is recorded.',
      ],
      [
        'Condition/r',
        'Listed as ruled out: the record marks this condition as refuted, so it is not shown on the body.',
      ],
    ])
  })
  it('reads the same reasons in Spanish', () => {
    expect(texts('es')).toEqual([
      [
        'Condition/asthma',
        'Se muestra en el pulmón izquierdo y el pulmón derecho porque el historial lo codifica como SNOMED CT 195967001. El término de este código nombra esta parte del cuerpo. El historial no dice de qué lado.',
      ],
      [
        'Procedure/ct',
        'Se muestra en el pulmón izquierdo y el pulmón derecho porque el historial dice que se hizo para un problema que se muestra ahí. Está vinculado a Condition/asthma, que se muestra en el pulmón izquierdo y el pulmón derecho. El historial no dice de qué lado.',
      ],
      [
        'Procedure/c',
        'Se muestra en el intestino grueso porque el historial codifica el procedimiento como SNOMED CT 73761001. El código del procedimiento nombra esta parte del cuerpo.',
      ],
      [
        'MedicationRequest/m1',
        'Se muestra en el pulmón izquierdo y el pulmón derecho porque su motivo registrado lo sitúa ahí: el historial lo codifica como SNOMED CT 195967001. El término de este código nombra esta parte del cuerpo. El historial no dice de qué lado.',
      ],
      [
        'Condition/job',
        'Aparece en vida y contexto porque el historial lo codifica como SNOMED CT 160903007. Un dato social, de estilo de vida o administrativo: aparece en vida y contexto, no en el cuerpo.',
      ],
      [
        'Procedure/rv',
        'Aparece en vida y contexto porque el historial dice que se hizo para un elemento de vida y contexto. Un dato social, de estilo de vida o administrativo: aparece en vida y contexto, no en el cuerpo.',
      ],
      [
        'MedicationRequest/m2',
        'No situado en el cuerpo: los medicamentos solo se muestran a través del problema para el que se registraron, y no consta ninguno.',
      ],
      [
        'Condition/r',
        'Aparece como descartado: el historial marca este problema como refutado, así que no se muestra en el cuerpo.',
      ],
    ])
  })
})

describe('Spanish reasons', () => {
  it('names the places with their articles, the code and the note', () => {
    expect(placed(cond('dm', concept(SCT, '44054006', 'Diabetes mellitus type 2')), 'es')).toBe(
      'Se muestra en el páncreas porque el historial lo codifica como SNOMED CT 44054006. La diabetes y el azúcar alto en sangre se muestran en el páncreas, el órgano que produce la insulina; también tienen que ver con todo el cuerpo.',
    )
  })
  it('says when it is not confirmed, and why', () => {
    expect(
      placed(cond('a', concept(SCT, '195967001', 'Asthma'), { verificationStatus: 'differential' }), 'es')?.endsWith(
        'El historial no dice de qué lado. No confirmado en el historial: registrado como una posibilidad entre varias (diferencial).',
      ),
    ).toBe(true)
    expect(
      placed(cond('s', concept(SCT, '162573006', 'Suspected lung cancer')), 'es')?.endsWith(
        'No confirmado en el historial: el propio código registra una sospecha.',
      ),
    ).toBe(true)
  })
  it('reads keyword matches, the recorded body site and ICD-10-CM codes', () => {
    expect(placed(cond('k', concept(null, null, 'Kidney stone')), 'es')).toBe(
      'Se muestra en el riñón izquierdo y el riñón derecho porque una palabra del texto del historial coincide con la regla de palabras clave x.kidney. Situado por una palabra del texto del historial, no por un código: una coincidencia de palabras clave, menos segura que un código. El historial no dice de qué lado.',
    )
    const bodySite = cond('bs', concept(SCT, '195967001', 'Asthma'), {
      bodySites: [
        {
          codes: [
            { system: SCT, code: '39607008', display: 'Lung', key: `${SCT}|39607008` },
            { system: SCT, code: '7771000', display: 'Left', key: `${SCT}|7771000` },
          ],
          text: null,
        },
      ],
    })
    expect(placed(bodySite, 'es')).toBe(
      'Se muestra en el pulmón izquierdo porque el historial anota la localización corporal SNOMED CT 39607008. El propio historial nombra esta localización corporal.',
    )
    expect(placed(cond('i', concept(ICD, 'I12.9', 'Hypertensive CKD')), 'es')).toBe(
      'Se muestra en el riñón izquierdo y el riñón derecho porque el historial lo codifica como CIE-10-MC I12.9. Situado por la categoría de la CIE-10-MC de este código. El historial no dice de qué lado.',
    )
  })
  it('reads the mis-typed code alias and the not-placed reasons', () => {
    const alias = one(cond('alc', concept(SCT, '10939881000119104', 'Unhealthy alcohol drinking behavior')))
    const item = alias.lifeAndContext[0]
    expect(item && reasonText(item.rule.reason, 'es')).toBe(
      'Aparece en vida y contexto porque el historial lo codifica como SNOMED CT 10939881000119104 (leído como 10939881000119105: el código registrado es una errata conocida). Un dato social, de estilo de vida o administrativo: aparece en vida y contexto, no en el cuerpo.',
    )
    const sti = one(cond('sti', concept(ICD, 'A54.9', 'Gonococcal infection')), 'unknown').unplaced[0]
    expect(sti && reasonText(sti.reason, 'es')).toBe(
      'No situado en el cuerpo: el código nombra órganos genitales y el historial no recoge un sexo que permita saber cuáles mostrar.',
    )
  })
  it('reads family history in both languages', () => {
    const map = mapRecord(
      emptyRecord({
        familyHistory: [fatherWithInfarction(concept(null, null, 'Father'), null)],
      }),
    )
    const rule = map.familyHistory[0]?.rule
    expect(rule && [reasonText(rule.reason, 'en'), reasonText(rule.reason, 'es')]).toEqual([
      'Family history of a condition shown at the heart because the record codes it SNOMED CT 22298006. A condition recorded for a relative: listed under family history, never as a finding of the patient.',
      'Antecedente familiar de un problema que se muestra en el corazón porque el historial lo codifica como SNOMED CT 22298006. Un problema registrado de un familiar: aparece en antecedentes familiares, nunca como un hallazgo del paciente.',
    ])
  })
})

describe('place lists and system names', () => {
  it('joins places with commas and "and" / "y", with Spanish articles', () => {
    expect(placeList(['lung_left', 'lung_right'], 'en')).toBe('the left lung and the right lung')
    expect(placeList(['lung_left', 'lung_right'], 'es')).toBe('el pulmón izquierdo y el pulmón derecho')
    expect(placeList(['bladder', 'teeth', 'whole_body'], 'es')).toBe('la vejiga, los dientes y todo el cuerpo')
    expect(placeList(['fallopian_tubes'], 'es')).toBe('las trompas de Falopio')
    expect(placeList([], 'en')).toBe('no place')
  })
  it('names code systems for people, as recorded otherwise', () => {
    expect([systemName(SCT, 'es'), systemName(ICD, 'es'), systemName(SYSTEMS.icd10, 'en')]).toEqual([
      'SNOMED CT',
      'CIE-10-MC',
      'ICD-10',
    ])
    expect([systemName('ICD10', 'en'), systemName('', 'en'), systemName('', 'es')]).toEqual([
      'ICD10',
      'an unnamed code system',
      'un sistema de códigos sin nombre',
    ])
  })
})
