import { describe, expect, it } from 'vitest'
import { ICD_BLOCKS, ICD_CHAPTERS, ICD_OVERRIDES } from '../../anatomy/tables/icd10.ts'
import { forbiddenPhrasesIn } from '../../anatomy/wording.ts'
import { SYSTEMS } from '../../timeline/codes.ts'
import type { Concept } from '../../timeline/types.ts'
import { forbiddenPhrasesEsIn } from '../forbiddenPhrasesEs.ts'
import { ICD10_BLOCK_LAY_NAMES, ICD10_CHAPTER_LAY_NAMES, ICD10_PREFIX_LAY_NAMES } from './icd10Names.ts'
import { icd10LayRow, layNameOf } from './layName.ts'
import type { LayRow } from './types.ts'

const TABLES: readonly (readonly [string, readonly LayRow[]])[] = [
  ['prefix', ICD10_PREFIX_LAY_NAMES],
  ['block', ICD10_BLOCK_LAY_NAMES],
  ['chapter', ICD10_CHAPTER_LAY_NAMES],
]

const countOf = (rows: readonly LayRow[], key: string): number => rows.filter((row) => row[0] === key).length

const icdConcept = (code: string, system: string = SYSTEMS.icd10cm): Concept => ({
  codes: [{ system, code, display: null, key: `${system}|${code}` }],
  text: null,
})

describe('ICD-10-CM lay-name tables cover what the mapping knows', () => {
  it('has exactly one row for each of the 22 chapters', () => {
    expect(ICD_CHAPTERS).toHaveLength(22)
    expect(ICD10_CHAPTER_LAY_NAMES).toHaveLength(22)
    for (const [chapter] of ICD_CHAPTERS) expect(countOf(ICD10_CHAPTER_LAY_NAMES, String(chapter))).toBe(1)
  })

  it('has exactly one row for each block, keyed start-end as in ICD_BLOCKS, and no other', () => {
    const keys = ICD_BLOCKS.map(([start, end]) => `${start}-${end}`)
    for (const key of keys) expect(countOf(ICD10_BLOCK_LAY_NAMES, key), key).toBe(1)
    expect(ICD10_BLOCK_LAY_NAMES.map((row) => row[0]).sort()).toEqual([...keys].sort())
  })

  it('has exactly one row for each override prefix', () => {
    for (const [prefix] of ICD_OVERRIDES) expect(countOf(ICD10_PREFIX_LAY_NAMES, prefix), prefix).toBe(1)
  })

  it.each(TABLES)('%s table: no duplicate keys, MedlinePlus slugs only', (_name, rows) => {
    const keys = rows.map((row) => row[0])
    expect(new Set(keys).size).toBe(keys.length)
    for (const [key, , , topic] of rows) expect(topic, key).toMatch(/^([a-z0-9]+)?$/)
  })

  it('prefix keys are ICD-10 categories or subcategories in dotted form', () => {
    for (const [key] of ICD10_PREFIX_LAY_NAMES) expect(key).toMatch(/^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/)
  })

  it('names every category from A00 to Z99 at least by its chapter', () => {
    const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    const unnamed: string[] = []
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
      for (const d of '0123456789')
        for (const c of chars) if (icd10LayRow(`${letter}${d}${c}`) === null) unnamed.push(`${letter}${d}${c}`)
    expect(unnamed).toEqual([])
  })
})

describe('ICD-10-CM lay names follow the writing rules', () => {
  const rows = TABLES.flatMap(([, table]) => table)

  it('are sentence case, without semantic tags or codes', () => {
    for (const [key, en, es] of rows) {
      for (const name of [en, es]) {
        expect(name.length, key).toBeGreaterThan(0)
        expect(name[0], `${key}: ${name}`).toBe(name[0]?.toUpperCase())
        expect(name, key).not.toMatch(/\((disorder|finding|procedure|situation|morphologic abnormality)\)/i)
        expect(name, key).not.toMatch(/\b[A-Z]\d\d(\.\d+)?\b/)
        expect(name, key).not.toMatch(/\b(NOS|NEC|unspecified)\b/i)
      }
    }
  })

  it('never diagnose, predict or alarm, in English or Spanish', () => {
    for (const [key, en, es] of rows) {
      expect(forbiddenPhrasesIn(en), `${key}: ${en}`).toEqual([])
      expect(forbiddenPhrasesEsIn(es), `${key}: ${es}`).toEqual([])
    }
  })

  it('family-history and history Z codes say so, never name a present illness', () => {
    for (const key of ['Z80', 'Z81', 'Z82', 'Z83', 'Z84']) {
      const row = icd10LayRow(`${key}.0`)
      expect(row?.[1]).toMatch(/^Family history of /)
      expect(row?.[2]).toMatch(/^Antecedentes familiares de /)
    }
    expect(icd10LayRow('Z87.891')?.slice(1)).toEqual([
      'History of nicotine dependence',
      'Antecedentes de dependencia de la nicotina',
      'quittingsmoking',
    ])
  })
})

describe('icd10LayRow: longest prefix, then block, then chapter', () => {
  it.each([
    // [code, level, English, Spanish, topic]
    ['E11.9', 'prefix E11', 'Type 2 diabetes', 'Diabetes tipo 2', 'diabetestype2'],
    ['E11.65', 'prefix E11', 'Type 2 diabetes', 'Diabetes tipo 2', 'diabetestype2'],
    [
      'E11.40',
      'prefix E11.4',
      'Type 2 diabetes with nerve damage',
      'Diabetes tipo 2 con lesión de los nervios',
      'diabeticnerveproblems',
    ],
    ['I10', 'prefix I10', 'High blood pressure', 'Presión arterial alta', 'highbloodpressure'],
    ['M17.11', 'prefix M17', 'Knee osteoarthritis', 'Artrosis de rodilla', 'osteoarthritis'],
    ['S72.002A', 'prefix S72.0', 'Broken hip', 'Fractura de cadera', 'hipinjuriesanddisorders'],
    [
      'S72.301A',
      'prefix S72',
      'Broken thigh bone or hip',
      'Fractura del fémur o de la cadera',
      'hipinjuriesanddisorders',
    ],
    [
      'Z89512',
      'prefix Z89.5 (no dot)',
      'Loss of a leg below the knee',
      'Pérdida de la pierna por debajo de la rodilla',
      'limbloss',
    ],
    ['K74.60', 'block K70-K77', 'A liver condition', 'Una afección del hígado', 'liverdiseases'],
    [
      'c7a.0',
      'block C7A-C7A (lower case, alphanumeric)',
      'Neuroendocrine cancer',
      'Cáncer neuroendocrino',
      'carcinoidtumors',
    ],
    ['I1A.0', 'block I10-I1A (alphanumeric)', 'High blood pressure', 'Presión arterial alta', 'highbloodpressure'],
    ['W19.XXXA', 'block V00-Y99', 'How an injury happened', 'Cómo ocurrió una lesión', ''],
    [
      'I04',
      'chapter 9 (no block)',
      'A heart or blood vessel condition',
      'Una afección del corazón o de los vasos sanguíneos',
      '',
    ],
    ['A12.3', 'chapter 1 (no block)', 'An infection', 'Una infección', 'infectiousdiseases'],
  ])('%s (%s)', (code, _level, en, es, topic) => {
    expect(icd10LayRow(code)?.slice(1)).toEqual([en, es, topic])
  })

  it('is null for what is not shaped like an ICD-10 code', () => {
    expect(icd10LayRow('44054006')).toBeNull()
    expect(icd10LayRow('')).toBeNull()
  })
})

describe('layNameOf with ICD-10 codes', () => {
  it('names a condition in the asked language, from the icd10 table', () => {
    expect(layNameOf(icdConcept('E11.9'), 'Type 2 diabetes mellitus without complications', 'condition', 'en')).toEqual(
      {
        text: 'Type 2 diabetes',
        topic: 'diabetestype2',
        from: 'icd10',
      },
    )
    expect(layNameOf(icdConcept('N18.3'), 'Chronic kidney disease, stage 3 (moderate)', 'condition', 'es')).toEqual({
      text: 'Enfermedad renal crónica',
      topic: 'chronickidneydisease',
      from: 'icd10',
    })
  })

  it('reads WHO ICD-10 codes the same way', () => {
    expect(layNameOf(icdConcept('I10', SYSTEMS.icd10), 'Hipertensión esencial (primaria)', 'condition', 'es')).toEqual({
      text: 'Presión arterial alta',
      topic: 'highbloodpressure',
      from: 'icd10',
    })
    expect(
      layNameOf(icdConcept('N95.1', SYSTEMS.icd10), 'Menopausal and female climacteric states', 'condition', 'en')
        ?.text,
    ).toBe('Menopause symptoms')
  })

  it('gives a null topic when no MedlinePlus topic fits', () => {
    expect(layNameOf(icdConcept('W19.XXXA'), 'Fall', 'condition', 'en')).toEqual({
      text: 'How an injury happened',
      topic: null,
      from: 'icd10',
    })
  })

  it('does not name procedures by ICD-10 diagnosis codes', () => {
    expect(layNameOf(icdConcept('I49.01'), 'Ventricular fibrillation', 'procedure', 'en')).toBeNull()
  })
})
