import { useMemo } from 'react'
import type { OrganId, OrganLayer } from '../../anatomy/organIds.ts'
import { ORGANS } from '../../anatomy/organIds.ts'
import type { PlaceId } from '../../anatomy/types.ts'
import type { MessageKey } from '../../i18n/en.ts'
import type { OrganStatus } from '../../twin/selectors.ts'
import { organsForSex, type BodySex } from '../../twin/visibility.ts'

const GROUPS: readonly { readonly layer: OrganLayer; readonly heading: MessageKey }[] = [
  { layer: 'organs', heading: 'bodymap.group.organs' },
  { layer: 'skeleton', heading: 'bodymap.group.skeleton' },
  { layer: 'vessels', heading: 'bodymap.group.vessels' },
  { layer: 'skin', heading: 'bodymap.group.skin' },
]

/**
 * The body map's groups (one per layer that has organs to list, each with its heading and organs in body order) and
 * `order`, every listed organ in the order the list shows them.
 * @param sex - the body variant
 * @param statuses - legend statuses at the timeline cursor
 * @param selected - the selected organ
 */
export function useBodyMapGroups(sex: BodySex, statuses: ReadonlyMap<PlaceId, OrganStatus>, selected: OrganId | null) {
  const groups = useMemo(() => {
    // The same rule as the 3D body: place-only stand-ins (body fat, joint markers) are listed where the record
    // places something there, or while selected.
    const ids = organsForSex(sex, statuses, selected)
    return GROUPS.map((g) => ({ ...g, ids: ids.filter((id) => ORGANS[id].layer === g.layer) })).filter(
      (g) => g.ids.length > 0,
    )
  }, [sex, statuses, selected])
  const order = useMemo(() => groups.flatMap((g) => g.ids), [groups])
  return { groups, order }
}
