/** The text description of what the 3D body shows, read out by a polite live region. */
import type { OrganId, OrganLayer } from '../anatomy/organIds.ts'
import { placeLabel } from '../anatomy/vocabulary.ts'
import { LAYERS, type BodySex, type ViewDirection } from './visibility.ts'

const LAYER_NAMES: Readonly<Record<OrganLayer, string>> = {
  skin: 'skin',
  skeleton: 'bones',
  organs: 'organs',
  vessels: 'blood vessels',
}

const VIEW_NAMES: Readonly<Record<ViewDirection, string>> = {
  front: 'Front view',
  back: 'Back view',
  left: 'View from the left side',
  right: 'View from the right side',
}

const BODY_NAMES: Readonly<Record<'female' | 'male' | 'neutral', string>> = {
  female: 'female body',
  male: 'male body',
  neutral: 'body without sex-specific organs',
}

/** What the description is built from. */
export interface SceneFacts {
  readonly view: ViewDirection
  readonly sex: BodySex
  readonly layers: Readonly<Record<OrganLayer, boolean>>
  readonly skinOpacity: number
  readonly hidden: readonly OrganId[]
  readonly selected: OrganId | null
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

/**
 * One or two plain sentences: view direction, body variant, visible layers, hidden organs and the selection.
 * @param facts - the current scene state
 */
export function describeScene(facts: SceneFacts): string {
  const shown = LAYERS.filter((l) => facts.layers[l]).map((l) =>
    l === 'skin' ? `skin (${String(Math.round(facts.skinOpacity * 100))}% opaque)` : LAYER_NAMES[l],
  )
  const body = BODY_NAMES[facts.sex ?? 'neutral']
  const parts = [
    `${VIEW_NAMES[facts.view]} of the ${body}.`,
    shown.length === 0 ? 'All layers are hidden.' : `Showing ${list(shown)}.`,
  ]
  if (facts.hidden.length > 0) parts.push(`Hidden: ${list(facts.hidden.map((id) => placeLabel(id)))}.`)
  parts.push(facts.selected === null ? 'Nothing selected.' : `Selected: ${placeLabel(facts.selected)}.`)
  return parts.join(' ')
}
