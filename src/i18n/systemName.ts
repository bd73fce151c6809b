/** Code-system names for people: "SNOMED CT", "ICD-10-CM" ("CIE-10-MC" in Spanish), else the system as recorded. */
import { SYSTEMS } from '../timeline/codes.ts'
import type { Locale } from './locale.ts'

/**
 * Names a code system for people: "SNOMED CT", "ICD-10-CM" / "CIE-10-MC", else the system URI.
 * @param system - canonical system URI (or a non-URI name as recorded, e.g. "ICD10")
 * @param locale - the UI language
 */
export function systemName(system: string, locale: Locale): string {
  const spanish = locale === 'es'
  if (system === SYSTEMS.snomed) return 'SNOMED CT'
  if (system === SYSTEMS.icd10cm) return spanish ? 'CIE-10-MC' : 'ICD-10-CM'
  if (system === SYSTEMS.icd10) return spanish ? 'CIE-10' : 'ICD-10'
  if (system === SYSTEMS.loinc) return 'LOINC'
  if (system !== '') return system
  return spanish ? 'un sistema de códigos sin nombre' : 'an unnamed code system'
}
