/**
 * The shape of ICD-10 codes and systems, without the mapping tables (src/i18n/layNames reads codes with it on the main
 * thread; src/anatomy/resolve.ts uses it to resolve).
 */
import { SYSTEMS } from '../timeline/codes.ts'

/**
 * True for the ICD-10 family of systems, including the non-URI "ICD10" seen in some servers' output.
 * @param system - the normalised code system
 */
export function isIcd10System(system: string | null): boolean {
  if (system === null) return false
  return system === SYSTEMS.icd10cm || system === SYSTEMS.icd10 || /^icd-?10(-?cm)?$/i.test(system)
}

/**
 * Splits an ICD-10(-CM) code into category and dotted form; null when it is not shaped like one.
 * @param code - as recorded ('E11.9', 'e119', 'C7A.0')
 */
export function parseIcdCode(code: string): { readonly category: string; readonly full: string } | null {
  const match = /^([A-Z]\d[0-9A-Z])\.?([0-9A-Z]{0,4})$/.exec(code.trim().toUpperCase())
  if (match === null) return null
  const category = match[1] ?? ''
  const rest = match[2] ?? ''
  return { category, full: rest === '' ? category : `${category}.${rest}` }
}
