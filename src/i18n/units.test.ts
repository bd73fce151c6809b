import { describe, expect, it } from 'vitest'
import { displayDecimals, formatNumber, formatQuantity, recordedDecimals, unitLabel } from './units.ts'

describe('rounding rules (by LOINC code, then unit, then 3 significant digits)', () => {
  it.each([
    // [value, UCUM code, LOINC, expected]
    [37.718375139325666, 'Cel', '8310-5', '37.7 °C'],
    [37.96135961742164, 'Cel', '8331-1', '38 °C'],
    [98.62, '[degF]', null, '98.6 °F'],
    [31.234, 'kg/m2', '39156-5', '31.2 kg/m²'],
    [148.6, 'mm[Hg]', '8480-6', '149 mmHg'],
    [72.4, '/min', '8867-4', '72 /min'],
    [80, 'kg', '29463-7', '80 kg'],
    [170.44, 'cm', '8302-2', '170.4 cm'],
    [67.2, '[in_i]', null, '67.2 in'],
    [165.35, '[lb_av]', null, '165.4 lb'],
    [190.123, 'mg/dL', '2093-3', '190 mg/dL'],
    [5.1584145732422115, 'mmol/L', '6298-4', '5.16 mmol/L'],
    [12.967463762629599, 'g/dL', '718-7', '13 g/dL'],
    [6.1, '%', '4548-4', '6.1 %'],
    [9.212856033480971, '10*3/uL', '6690-2', '9.21 ×10³/µL'],
    [7.5, '10*9/L', null, '7.5 ×10⁹/L'],
    [67.70681565862391, 'mL/min/{1.73_m2}', '33914-3', '68 mL/min/1.73 m²'],
    [23.18320752031378, '{score}', '72106-8', '23.2 points'],
    [1.0226569558321077, '1', null, '1.02'],
    [626620, '', null, '626,620'],
    [0.004, 'ng/mL', null, '4 × 10⁻³ ng/mL'],
  ] as const)('%s %s (LOINC %s) -> %s', (value, code, loinc, expected) => {
    expect(formatQuantity({ value, unit: code || null, code: code || null }, 'en', loinc ? [loinc] : [])).toBe(expected)
  })

  it('never shows more decimals than the record gave, nor more than 2', () => {
    expect(recordedDecimals(37)).toBe(0)
    expect(recordedDecimals(37.718)).toBe(3)
    expect(recordedDecimals(1e-7)).toBe(7)
    expect(displayDecimals({ value: 37, unit: 'Cel' }, ['8310-5'])).toBe(0)
    expect(displayDecimals({ value: 0.123456, unit: 'mg/L' })).toBe(2)
    expect(displayDecimals({ value: 1234.5678, unit: 'U/L' })).toBe(0)
  })

  it('writes numbers in the language: a decimal comma in Spanish', () => {
    expect(formatQuantity({ value: 37.718375139325666, unit: 'Cel', code: 'Cel' }, 'es', ['8310-5'])).toBe('37,7 °C')
    expect(formatQuantity({ value: 5.1584, unit: 'mmol/L', code: 'mmol/L', comparator: '<=' }, 'es')).toBe(
      '≤5,16 mmol/L',
    )
    expect(formatNumber(0.00456, 2, 'es')).toBe('4,56 × 10⁻³')
  })

  it('prefers the UCUM code for the symbol, and keeps units it does not know as recorded', () => {
    expect(unitLabel({ unit: 'degrees C', code: 'Cel' }, 'en')).toBe('°C')
    expect(unitLabel({ unit: 'beats/minute', code: null }, 'en')).toBe('beats/minute')
    expect(unitLabel({ unit: '{score}', code: '{score}' }, 'es')).toBe('puntos')
    expect(unitLabel({ unit: 'U/L', code: 'U/L' }, 'en')).toBe('U/L')
  })
})

describe('small values and the ad comparator (review)', () => {
  it('shows a small value the unit rule would round to 0 with up to two decimals, not a power of ten', () => {
    expect(formatQuantity({ value: 0.4, unit: '{score}', code: '{score}', comparator: null }, 'en')).toBe('0.4 points')
    expect(formatQuantity({ value: 0.004, unit: 'mg/dL', code: 'mg/dL', comparator: null }, 'en')).toBe(
      '4 × 10⁻³ mg/dL',
    )
  })
  it('keeps the ad comparator as a word before the number', () => {
    expect(formatQuantity({ value: 5, unit: 'mg', code: 'mg', comparator: 'ad' }, 'en')).toBe('ad 5 mg')
  })
})
