/**
 * Code aliases: codes seen in Synthea output that are mis-typed forms of a real code.
 * Source: shared/reference/mapping/synthea-condition-aliases.tsv. Older Synthea module JSON stored
 * 10939881000119105 as a JSON number; parsing it as a double lost precision and produced 10939881000119104.
 * Licence: SNOMED CT identifiers (see snomedConditions.ts). Review status: project-reviewed.
 */

/** Mis-typed SNOMED CT code -> the real code. */
export const SNOMED_ALIASES: ReadonlyMap<string, string> = new Map([['10939881000119104', '10939881000119105']])
