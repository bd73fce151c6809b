/**
 * "Body map": every organ of the patient's body variant as a button, grouped by layer. It is the keyboard and
 * screen-reader way into the 3D body and shares its selection: choosing here highlights the organ and frames it;
 * clicking in 3D focuses the matching button here and announces "Selected: <organ>".
 * Keyboard: one Tab stop (roving tabindex); ArrowUp/ArrowDown move between organs and wrap; Home/End jump;
 * Enter/Space select (pressing the selected organ again clears the selection).
 * Each organ with something placed on it shows its legend status (swatch and words) after its button, linked to the
 * button by aria-describedby so the button's name stays the organ's name; with it the marking, as the 3D body draws
 * it: "recorded as removed" instead of the status, or "side not recorded" after it; and how many items the organ panel
 * lists there ("(3)", named "3 items recorded here" for screen readers).
 */
import { useId } from 'react'
import type { OrganId } from '../anatomy/organIds.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import { usePlaceMarkings } from '../twin/usePlaceMarkings.ts'
import { bodySexOf } from '../twin/visibility.ts'
import { useT } from '../twin/useT.ts'
import { BodyMapItem } from './bodyMap/BodyMapItem.tsx'
import { useBodyMapGroups } from './bodyMap/useBodyMapGroups.ts'
import { useRovingFocus } from './bodyMap/useRovingFocus.ts'
import { usePlaceCounts } from './bodyMap/usePlaceCounts.ts'

/** The organ list that mirrors the 3D body. */
export function BodyMap() {
  const t = useT()
  const locale = useTwin((s) => s.locale)
  const register = useTwin((s) => (s.mode === 'patient' ? 'lay' : 'clinical'))
  const label = (id: OrganId) => placeLabel(id, register, locale)
  // Legend statuses at the timeline cursor: the same selector the 3D body, the body map and the list use.
  const statuses = usePlaceStatuses()
  const markings = usePlaceMarkings()
  const counts = usePlaceCounts(statuses, markings)
  const statusIdPrefix = useId()
  const selected = useTwin((s) => s.selectedOrganId)
  const selectOrgan = useTwin((s) => s.selectOrgan)
  const requestView = useTwin((s) => s.requestView)
  const sex = bodySexOf(useTwin((s) => s.twin?.record.patient?.gender))
  const { groups, order } = useBodyMapGroups(sex, statuses, selected)
  const { listRef, tabStop, onKeyDown, buttonRef, setActive, markChosenHere } = useRovingFocus(order, selected)

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
              {g.ids.map((id) => (
                <BodyMapItem
                  key={id}
                  id={id}
                  label={label(id)}
                  status={statuses.get(id)}
                  marking={markings.get(id)}
                  count={counts.get(id)}
                  statusId={`${statusIdPrefix}-${id}`}
                  tabStop={id === tabStop}
                  selected={id === selected}
                  t={t}
                  buttonRef={buttonRef(id)}
                  onFocus={() => {
                    setActive(id)
                  }}
                  onClick={() => {
                    markChosenHere()
                    if (id === selected) {
                      selectOrgan(null)
                      return
                    }
                    selectOrgan(id)
                    requestView('focus-selected')
                  }}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
