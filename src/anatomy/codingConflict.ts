/**
 * C14: two codings of one concept that the code tables place at different parts of the body. The app then places
 * the finding at neither and says why (never a silent pick of the first). Only specific rows count: a SNOMED CT row
 * or an ICD-10-CM category override; an ICD-10-CM block or chapter rule is a coarse fallback and gives way.
 */
import type { Concept } from '../timeline/types.ts'
import { resolveConcept } from './resolve.ts'
import type { MappingSex, PlaceId } from './types.ts'

/** The body places a single coding's own table row gives, or null when it gives none (or only a coarse rule). */
function placesOfCoding(concept: Concept, index: number, sex: MappingSex): readonly PlaceId[] | null {
  const code = concept.codes[index]
  if (code === undefined) return null
  // One coding alone, with no text, so that no keyword rule answers for it.
  const hit = resolveConcept({ codes: [code], text: null }, '', sex)
  if (hit === null || hit.decision.kind !== 'body') return null
  if (hit.layer !== 'codeTable' && !hit.ruleId.startsWith('icd10:')) return null
  return hit.decision.places
}

/**
 * True when two of the concept's codings are placed by their own table rows at places that share none.
 * @param concept - the recorded concept
 * @param sex - the patient's recorded sex
 */
export function codingsDisagree(concept: Concept, sex: MappingSex): boolean {
  if (concept.codes.length < 2) return false
  const placed: (readonly PlaceId[])[] = []
  for (let i = 0; i < concept.codes.length; i++) {
    const places = placesOfCoding(concept, i, sex)
    if (places === null || places.length === 0) continue
    if (placed.some((other) => !other.some((place) => places.includes(place)))) return true
    placed.push(places)
  }
  return false
}
