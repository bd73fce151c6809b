import { describe, expect, it } from 'vitest'
import { SNOMED_CONDITIONS } from '../../anatomy/tables/snomedConditions.ts'
import { SNOMED_ALIASES } from '../../anatomy/tables/aliases.ts'
import { forbiddenPhrasesIn } from '../../anatomy/wording.ts'
import { SYSTEMS } from '../../timeline/codes.ts'
import type { Concept } from '../../timeline/types.ts'
import { forbiddenPhrasesEsIn } from '../forbiddenPhrasesEs.ts'
import type { Locale } from '../locale.ts'
import { CONDITION_LAY_NAMES } from './conditionNames.ts'
import { layNameOf } from './layName.ts'
import { TEXT_LAY_NAMES } from './textNames.ts'

const snomed = (code: string): Concept => ({
  codes: [{ system: SYSTEMS.snomed, code, display: null, key: `${SYSTEMS.snomed}|${code}` }],
  text: null,
})
const NO_CODE: Concept = { codes: [], text: null }
const byCode = (code: string, locale: Locale): string | null =>
  layNameOf(snomed(code), '', 'condition', locale)?.text ?? null
const byText = (text: string, locale: Locale): string | null =>
  layNameOf(NO_CODE, text, 'condition', locale)?.text ?? null

const SEMANTIC_TAG = /\((disorder|finding|situation|procedure|morphologic abnormality|event|person)\)/i
const TABLES = [
  ['CONDITION_LAY_NAMES', CONDITION_LAY_NAMES],
  ['TEXT_LAY_NAMES', TEXT_LAY_NAMES],
] as const

describe('CONDITION_LAY_NAMES', () => {
  it('has exactly one row for every SNOMED_CONDITIONS code and alias, in the same order, and no other rows', () => {
    const keys = CONDITION_LAY_NAMES.map((row) => row[0])
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual([...SNOMED_CONDITIONS.map((row) => row[0]), ...SNOMED_ALIASES.keys()])
  })

  it('names an alias exactly as the code it stands for', () => {
    const rows = new Map(CONDITION_LAY_NAMES.map((row) => [row[0], row]))
    for (const [alias, target] of SNOMED_ALIASES) expect(rows.get(alias)?.slice(1)).toEqual(rows.get(target)?.slice(1))
  })

  it('gives the plain names of well-known codes in English and Spanish', () => {
    const expected: readonly (readonly [string, string, string])[] = [
      ['44054006', 'Type 2 diabetes', 'Diabetes tipo 2'],
      ['38341003', 'High blood pressure', 'Presión arterial alta'],
      ['195967001', 'Asthma', 'Asma'],
      ['444814009', 'Viral sinus infection', 'Infección viral de los senos paranasales'],
      ['162864005', 'Body mass index 30 or more', 'Índice de masa corporal de 30 o más'],
      ['22298006', 'Heart attack', 'Infarto de miocardio (ataque al corazón)'],
      ['359817006', 'Broken hip', 'Fractura de cadera'],
      ['13645005', 'COPD (chronic obstructive pulmonary disease)', 'EPOC (enfermedad pulmonar obstructiva crónica)'],
      ['399211009', 'History of heart attack', 'Antecedentes de infarto de miocardio'],
      ['312824007', 'Family history of colon cancer', 'Antecedentes familiares de cáncer de colon'],
      ['73438004', 'Unemployed', 'Sin empleo'],
      ['10939881000119104', 'Unhealthy alcohol use', 'Consumo de alcohol perjudicial'],
    ]
    for (const [code, en, es] of expected) {
      expect([code, byCode(code, 'en')]).toEqual([code, en])
      expect([code, byCode(code, 'es')]).toEqual([code, es])
    }
    expect(layNameOf(snomed('195967001'), 'Asthma', 'condition', 'en')).toEqual({
      text: 'Asthma',
      topic: 'asthma',
      from: 'snomed-condition',
    })
  })

  it('keeps a suspicion code neutral (the view adds the "suspected" label)', () => {
    expect(byCode('162573006', 'en')).toBe('Lung cancer')
    expect(byCode('315268008', 'es')).toBe('Cáncer de próstata')
  })
})

describe.each(TABLES)('%s', (_name, rows) => {
  it('has no duplicate keys', () => {
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length)
  })

  it('has a name in both languages and topics that are MedlinePlus slugs or empty', () => {
    for (const [key, en, es, topic] of rows) {
      expect([key, en.trim().length > 0, es.trim().length > 0]).toEqual([key, true, true])
      expect([key, topic === '' || /^[a-z0-9]+$/.test(topic)]).toEqual([key, true])
    }
  })

  it('has no semantic tags and no forbidden phrases in either language', () => {
    for (const [key, en, es] of rows) {
      expect([key, SEMANTIC_TAG.test(en), SEMANTIC_TAG.test(es)]).toEqual([key, false, false])
      expect([key, forbiddenPhrasesIn(en), forbiddenPhrasesEsIn(es)]).toEqual([key, [], []])
    }
  })

  it('writes names in sentence case', () => {
    for (const [key, en, es] of rows) {
      expect([key, en[0] === en[0]?.toUpperCase(), es[0] === es[0]?.toUpperCase()]).toEqual([key, true, true])
    }
  })
})

describe('TEXT_LAY_NAMES', () => {
  it('names free-text conditions in English and Spanish records', () => {
    const expected: readonly (readonly [string, string, string])[] = [
      ['Asthma', 'Asthma', 'Asma'],
      ['Hipertensión arterial', 'High blood pressure', 'Presión arterial alta'],
      ['HIPERTENSION ARTERIAL', 'High blood pressure', 'Presión arterial alta'],
      ['Diabetes mellitus tipo 2', 'Type 2 diabetes', 'Diabetes tipo 2'],
      ['Type 2 diabetes mellitus without complications', 'Type 2 diabetes', 'Diabetes tipo 2'],
      ['Fractura de cadera izquierda', 'Broken hip', 'Fractura de cadera'],
      ['Closed fracture of distal radius', 'Broken wrist', 'Fractura de muñeca'],
      ['Migraña', 'Migraine', 'Migraña'],
      ['Dolor lumbar crónico', 'Chronic low back pain', 'Dolor lumbar crónico'],
      ['Left knee osteoarthritis', 'Osteoarthritis of the knee', 'Artrosis de rodilla'],
      ['Anemia ferropénica', 'Iron-deficiency anemia', 'Anemia por falta de hierro (ferropénica)'],
      ['Provisional anaemia', 'Anemia', 'Anemia'],
      [
        'End stage renal disease on dialysis',
        'Kidney failure (end-stage kidney disease)',
        'Insuficiencia renal (enfermedad renal crónica terminal)',
      ],
      [
        'Chronic kidney disease, stage 3 (moderate)',
        'Chronic kidney disease stage 3',
        'Enfermedad renal crónica en estadio 3',
      ],
      ['Laceration of right hand', 'Cut on the hand', 'Corte en la mano'],
      ['Hay fever', 'Hay fever (allergic rhinitis)', 'Rinitis alérgica (fiebre del heno)'],
      ['Menopausal flushing (finding)', 'Hot flashes', 'Sofocos'],
      ['Hipertensión esencial, no especificada', 'High blood pressure', 'Presión arterial alta'],
      ['Diabetes mellitus no insulinodependiente', 'Type 2 diabetes', 'Diabetes tipo 2'],
      ['Type 2 diabetes with no complications', 'Type 2 diabetes', 'Diabetes tipo 2'],
    ]
    for (const [text, en, es] of expected) {
      expect([text, byText(text, 'en')]).toEqual([text, en])
      expect([text, byText(text, 'es')]).toEqual([text, es])
    }
    expect(layNameOf(NO_CODE, 'Migraine', 'condition', 'en')).toEqual({
      text: 'Migraine',
      topic: 'migraine',
      from: 'text',
    })
  })

  it('names nothing for a relative, a negation, a personal history or a look-alike word', () => {
    for (const text of [
      'Family history of asthma',
      'FH of type 2 diabetes',
      'Mother has hypertension',
      'Antecedentes familiares de asma',
      'Padre con diabetes tipo 2',
      'Asthma ruled out',
      'HIV negative',
      'Neumonía descartada',
      'No asthma',
      'Niega asma',
      'History of stroke',
      'Antecedentes de ictus',
      'Ocular hypertension',
      'Diabetes insipidus',
      'Respiratory depression',
      'Heat stroke',
      'Scarlet fever',
      'Local problem 42',
    ]) {
      expect([text, byText(text, 'en')]).toEqual([text, null])
    }
  })

  it('reads accented and unaccented Spanish words, not letters inside longer words', () => {
    expect(byText('Asma bronquial', 'es')).toBe('Asma')
    expect(byText('Fasmatia', 'en')).toBeNull()
    expect(byText('Hipertension', 'en')).toBe('High blood pressure')
    expect(byText('Esguince de tobillo derecho', 'en')).toBe('Sprained ankle')
    expect(byText('Gotas oftálmicas', 'en')).toBeNull()
  })

  it('is not used when a code names the condition', () => {
    expect(layNameOf(snomed('44054006'), 'Asthma', 'condition', 'en')?.from).toBe('snomed-condition')
  })
})
