/**
 * Table tests for the procedure lay names: one row for every procedure code the mapping knows, clean plain names in
 * both languages (no semantic tags, no words that diagnose or predict), topic slugs in MedlinePlus form, and the
 * exact names of well-known procedures through layNameOf.
 */
import { describe, expect, it } from 'vitest'
import { forbiddenPhrasesIn } from '../../anatomy/wording.ts'
import { PROCEDURE_CODES } from '../../anatomy/tables/procedureCodes.ts'
import { SYSTEMS } from '../../timeline/codes.ts'
import type { Concept } from '../../timeline/types.ts'
import { forbiddenPhrasesEsIn } from '../forbiddenPhrasesEs.ts'
import { layNameOf } from './layName.ts'
import { PROCEDURE_LAY_NAMES } from './procedureNames.ts'

const snomed = (code: string): Concept => ({
  codes: [{ system: SYSTEMS.snomed, code, display: null, key: `${SYSTEMS.snomed}|${code}` }],
  text: null,
})

const SEMANTIC_TAG = /\((procedure|regime\/therapy|finding|disorder|observable entity|situation)\)/i

describe('procedure lay names: the table', () => {
  it('has exactly one row for every procedure code, in the order of procedureCodes.ts', () => {
    expect(PROCEDURE_LAY_NAMES.map((row) => row[0])).toEqual(PROCEDURE_CODES.map((row) => row[0]))
    expect(PROCEDURE_LAY_NAMES).toHaveLength(452)
  })
  it('has no duplicate keys', () => {
    const keys = PROCEDURE_LAY_NAMES.map((row) => row[0])
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([])
  })
  it('gives every row an English and a Spanish name, trimmed and starting with a capital or a digit', () => {
    const clean = (name: string): boolean => name !== '' && name.trim() === name && !/^[a-zá-ú]/.test(name)
    expect(PROCEDURE_LAY_NAMES.filter(([, en, es]) => !clean(en) || !clean(es)).map((row) => row[0])).toEqual([])
  })
  it('uses topics that are lowercase MedlinePlus slugs or empty', () => {
    expect(PROCEDURE_LAY_NAMES.filter((row) => !/^[a-z0-9]*$/.test(row[3])).map((row) => row[0])).toEqual([])
  })
  it('carries no semantic tag in either language', () => {
    expect(PROCEDURE_LAY_NAMES.filter(([, en, es]) => SEMANTIC_TAG.test(en) || SEMANTIC_TAG.test(es))).toEqual([])
  })
  it('holds no English phrase that diagnoses, predicts or alarms', () => {
    const found = PROCEDURE_LAY_NAMES.flatMap(([key, en]) => forbiddenPhrasesIn(en).map((p) => `${key}: ${p}`))
    expect(found).toEqual([])
  })
  it('holds no Spanish phrase that diagnoses, predicts or alarms', () => {
    const found = PROCEDURE_LAY_NAMES.flatMap(([key, , es]) => forbiddenPhrasesEsIn(es).map((p) => `${key}: ${p}`))
    expect(found).toEqual([])
  })
})

describe('procedure lay names: well-known procedures through layNameOf', () => {
  const cases: readonly (readonly [code: string, en: string, es: string, topic: string | null])[] = [
    ['73761001', 'Colonoscopy', 'Colonoscopia', 'colonoscopy'],
    [
      '180325003',
      'Heart rhythm reset with a shock (cardioversion)',
      'Cardioversión eléctrica (descarga para restablecer el ritmo del corazón)',
      'arrhythmia',
    ],
    [
      '430193006',
      'Check of the list of medicines (medication reconciliation)',
      'Revisión de la lista de medicamentos (conciliación de la medicación)',
      'medicines',
    ],
    ['232717009', 'Coronary artery bypass surgery', 'Cirugía de bypass coronario', 'coronaryarterybypasssurgery'],
    ['11466000', 'Cesarean delivery (C-section)', 'Cesárea', 'cesareandelivery'],
    ['26604007', 'Complete blood count (CBC)', 'Hemograma completo', 'bloodcounttests'],
    ['399208008', 'Chest X-ray', 'Radiografía de tórax', 'xrays'],
    ['86198006', 'Flu shot', 'Vacuna contra la gripe', 'flushot'],
    ['24623002', 'Screening mammogram', 'Mamografía de cribado', 'mammography'],
    ['609588000', 'Total knee replacement', 'Prótesis total de rodilla', 'kneereplacement'],
    [
      '176178006',
      'Bladder exam with a camera (cystoscopy)',
      'Exploración de la vejiga con cámara (cistoscopia)',
      'bladderdiseases',
    ],
    ['302497006', 'Hemodialysis', 'Hemodiálisis', 'dialysis'],
    ['410538000', 'Scheduling', 'Programación de citas', null],
  ]
  for (const [code, en, es, topic] of cases) {
    it(`names ${code} "${en}"`, () => {
      expect(layNameOf(snomed(code), 'recorded text', 'procedure', 'en')).toEqual({
        text: en,
        topic,
        from: 'snomed-procedure',
      })
      expect(layNameOf(snomed(code), 'recorded text', 'procedure', 'es')).toEqual({
        text: es,
        topic,
        from: 'snomed-procedure',
      })
    })
  }
  it('finds a SNOMED row after a coding of another system', () => {
    const concept: Concept = {
      codes: [
        {
          system: 'http://www.ama-assn.org/go/cpt',
          code: '45378',
          display: null,
          key: 'http://www.ama-assn.org/go/cpt|45378',
        },
        ...snomed('73761001').codes,
      ],
      text: null,
    }
    expect(layNameOf(concept, 'Colonoscopy', 'procedure', 'en')?.text).toBe('Colonoscopy')
  })
  it('names no procedure by a code of another system alone', () => {
    const cpt: Concept = {
      codes: [
        {
          system: 'http://www.ama-assn.org/go/cpt',
          code: '45378',
          display: null,
          key: 'http://www.ama-assn.org/go/cpt|45378',
        },
      ],
      text: 'Colonoscopy',
    }
    expect(layNameOf(cpt, 'Colonoscopy', 'procedure', 'en')).toBeNull()
  })
})
