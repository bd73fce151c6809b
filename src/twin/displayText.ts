import type { ViewMode } from './twinStore.ts'

/** A SNOMED semantic tag anywhere in a text ("Fracture (disorder) of hip", "Asthma (disorder)"). */
const SEMANTIC_TAG = /\s*\((disorder|finding|procedure|situation|morphologic abnormality)\)/gi

/**
 * The record's text in patient mode: every SNOMED semantic tag ("(disorder)", "(finding)") is dropped, wherever it
 * stands; clinician mode shows the text exactly as recorded.
 * @param text - the record's display text
 * @param mode - patient or clinician
 */
export function displayText(text: string, mode: ViewMode): string {
  return mode === 'patient' ? text.replace(SEMANTIC_TAG, '').trim() : text
}
