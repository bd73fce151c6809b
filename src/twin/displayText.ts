import type { ViewMode } from './twinStore.ts'

/**
 * The record's text in patient mode: the SNOMED semantic tag ("(disorder)", "(finding)") is dropped; clinician
 * mode shows the text exactly as recorded.
 * @param text - the record's display text
 * @param mode - patient or clinician
 */
export function displayText(text: string, mode: ViewMode): string {
  return mode === 'patient'
    ? text.replace(/\s*\((disorder|finding|procedure|situation|morphologic abnormality)\)\s*$/i, '')
    : text
}
