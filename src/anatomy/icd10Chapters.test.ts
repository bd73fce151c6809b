/**
 * Issue 11: every ICD-10-CM 3-character category (A00-Z99 and the alphanumeric C4A C7A C7B D3A I1A I5A M1A O9A Z3A,
 * plus the special-purpose U codes) gets a decision through override, block or chapter rules: a place, life and
 * context, or deliberately unplaced with a reason. One test per chapter, each with exact expectations for several
 * representative codes. Chapter ranges are written here from the FY2024-2025 tabular list, independently of
 * tables/icd10.ts.
 */
import { describe, expect, it } from 'vitest'
import { concept, cond, one } from '../../tests/fixtures/mappingInputs.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import { icdBlockOf, icdChapterOf } from './lookup.ts'

const ICD = SYSTEMS.icd10cm

/**
 * The decision for one ICD-10-CM code, as a short string: the places, 'context', or 'unplaced:<reason>'. The text
 * is the code itself, so no keyword rule can decide.
 * @param code - the code
 */
function decision(code: string): string {
  const map = one(cond('c', concept(ICD, code, code)), 'female')
  const placed = map.placements[0]
  if (placed !== undefined) return placed.places.join(' ')
  if (map.lifeAndContext.length === 1) return 'context'
  const unplaced = map.unplaced[0]
  return unplaced === undefined ? 'none' : `unplaced:${unplaced.why}`
}

const ALPHANUMERIC: Readonly<Record<string, string>> = {
  C4A: 'C44',
  C7A: 'C75',
  C7B: 'C75',
  D3A: 'D36',
  I1A: 'I16',
  I5A: 'I52',
  M1A: 'M10',
  O9A: 'O99',
  Z3A: 'Z39',
}

/**
 * Every letter+two-digit category from start to end, plus the alphanumeric categories in that range.
 * @param start - first category
 * @param end - last category
 */
function categories(start: string, end: string): string[] {
  const out: string[] = []
  for (let letter = start.charCodeAt(0); letter <= end.charCodeAt(0); letter++) {
    for (let n = 0; n <= 99; n++) {
      const category = `${String.fromCharCode(letter)}${String(n).padStart(2, '0')}`
      if (category >= start && category <= end) out.push(category)
    }
  }
  for (const [category, near] of Object.entries(ALPHANUMERIC)) if (near >= start && near <= end) out.push(category)
  return out
}

/** Categories without a decision (none, or unplaced for a reason other than the code naming no body site). */
function undecided(start: string, end: string): string[] {
  return categories(start, end).filter((category) => {
    const got = decision(category)
    return got === 'none' || got === '' || (got.startsWith('unplaced:') && got !== 'unplaced:no-body-site-in-code')
  })
}

// prettier-ignore
const CHAPTERS: readonly [number, string, string, string, Readonly<Record<string, string>>][] = [
  [1, 'A00', 'B99', 'infectious and parasitic diseases', {
    'A09': 'small_intestine large_intestine', 'A15.0': 'lung_left lung_right', 'B18.2': 'liver',
    'B20': 'whole_body', 'A41.9': 'whole_body', 'B01.9': 'skin',
  }],
  [2, 'C00', 'D49', 'neoplasms', {
    'C34.90': 'lung_left lung_right', 'C18.9': 'large_intestine', 'C50.919': 'breast_left breast_right',
    'C61': 'prostate', 'C80.1': 'unplaced:no-body-site-in-code', 'C7A.00': 'whole_body', 'D3A.00': 'whole_body',
  }],
  [3, 'D50', 'D89', 'blood and immune', {
    'D50.9': 'blood', 'D57.1': 'blood', 'D69.6': 'blood', 'D73.1': 'spleen', 'D84.9': 'whole_body',
    'D86.0': 'lung_left lung_right',
  }],
  [4, 'E00', 'E89', 'endocrine, nutritional and metabolic', {
    'E11.9': 'pancreas', 'E11.42': 'nerves', 'E03.9': 'thyroid', 'E66.9': 'adipose_tissue', 'E78.5': 'aorta',
    'E84.0': 'lung_left lung_right', 'E55.9': 'whole_body',
  }],
  [5, 'F01', 'F99', 'mental and behavioural', {
    'F32.A': 'mind', 'F41.1': 'mind', 'F10.20': 'mind', 'F03.90': 'brain', 'F84.0': 'mind',
  }],
  [6, 'G00', 'G99', 'nervous system', {
    'G40.909': 'brain', 'G35': 'brain', 'G62.9': 'nerves', 'G56.00': 'nerves', 'G89.29': 'whole_body',
    'G47.33': 'throat', 'G95.9': 'spinal_cord',
  }],
  [7, 'H00', 'H59', 'eye and adnexa', { 'H25.9': 'eye_left eye_right', 'H40.9': 'eye_left eye_right' }],
  [8, 'H60', 'H95', 'ear and mastoid', { 'H66.90': 'ear_left ear_right', 'H91.90': 'ear_left ear_right' }],
  [9, 'I00', 'I99', 'circulatory system', {
    'I21.4': 'heart', 'I10': 'aorta', 'I1A.0': 'aorta', 'I5A': 'heart', 'I63.9': 'brain',
    'I82.409': 'femur_left femur_right leg_left leg_right', 'I26.99': 'lung_left lung_right', 'I85.00': 'oesophagus',
  }],
  [10, 'J00', 'J99', 'respiratory system', {
    'J45.909': 'lung_left lung_right', 'J44.9': 'lung_left lung_right', 'J02.9': 'nose_sinuses throat',
  }],
  [11, 'K00', 'K95', 'digestive system', {
    'K21.9': 'oesophagus', 'K35.80': 'large_intestine', 'K76.0': 'liver', 'K80.20': 'gallbladder', 'K02.9': 'mouth',
    'K85.90': 'pancreas',
  }],
  [12, 'L00', 'L99', 'skin and subcutaneous tissue', { 'L40.0': 'skin', 'L89.90': 'skin' }],
  [13, 'M00', 'M99', 'musculoskeletal and connective tissue', {
    'M17.11': 'knee_right', 'M17.9': 'knee_left knee_right', 'M54.50': 'spine', 'M81.0': 'whole_body',
    'M1A.00X0': 'joints', 'M32.9': 'whole_body',
  }],
  [14, 'N00', 'N99', 'genitourinary system', {
    'N18.30': 'kidney_left kidney_right', 'N39.0': 'bladder', 'N40.0': 'prostate', 'N80.9': 'uterus',
  }],
  [15, 'O00', 'O9A', 'pregnancy, childbirth and the puerperium', {
    'O80': 'uterus', 'O24.410': 'uterus', 'O9A.211': 'uterus',
  }],
  [16, 'P00', 'P96', 'perinatal period', { 'P07.30': 'whole_body', 'P59.9': 'whole_body' }],
  [17, 'Q00', 'Q99', 'congenital malformations and chromosomal abnormalities', {
    'Q21.1': 'heart', 'Q90.9': 'whole_body', 'Q05.9': 'brain',
  }],
  [18, 'R00', 'R99', 'symptoms, signs and abnormal findings', {
    'R51.9': 'brain', 'R07.9': 'whole_body', 'R10.9': 'small_intestine large_intestine', 'R73.03': 'pancreas',
    'R69': 'unplaced:no-body-site-in-code', 'R79.89': 'blood',
  }],
  [19, 'S00', 'T88', 'injury, poisoning and external causes', {
    'S72.001A': 'femur_right', 'S06.0X0A': 'brain', 'S61.411A': 'hand_left hand_right',
    'T14.90XA': 'unplaced:no-body-site-in-code', 'T78.40XA': 'whole_body', 'S82.001A': 'leg_left leg_right',
  }],
  [20, 'V00', 'Y99', 'external causes of morbidity (life and context)', {
    'V43.52XA': 'context', 'W19.XXXA': 'context', 'Y93.01': 'context',
  }],
  [21, 'Z00', 'Z99', 'factors influencing health status (largely life and context)', {
    'Z59.0': 'context', 'Z00.00': 'context', 'Z89.511': 'leg_right foot_right', 'Z94.0': 'kidney_left kidney_right',
    'Z3A.20': 'uterus',
  }],
  [22, 'U00', 'U85', 'codes for special purposes', {
    'U07.1': 'lung_left lung_right', 'U07.0': 'lung_left lung_right', 'U09.9': 'whole_body',
  }],
]

describe('ICD-10-CM: every category in every chapter gets a decision', () => {
  for (const [chapter, start, end, title, examples] of CHAPTERS) {
    it(`chapter ${String(chapter)} ${start}-${end}: ${title}`, () => {
      expect(undecided(start, end)).toEqual([])
      const got = Object.fromEntries(Object.keys(examples).map((code) => [code, decision(code)]))
      expect(got).toEqual(examples)
    })
  }
  it('files every category under the chapter that holds it, and a category outside the tabular list nearby', () => {
    const of = (category: string): number | undefined => icdChapterOf(category)?.chapter
    expect(['A00', 'C7A', 'D49', 'D50', 'H59', 'H60', 'O9A', 'T88', 'U07', 'Z3A', 'Z99'].map(of)).toEqual([
      1, 2, 2, 3, 7, 8, 15, 19, 22, 21, 21,
    ])
    expect([of('K99'), of('T99'), of('E11.9')]).toEqual([11, 19, undefined])
  })
  it('files Merkel cell carcinoma (C4A) under the skin-cancer block C43-C44, as the tabular list does', () => {
    expect(icdBlockOf('C4A')?.start).toBe('C43')
    expect(decision('C4A.9')).toBe('skin')
  })
})

describe('ICD-10-CM subcategories the review corrected', () => {
  it('does not draw the hand or foot as removed for a finger or toe amputation, and splits N95 by organ', () => {
    const removedOf = (code: string): [readonly string[], boolean] => {
      const p = one(cond('c', concept(SYSTEMS.icd10cm, code, code))).placements[0]
      return [p?.places ?? [], p?.removed ?? false]
    }
    expect(removedOf('S68.012A')).toEqual([['hand_left'], false])
    expect(removedOf('S98.131A')).toEqual([['foot_right'], false])
    expect(removedOf('S98.011A')).toEqual([['foot_right'], true])
    expect(removedOf('N95.0')).toEqual([['uterus'], false])
    expect(removedOf('N95.2')).toEqual([['vagina'], false])
  })
})
