/**
 * Measurement values as a person reads them: how many decimals each kind of measurement is shown with, and UCUM
 * units written in the symbols people know (Cel -> °C, kg/m2 -> kg/m², 10*3/uL -> ×10³/µL). Pure: no React, no
 * store. Rounding is for display only; the record's own value is kept unchanged in the data layers.
 *
 * The rule, in order:
 * 1. a LOINC code in LOINC_DECIMALS (body temperature 1 decimal, blood pressure and heart rate whole numbers, ...),
 * 2. else the unit in UNIT_DECIMALS (Cel 1 decimal, mm[Hg] whole numbers, ...),
 * 3. else (lab values) 3 significant digits, never dropping whole digits (245.67 -> 246, 5.1584 -> 5.16);
 * then never more decimals than the record gave (37 stays "37", not "37.0") and never more than 2 on screen.
 * A non-zero value that would round to 0 at 2 decimals is written as "4.56 × 10⁻³" rather than shown as 0.
 */
import type { Locale } from './locale.ts'

/** The most decimals any value is shown with. */
export const MAX_DECIMALS = 2

/** Significant digits for values with no rule of their own (lab values). */
export const LAB_SIGNIFICANT_DIGITS = 3

/** Decimals by LOINC code: vital signs and the measurements people read at a set precision. */
export const LOINC_DECIMALS: Readonly<Record<string, number>> = {
  '8310-5': 1, // Body temperature
  '8331-1': 1, // Oral temperature
  '8332-9': 1, // Rectal temperature (legacy code seen in exports)
  '8328-7': 1, // Axillary temperature
  '39156-5': 1, // Body mass index (BMI)
  '59576-9': 0, // BMI percentile per age and sex
  '8480-6': 0, // Systolic blood pressure
  '8462-4': 0, // Diastolic blood pressure
  '8867-4': 0, // Heart rate
  '9279-1': 0, // Respiratory rate
  '2708-6': 0, // Oxygen saturation in arterial blood
  '59408-5': 0, // Oxygen saturation by pulse oximetry
  '29463-7': 1, // Body weight
  '8302-2': 1, // Body height
  '8287-5': 1, // Head circumference
  '4548-4': 1, // Haemoglobin A1c (%)
  '5803-2': 1, // pH of urine
  '33914-3': 0, // eGFR (MDRD)
  '62238-1': 0, // eGFR (CKD-EPI)
  '98979-8': 0, // eGFR (CKD-EPI 2021)
  '69405-9': 0, // eGFR
  '72514-3': 0, // Pain severity 0-10
}

/** Decimals by unit (UCUM code, or the unit text some exports send instead). */
export const UNIT_DECIMALS: Readonly<Record<string, number>> = {
  Cel: 1,
  '[degF]': 1,
  'kg/m2': 1,
  'mm[Hg]': 0,
  mmHg: 0,
  '/min': 0,
  '{beats}/min': 0,
  '{breaths}/min': 0,
  'beats/minute': 0,
  kg: 1,
  g: 0,
  cm: 1,
  '[in_i]': 1,
  '[lb_av]': 1,
  'mL/min/{1.73_m2}': 0,
}

/** UCUM units in the symbols people know; a unit not listed is shown as recorded. */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  Cel: '°C',
  '[degF]': '°F',
  'kg/m2': 'kg/m²',
  'mm[Hg]': 'mmHg',
  '/min': '/min',
  '{beats}/min': '/min',
  '{breaths}/min': '/min',
  'mg/dL': 'mg/dL',
  'mmol/L': 'mmol/L',
  'g/dL': 'g/dL',
  '%': '%',
  kg: 'kg',
  cm: 'cm',
  '[in_i]': 'in',
  '[lb_av]': 'lb',
  'ug/L': 'µg/L',
  'ug/dL': 'µg/dL',
  'ug/mL': 'µg/mL',
  'umol/L': 'µmol/L',
  uL: 'µL',
  '10*3/uL': '×10³/µL',
  '10*6/uL': '×10⁶/µL',
  '10*9/L': '×10⁹/L',
  '10*12/L': '×10¹²/L',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'mg/mmol': 'mg/mmol',
  'mg/g': 'mg/g',
  '1': '',
  '{nominal}': '',
}

/**
 * Units whose symbol is a word, by language. {score} is written "points" / "puntos": the UI's own words never say
 * "score" (src/anatomy/wording.ts FORBIDDEN_PHRASES; the app computes no scores), while the unit stays readable.
 */
const UNIT_WORDS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  '{score}': { en: 'points', es: 'puntos' },
  '(score)': { en: 'points', es: 'puntos' },
}

// 'ad' (FHIR: "sufficient to achieve this total quantity") is kept as a word before the number.
const COMPARATORS: Readonly<Record<string, string>> = { '<': '<', '<=': '≤', '>=': '≥', '>': '>', ad: 'ad ' }

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
}

/** A recorded quantity: the number, its unit (UCUM code and/or the unit text) and comparator. */
export interface QuantityInput {
  readonly value: number
  /** The unit text as recorded (Quantity.unit), else null. */
  readonly unit: string | null
  /** The unit code (Quantity.code), else null. */
  readonly code?: string | null
  readonly comparator?: string | null
}

/**
 * The decimals the record itself gave (37.718 -> 3, 1e-7 -> 7): the recorded precision as far as JSON keeps it.
 * @param value - a recorded number
 */
export function recordedDecimals(value: number): number {
  const [mantissa = '', exponent] = String(Math.abs(value)).split('e')
  const decimals = mantissa.split('.')[1]?.length ?? 0
  return Math.max(0, decimals - Number(exponent ?? 0))
}

/** The unit key the rules read: the UCUM code when there is one, else the unit text. */
function unitKey(q: QuantityInput): string | null {
  return q.code ?? q.unit
}

/**
 * How many decimals a value is shown with (0 to MAX_DECIMALS), by LOINC code, then unit, then 3 significant digits.
 * @param q - the recorded quantity
 * @param loinc - the measurement's LOINC codes, if any
 */
export function displayDecimals(q: QuantityInput, loinc: readonly string[] = []): number {
  const byCode = loinc.map((c) => LOINC_DECIMALS[c]).find((d) => d !== undefined)
  const key = unitKey(q)
  const byUnit = key === null ? undefined : (UNIT_DECIMALS[key] ?? (q.unit ? UNIT_DECIMALS[q.unit] : undefined))
  const whole = Math.abs(q.value) >= 1 ? Math.floor(Math.log10(Math.abs(q.value))) + 1 : 1
  const rule = byCode ?? byUnit ?? Math.max(0, LAB_SIGNIFICANT_DIGITS - whole)
  return Math.min(rule, recordedDecimals(q.value), MAX_DECIMALS)
}

function superscript(n: number): string {
  return String(n).replace(/[-0-9]/g, (ch) => SUPERSCRIPT[ch] ?? ch)
}

// One Intl.NumberFormat per language and decimals: constructing one per value took most of the time of a long
// observation list (issue 15).
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${String(decimals)}`
  let format = NUMBER_FORMATS.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 })
    NUMBER_FORMATS.set(key, format)
  }
  return format
}

/**
 * A number in the person's language (es uses a decimal comma) with at most the given decimals; a non-zero value
 * that would show as 0 is written with a power of ten ("4.56 × 10⁻³").
 * @param value - the number
 * @param decimals - the most decimals to show
 * @param locale - the UI language
 */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  const format = (n: number, d: number): string => numberFormat(locale, d).format(n)
  // C30: a magnitude past exact integers (1e308) keeps its received digits as a power of ten, never 309 digits.
  if (Math.abs(value) >= HUGE) return powerOfTen(value, locale)
  const rounded = Number(value.toFixed(Math.min(decimals, 20)))
  if (rounded !== 0 || value === 0 || !Number.isFinite(value)) return format(value, decimals)
  // A small value the rule would round to 0 (a pain score of 0.4): shown with up to MAX_DECIMALS first.
  if (Number(value.toFixed(MAX_DECIMALS)) !== 0) return format(value, Math.min(MAX_DECIMALS, recordedDecimals(value)))
  const exponent = Math.floor(Math.log10(Math.abs(value)))
  const mantissa = value / 10 ** exponent
  const digits = Math.min(LAB_SIGNIFICANT_DIGITS - 1, recordedDecimals(value) + exponent, MAX_DECIMALS)
  return `${format(mantissa, Math.max(0, digits))} × 10${superscript(exponent)}`
}

/** From here on a number is written as received with a power of ten ("1 × 10³⁰⁸"). */
const HUGE = 1e15

/**
 * The number as received, in the language's decimal mark, with a power of ten when JSON gave one: no rounding.
 * @param value - the number
 * @param locale - the UI language
 */
function powerOfTen(value: number, locale: Locale): string {
  const [mantissa = '', exponent = '0'] = value.toExponential().split('e')
  return `${decimalMark(mantissa, locale)} × 10${superscript(Number(exponent))}`
}

function decimalMark(text: string, locale: Locale): string {
  return locale === 'es' ? text.replace('.', ',') : text
}

/**
 * A number exactly as received (C30): every digit JSON kept, the sign of -0, a power of ten for 1e308 or 1e-7; only
 * the decimal mark follows the language.
 * @param value - the recorded number
 * @param locale - the UI language
 */
export function numberAsReceived(value: number, locale: Locale): string {
  if (Object.is(value, -0)) return '-0'
  const text = String(value)
  return text.includes('e') ? powerOfTen(value, locale) : decimalMark(text, locale)
}

/**
 * A unit in the symbols or words people know (Cel -> °C, {score} -> points, 1 -> no unit); unknown units as recorded.
 * @param q - the recorded quantity (its UCUM code is preferred, then its unit text)
 * @param locale - the UI language
 */
export function unitLabel(q: Pick<QuantityInput, 'unit' | 'code'>, locale: Locale): string {
  for (const key of [q.code, q.unit]) {
    if (key === null || key === undefined) continue
    const word = UNIT_WORDS[key]
    if (word) return word[locale]
    const symbol = UNIT_SYMBOLS[key]
    if (symbol !== undefined) return symbol
  }
  return q.unit ?? q.code ?? ''
}

/**
 * A recorded quantity as a person reads it: "37.7 °C", "≤0.5 mg/dL", "8.9 ×10³/µL"; in Spanish "37,7 °C".
 * @param q - the recorded quantity
 * @param locale - the UI language
 * @param loinc - the measurement's LOINC codes, if any (they choose the precision before the unit does)
 * @param asReceived - the number exactly as received (the clinician view), not rounded for reading
 */
export function formatQuantity(
  q: QuantityInput,
  locale: Locale,
  loinc: readonly string[] = [],
  asReceived = false,
): string {
  const comparator = q.comparator ? (COMPARATORS[q.comparator] ?? q.comparator) : ''
  const unit = unitLabel(q, locale)
  const number = asReceived
    ? numberAsReceived(q.value, locale)
    : formatNumber(q.value, displayDecimals(q, loinc), locale)
  return `${comparator}${number}${unit ? ` ${unit}` : ''}`
}
