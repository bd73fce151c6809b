/** Maps one procedure: recorded body site, then what it was done for, then the procedure code table, then keywords. */
import { SYSTEMS } from '../timeline/codes.ts'
import type { ProcedureEvent } from '../timeline/types.ts'
import type { Collector, ItemBase } from './collector.ts'
import { dateOf } from './dateOf.ts'
import { emitPlacement } from './emitPlacement.ts'
import type { LinkCache } from './linkByReason.ts'
import { PROCEDURE_MAP } from './lookup.ts'
import { sided } from './placeExtras.ts'
import { placeByReasons } from './placeByReasons.ts'
import { decide, keywordHit, readBodySites, sideInText, type ConceptHit } from './resolve.ts'
import { tableNote } from './tableNote.ts'
import type { MappingSex, Placement } from './types.ts'
import { unplaceItem } from './unplaceItem.ts'

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
  if (sites.hit !== null) {
    emitPlacement(out, item, sites.hit, sided(side, sideSource, null))
    return
  }
  const reasons = { references: procedure.reasonReferences, codes: procedure.reasonCodes, verb: 'done-for' } as const
  if (placeByReasons(out, item, reasons, { side, sideSource, sex, conditionPlaces, contextIds, links })) return
  for (const code of procedure.concept.codes) {
    if (code.system !== SYSTEMS.snomed) continue
    const places = PROCEDURE_MAP.get(code.code)
    if (places === undefined) continue
    const hit: ConceptHit = {
      decision: decide(places, [], sex),
      ruleId: `procedure:${code.code}`,
      layer: 'codeTable',
      confidence: 'table',
      matchedKey: code.key,
      basis: { kind: 'procedure-code', system: code.system, code: code.code },
      note: tableNote('organ'),
      suspectedByCode: false,
    }
    emitPlacement(out, item, hit, sided(side, sideSource, null))
    return
  }
  const hit = keywordHit(procedure.concept.text ?? procedure.text, sex)
  if (hit !== null) {
    emitPlacement(out, item, hit, sided(side, sideSource, null))
    return
  }
  unplaceItem(out, item, 'no-rule')
}
