/** Family history: a relative's conditions, with the organs they concern, kept apart from the patient's findings. */
import type { NormalisedRecord } from '../timeline/types.ts'
import { resolveConcept } from './resolve.ts'
import { ruleHit } from './ruleHit.ts'
import type { FamilyHistoryItem } from './types.ts'

/**
 * One item per condition of every FamilyMemberHistory, with the places it concerns ("family history of").
 * @param record - the normalised record
 */
export function mapFamilyHistory(record: NormalisedRecord): FamilyHistoryItem[] {
  const items: FamilyHistoryItem[] = []
  for (const history of record.familyHistory) {
    const relationship = history.relationship.text ?? history.relationship.codes[0]?.display ?? 'Relative'
    const relationshipCode = history.relationship.codes[0]?.code ?? null
    history.conditions.forEach((condition, index) => {
      // A relative's organs follow the relative's sex, not the patient's, so genital rows stay unplaced here.
      const hit = resolveConcept(condition.concept, condition.text, 'unknown')
      const places = hit?.decision.kind === 'body' ? hit.decision.places : []
      const age = condition.onset.age
      items.push({
        id: `${history.id}#${index}`,
        source: history.source,
        relationship,
        relationshipCode,
        condition: condition.text,
        onsetAge: age === null ? null : `${age.value} ${age.unit}`,
        places,
        rule:
          hit === null || places.length === 0
            ? null
            : ruleHit(hit, { kind: 'family', places, basis: hit.basis, note: 'family' }),
      })
    })
  }
  return items
}
