/**
 * "Body map": every organ of the patient's body variant as a button, grouped by layer. It is the keyboard and
 * screen-reader way into the 3D body and shares its selection: choosing here highlights the organ and frames it;
 * clicking in 3D focuses the matching button here and announces "Selected: <organ>".
 * Keyboard: one Tab stop (roving tabindex); ArrowUp/ArrowDown move between organs and wrap; Home/End jump;
 * Enter/Space select (pressing the selected organ again clears the selection).
 * Each organ with something placed on it shows its legend status (swatch and words) after its button, linked to the
 * button by aria-describedby so the button's name stays the organ's name.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { OrganId, OrganLayer } from '../anatomy/organIds.ts'
import { ORGANS, ORGAN_IDS } from '../anatomy/organIds.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import { STATUS_STYLES } from '../twin/palette.ts'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import { bodySexOf, organsForSex } from '../scene/visibility.ts'
import type { MessageKey } from '../i18n/en.ts'
import { useT } from '../twin/useT.ts'
import { Swatch } from './Legend.tsx'

const GROUPS: readonly { readonly layer: OrganLayer; readonly heading: MessageKey }[] = [
  { layer: 'organs', heading: 'bodymap.group.organs' },
  { layer: 'skeleton', heading: 'bodymap.group.skeleton' },
  { layer: 'vessels', heading: 'bodymap.group.vessels' },
  { layer: 'skin', heading: 'bodymap.group.skin' },
]

/** The organ list that mirrors the 3D body. */
export function BodyMap() {
  const t = useT()
  const locale = useTwin((s) => s.locale)
  const register = useTwin((s) => (s.mode === 'patient' ? 'lay' : 'clinical'))
  const label = (id: OrganId) => placeLabel(id, register, locale)
  // Legend statuses at the timeline cursor: the same selector the 3D body, the body map and the list use.
  const statuses = usePlaceStatuses()
  const statusIdPrefix = useId()
  const selected = useTwin((s) => s.selectedOrganId)
  const selectOrgan = useTwin((s) => s.selectOrgan)
  const requestView = useTwin((s) => s.requestView)
  const sex = bodySexOf(useTwin((s) => s.record?.patient?.gender))
  const groups = useMemo(() => {
    // The same rule as the 3D body: place-only stand-ins (body fat, joint markers) are listed where the record
    // places something there, or while selected.
    const ids = organsForSex(sex, statuses, selected)
    return GROUPS.map((g) => ({ ...g, ids: ids.filter((id) => ORGANS[id].layer === g.layer) })).filter(
      (g) => g.ids.length > 0,
    )
  }, [sex, statuses, selected])
  const order = useMemo(() => groups.flatMap((g) => g.ids), [groups])
  const buttons = useRef(new Map<OrganId, HTMLButtonElement>())
  const listRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<OrganId | null>(null)
  const tabStop =
    selected !== null && order.includes(selected)
      ? selected
      : active !== null && order.includes(active)
        ? active
        : (order[0] ?? null)

  // A place-only stand-in (body fat, joint markers) leaves the list when it is deselected or the timeline moves
  // past its findings. If its button had focus, focus goes to the next button in body order instead of the page.
  useEffect(() => {
    if (active === null || order.includes(active)) return
    const list = listRef.current
    const focusLost = document.activeElement === null || document.activeElement === document.body
    const rank = ORGAN_IDS.indexOf(active)
    const next = order.find((id) => ORGAN_IDS.indexOf(id) > rank) ?? order[order.length - 1] ?? null
    // Focusing the button makes it the active one (its focus handler); the tab stop falls back meanwhile.
    if (next !== null && list !== null && (focusLost || list.contains(document.activeElement))) {
      buttons.current.get(next)?.focus({ preventScroll: true })
    }
  }, [active, order])

  // A selection made elsewhere (a click in 3D) moves focus to its button, without jumping the page.
  const chosenHere = useRef(false)
  const previous = useRef(selected)
  useEffect(() => {
    if (selected === previous.current) return
    previous.current = selected
    if (chosenHere.current) {
      chosenHere.current = false
      return
    }
    if (selected === null) return
    const button = buttons.current.get(selected)
    const list = listRef.current
    if (button === undefined || list === null) return
    button.focus({ preventScroll: true })
    const top = button.offsetTop
    if (top < list.scrollTop || top + button.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 2)
    }
  }, [selected])

  const moveFocus = (from: OrganId, step: number | 'first' | 'last') => {
    const i = order.indexOf(from)
    const n = order.length
    const next = step === 'first' ? order[0] : step === 'last' ? order[n - 1] : order[(((i + step) % n) + n) % n]
    if (next === undefined) return
    setActive(next)
    buttons.current.get(next)?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement
    const id = target.dataset.organ as OrganId | undefined
    if (id === undefined) return
    const step =
      e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowUp'
          ? -1
          : e.key === 'Home'
            ? 'first'
            : e.key === 'End'
              ? 'last'
              : null
    if (step === null) return
    e.preventDefault()
    moveFocus(id, step)
  }

  return (
    <section className="bodymap" aria-labelledby="bodymap-heading">
      <h2 id="bodymap-heading">{t('bodymap.heading')}</h2>
      <p role="status" className="bodymap-status">
        {selected === null ? t('bodymap.none') : t('bodymap.selected', { organ: label(selected) })}
      </p>
      <div className="bodymap-groups" ref={listRef} onKeyDown={onKeyDown}>
        {groups.map((g) => (
          <div key={g.layer} role="group" aria-labelledby={`bodymap-${g.layer}`}>
            <h3 id={`bodymap-${g.layer}`}>{t(g.heading)}</h3>
            <ul className="bodymap-list">
              {g.ids.map((id) => {
                const status = statuses.get(id)
                const statusId = `${statusIdPrefix}-${id}`
                return (
                  <li key={id}>
                    <button
                      type="button"
                      data-organ={id}
                      aria-describedby={status === undefined ? undefined : statusId}
                      ref={(el) => {
                        if (el === null) buttons.current.delete(id)
                        else buttons.current.set(id, el)
                      }}
                      tabIndex={id === tabStop ? 0 : -1}
                      aria-pressed={id === selected}
                      onFocus={() => {
                        setActive(id)
                      }}
                      onClick={() => {
                        chosenHere.current = true
                        if (id === selected) {
                          selectOrgan(null)
                          return
                        }
                        selectOrgan(id)
                        requestView('focus-selected')
                      }}
                    >
                      {label(id)}
                    </button>
                    {status !== undefined && (
                      <span className="organ-status" id={statusId}>
                        <Swatch style={STATUS_STYLES[status]} /> {t(`status.${status}`)}
                      </span>
                    )}
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
