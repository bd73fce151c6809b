/**
 * The ids of the reviewed notes that table rows point to (column `note`), shown in the UI under "why here?".
 * The note sentences themselves are written per language in src/i18n (notes.en.ts, notes.es.ts): plain and
 * factual, never a statement about the person. Review status: project review, not yet clinician-reviewed (see
 * docs/mapping.md).
 */

/** Every note id, in the order of the note tables. */
export const NOTE_IDS = [
  'organ',
  'diabetes',
  'lipids',
  'hypertension',
  'arteries',
  'veins',
  'pulmonaryArtery',
  'blood',
  'systemic',
  'siteNotCoded',
  'joints',
  'anaemia',
  'gout',
  'rheumatoid',
  'nerves',
  'wound',
  'mind',
  'context',
  'spinalCord',
  'chronicPain',
  'head',
  'pregnancy',
  'ankle',
  'wrist',
  'neck',
  'bronchi',
  'cf',
  'bodyMass',
  'noSite',
  'genital',
  'family',
  'icdBlock',
  'icdCategory',
  'keyword',
  'bodySite',
  'legVeins',
  'amputation',
  'injurySite',
  'procedureCode',
  'raynaud',
  'legSuperficialVeins',
] as const

/** A note id. */
export type NoteId = (typeof NOTE_IDS)[number]
