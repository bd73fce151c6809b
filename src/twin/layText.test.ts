import { describe, expect, it, vi } from 'vitest'
import { SYSTEMS } from '../timeline/codes.ts'
import { concept } from '../../tests/fixtures/mappingInputs.ts'
import { layLine, layText } from './layText.ts'

// The lay tables are data filled row by row; these tests fix the rows they read so they assert exact words.
vi.mock('../i18n/layNames/layName.ts', () => ({
  layNameOf: (c: { codes: readonly { code: string }[] }, _text: string, kind: string, locale: string) =>
    c.codes[0]?.code === '162864005' && kind === 'condition'
      ? {
          text: locale === 'es' ? 'Índice de masa corporal de 30 o más (finding)' : 'Body mass index 30 or more',
          topic: null,
          from: 'snomed-condition',
        }
      : null,
}))

const BMI = concept(SYSTEMS.snomed, '162864005', 'Body mass index 30+ - obesity (finding)')
const bmi = { kind: 'condition' as const, concept: BMI, text: 'Body mass index 30+ - obesity (finding)' }

describe('layText: lay name first for patients, record text and codes for clinicians', () => {
  it('gives patients the lay name in their language and the record text without its semantic tag', () => {
    expect(layText(bmi, 'patient', 'en')).toEqual({
      lay: { text: 'Body mass index 30 or more', topic: null, from: 'snomed-condition' },
      record: 'Body mass index 30+ - obesity',
      codes: [],
    })
    // a tag is never shown to patients, not even from a table row
    expect(layText(bmi, 'patient', 'es').lay?.text).toBe('Índice de masa corporal de 30 o más')
    expect(layLine(bmi, 'patient', 'es')).toBe('Índice de masa corporal de 30 o más')
  })

  it('shows the record text alone when no lay name is listed, and strips a tag anywhere in it', () => {
    const other = { kind: 'condition' as const, concept: null, text: 'Fracture (disorder) of left hip (finding)' }
    expect(layText(other, 'patient', 'en')).toEqual({ lay: null, record: 'Fracture of left hip', codes: [] })
    expect(layLine(other, 'patient', 'en')).toBe('Fracture of left hip')
    // kinds the lay tables do not name are never looked up
    const visit = { kind: 'encounter' as const, concept: BMI, text: 'General examination of patient (procedure)' }
    expect(layText(visit, 'patient', 'en')).toEqual({ lay: null, record: 'General examination of patient', codes: [] })
  })

  it('gives clinicians the text as recorded and the codes with short system names, no lay name', () => {
    const coded = {
      ...bmi,
      concept: { ...BMI, codes: [...BMI.codes, ...concept(SYSTEMS.icd10cm, 'E66.9', 'x').codes] },
    }
    expect(layText(coded, 'clinician', 'en')).toEqual({
      lay: null,
      record: 'Body mass index 30+ - obesity (finding)',
      codes: ['SNOMED CT|162864005', 'ICD-10-CM|E66.9'],
    })
    expect(layText(coded, 'clinician', 'es').codes).toEqual(['SNOMED CT|162864005', 'CIE-10-MC|E66.9'])
    expect(layLine(coded, 'clinician', 'en')).toBe('Body mass index 30+ - obesity (finding)')
  })
})
