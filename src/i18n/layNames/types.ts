/**
 * Plain names for patients ("lay names"): one row per code or text rule, English and Spanish, with the MedlinePlus
 * health topic that gives general information about it.
 *
 * English names are drawn from MedlinePlus health topic titles and "also called" synonyms where one fits
 * (Source: MedlinePlus, National Library of Medicine; public domain), otherwise written by the project in the same
 * plain style. Spanish names are written by hand by the project: no Spanish source was available (see README in
 * src/i18n/layNames/). Review status: project-reviewed, not clinician-reviewed.
 */

/**
 * One lay-name row: the key (a code, an ICD-10-CM prefix or block, or a text pattern), the English and Spanish names,
 * and the MedlinePlus topic slug (`asthma` for https://medlineplus.gov/asthma.html), '' when no topic fits.
 */
export type LayRow = readonly [key: string, en: string, es: string, topic: string]

/** A lay name found for a finding. */
export interface LayName {
  /** The plain name in the asked language. */
  readonly text: string
  /** The MedlinePlus topic slug for general information, or null. */
  readonly topic: string | null
  /** Which table gave it (for tests and the mapping report). */
  readonly from: 'snomed-condition' | 'snomed-procedure' | 'icd10' | 'text'
}
