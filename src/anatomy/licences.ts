/**
 * Licence and source notices for the mapping tables, for the app's credits dialog. The LOINC notice is the exact
 * text the LOINC licence requires; do not edit it.
 */

/** The LOINC copyright notice, exactly as required by the LOINC licence. */
export const LOINC_NOTICE =
  'This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.'

/** SNOMED CT attribution for the identifiers used in the tables. */
export const SNOMED_NOTICE =
  'This app uses SNOMED CT identifiers. SNOMED CT is the intellectual property of SNOMED International; identifiers are used under the SNOMED CT Global Patient Set terms. No SNOMED CT relationships are used.'

/** ICD-10-CM attribution. */
export const ICD10CM_NOTICE =
  'ICD-10-CM categories and block ranges from the ICD-10-CM tabular list published by the US National Center for Health Statistics (CDC/NCHS), an adaptation of WHO ICD-10 used with permission.'

/** Other sources used by the tables. */
export const TABLE_SOURCES: readonly { readonly name: string; readonly licence: string; readonly use: string }[] = [
  { name: 'Synthea (synthetichealth/synthea)', licence: 'Apache-2.0', use: 'list of condition and procedure codes' },
  { name: 'TotalSegmentator SNOMED mapping', licence: 'Apache-2.0', use: 'body-structure codes' },
  { name: 'Uberon anatomy ontology', licence: 'CC BY', use: 'organ identifiers' },
  { name: 'BodyParts3D (DBCLS)', licence: 'CC BY-SA', use: 'FMA organ identifiers' },
  { name: 'Human Disease Ontology', licence: 'CC0 1.0', use: 'cross-check of condition rows' },
]
