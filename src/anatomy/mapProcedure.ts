/**
 * Maps one procedure by its own evidence first: the recorded body site, then the procedure's own code (the
 * procedure-code table, then keyword rules on its text), and only when the code names no place (an injection, an
 * examination, chemotherapy) the condition it was done for. A brain MRI done for lung cancer is a brain procedure.
 */
import { SYSTEMS } from '../timeline/codes.ts'
import type { ProcedureEvent } from '../timeline/types.ts'
import type { Collector, ItemBase } from './collector.ts'
import { dateOf } from './dateOf.ts'
import { bodySiteFirst, emitPlacement } from './emitPlacement.ts'
import type { LinkCache } from './linkByReason.ts'
import { PROCEDURE_MAP } from './lookup.ts'
import { sided } from './placeExtras.ts'
import { placeByReasons } from './placeByReasons.ts'
import { decide, keywordHit, readBodySites, sideInText, type ConceptHit } from './resolve.ts'
import { tableNote } from './tableNote.ts'
import type { MappingSex, Placement } from './types.ts'
import { unplaceItem } from './unplaceItem.ts'

/** What the procedure's own code says: a hit, "names no place" (generic), or nothing known. */
type OwnCode = { readonly hit: ConceptHit } | 'generic' | null

/**
 * The procedure's own code: the first SNOMED CT code the procedure table knows, else a keyword rule on its text.
 * @param procedure - the normalised procedure
 * @param sex - the patient's recorded sex
 */
export function procedureOwnCode(procedure: ProcedureEvent, sex: MappingSex): OwnCode {
  for (const code of procedure.concept.codes) {
    if (code.system !== SYSTEMS.snomed) continue
    const row = PROCEDURE_MAP.get(code.code)
    if (row === undefined) continue
    if (row.places.includes('-')) return 'generic'
    return {
      hit: {
        decision: decide(row.places, [], sex),
        ruleId: `procedure:${code.code}`,
        layer: 'codeTable',
        confidence: 'table',
        matchedKey: code.key,
        basis: { kind: 'procedure-code', system: code.system, code: code.code },
        note: tableNote(row.note),
        suspectedByCode: false,
      },
    }
  }
  // Keyword rules read the record's text, then each coding's display (a CPT-only code with "Echocardiography ..." as
  // its display names the heart as plainly as its text would).
  for (const words of [procedure.concept.text ?? procedure.text, ...procedure.concept.codes.map((c) => c.display)]) {
    if (words === null || words.trim() === '') continue
    const hit = keywordHit(words, sex)
    // A keyword rule that deliberately names no place (vaccinations) makes the code generic: the reason decides.
    if (hit !== null) return hit.decision.kind === 'unplaced' ? 'generic' : { hit }
  }
  return null
}

/**
 * Maps a procedure onto the body, life and context, or the not-placed list.
 * @param procedure - the normalised procedure
 * @param sex - the patient's sex for sex-specific organs
 * @param out - the lists being collected
 * @param conditionPlaces - placed conditions by id (for reason links)
 * @param contextIds - ids of conditions under life and context
 * @param links - the per-call link cache
 */
export function mapProcedure(
  procedure: ProcedureEvent,
  sex: MappingSex,
  out: Collector,
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  links: LinkCache,
): void {
  const item: ItemBase = {
    id: procedure.id,
    findingKind: 'procedure',
    source: procedure.source,
    text: procedure.text,
    date: dateOf(procedure.time),
    concept: procedure.concept,
  }
  const sites = readBodySites(procedure.bodySites, sex)
  const side = sites.laterality ?? sideInText(procedure.text)
  const sideSource = sites.laterality !== null ? 'bodySite' : side !== null ? 'text' : null
  const own = procedureOwnCode(procedure, sex)
  if (sites.hit !== null) {
    const ownHit = own !== null && own !== 'generic' ? own.hit : null
    emitPlacement(out, item, bodySiteFirst(sites.hit, ownHit), sided(side, sideSource, null))
    return
  }
  if (own !== null && own !== 'generic') {
    emitPlacement(out, item, own.hit, sided(side, sideSource, null))
    return
  }
  // The code names no place: what the procedure was done for decides, else it is listed with why.
  const reasons = { references: procedure.reasonReferences, codes: procedure.reasonCodes, verb: 'done-for' } as const
  if (placeByReasons(out, item, reasons, { side, sideSource, sex, conditionPlaces, contextIds, links })) return
  const nothing = procedure.concept.codes.length === 0 && (procedure.concept.text ?? '').trim() === ''
  unplaceItem(out, item, own === 'generic' ? 'generic-procedure' : nothing ? 'no-code-or-text' : 'no-rule')
}
