/** The text description of what the 3D body shows, read out by a polite live region. */
import type { OrganId, OrganLayer } from '../anatomy/organIds.ts'
import type { PlaceId } from '../anatomy/types.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import type { MessageKey } from '../i18n/en.ts'
import { translate } from '../i18n/translate.ts'
import type { Locale } from '../i18n/locale.ts'
import { LAYERS, type BodySex, type MindHaloState, type ViewDirection } from '../twin/visibility.ts'

const LAYER_NAMES: Readonly<Record<OrganLayer, MessageKey>> = {
  skin: 'scene.layer.skin',
  skeleton: 'scene.layer.skeleton',
  organs: 'scene.layer.organs',
  vessels: 'scene.layer.vessels',
}

const VIEW_NAMES: Readonly<Record<ViewDirection, MessageKey>> = {
  front: 'scene.view.front',
  back: 'scene.view.back',
  left: 'scene.view.left',
  right: 'scene.view.right',
}

const BODY_NAMES: Readonly<Record<'female' | 'male' | 'neutral', MessageKey>> = {
  female: 'scene.body.female',
  male: 'scene.body.male',
  neutral: 'scene.body.neutral',
}

/** What the description is built from. */
export interface SceneFacts {
  readonly view: ViewDirection
  readonly sex: BodySex
  readonly layers: Readonly<Record<OrganLayer, boolean>>
  readonly skinOpacity: number
  readonly hidden: readonly OrganId[]
  readonly selected: OrganId | null
  /** Whether the mind halo is drawn (mindHaloOf); 'selected' when the mind panel is open. */
  readonly mind: MindHaloState
  /** Parts drawn as recorded removed (removedOrgans), in body order. */
  readonly removed?: readonly OrganId[]
  /** Paired organs drawn striped because no finding on them records a side (sideNotRecordedOrgans), not removed ones. */
  readonly sideNotRecorded?: readonly OrganId[]
}

function list(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('')
  return translate(locale, 'scene.listLast', { first: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' })
}

/**
 * A few plain sentences: view direction, body variant, visible layers, hidden organs, the parts recorded as removed
 * and those whose side is not recorded, the mind halo when it is drawn,
 * and the selection (the mind region counts as selected while its panel is open, as the halo is highlighted).
 * @param facts - the current scene state
 * @param locale - the UI language
 */
export function describeScene(facts: SceneFacts, locale: Locale = 'en'): string {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate(locale, key, params)
  const label = (id: PlaceId) => placeLabel(id, 'lay', locale)
  const shown = LAYERS.filter((l) => facts.layers[l]).map((l) =>
    t(LAYER_NAMES[l], { percent: Math.round(facts.skinOpacity * 100) }),
  )
  const parts = [
    t('scene.viewOf', { view: t(VIEW_NAMES[facts.view]), body: t(BODY_NAMES[facts.sex ?? 'neutral']) }),
    shown.length === 0 ? t('scene.allHidden') : t('scene.showing', { items: list(shown, locale) }),
  ]
  if (facts.hidden.length > 0) parts.push(t('scene.hidden', { items: list(facts.hidden.map(label), locale) }))
  const removed = facts.removed ?? []
  const unsided = facts.sideNotRecorded ?? []
  if (removed.length > 0) parts.push(t('scene.removed', { items: list(removed.map(label), locale) }))
  if (unsided.length > 0) parts.push(t('scene.sideNotRecorded', { items: list(unsided.map(label), locale) }))
  if (facts.mind !== 'hidden') parts.push(t('scene.mindHalo'))
  const selected = facts.selected ?? (facts.mind === 'selected' ? 'mind' : null)
  parts.push(selected === null ? t('scene.nothingSelected') : t('scene.selected', { organ: label(selected) }))
  return parts.join(' ')
}
