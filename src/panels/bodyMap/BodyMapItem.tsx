import type { OrganId } from '../../anatomy/organIds.ts'
import type { Translate } from '../../i18n/translate.ts'
import { STATUS_STYLES } from '../../twin/palette.ts'
import type { OrganMarking, OrganStatus } from '../../twin/selectors.ts'
import { MarkingSwatch, Swatch } from '../Legend.tsx'

/** What one organ's row in the body map shows and does. */
export interface BodyMapItemProps {
  readonly id: OrganId
  /** The organ's name, the button's text. */
  readonly label: string
  /** Its legend status at the timeline cursor, if the record places something on it. */
  readonly status: OrganStatus | undefined
  /** How the body marks it (organMarkings): removed wins over the status colour; side not recorded adds to it. */
  readonly marking?: OrganMarking | undefined
  /** How many items the organ panel lists for it at the cursor, if any. */
  readonly count?: number | undefined
  /** The id of the status text, which describes the button. */
  readonly statusId: string
  /** Whether this button is the list's one Tab stop. */
  readonly tabStop: boolean
  readonly selected: boolean
  readonly t: Translate
  readonly buttonRef: (el: HTMLButtonElement | null) => void
  readonly onFocus: () => void
  readonly onClick: () => void
}

/**
 * How many items the panel lists for an organ: "(3)" on screen, "3 items recorded here" for screen readers.
 * @param count - the number, or undefined for none
 */
function Count({ count, t }: { count: number | undefined; t: Translate }) {
  if (count === undefined || count === 0) return null
  return (
    <>
      <span className="organ-count" aria-hidden="true">
        {` (${String(count)})`}
      </span>
      <span className="visually-hidden">
        , {count === 1 ? t('bodymap.count.one') : t('bodymap.count.other', { count })}
      </span>
    </>
  )
}

/**
 * One organ in the body map: its button, then its legend status (swatch and words) when it has one. A part recorded
 * as removed shows that instead of a status colour (as the 3D body draws it); "side not recorded" follows the status.
 */
export function BodyMapItem({
  id,
  label,
  status,
  marking,
  count,
  statusId,
  tabStop,
  selected,
  t,
  buttonRef,
  onFocus,
  onClick,
}: BodyMapItemProps) {
  return (
    <li>
      <button
        type="button"
        data-organ={id}
        aria-describedby={status === undefined && marking === undefined ? undefined : statusId}
        ref={buttonRef}
        tabIndex={tabStop ? 0 : -1}
        aria-pressed={selected}
        onFocus={onFocus}
        onClick={onClick}
      >
        {label}
      </button>
      {marking === 'removed' ? (
        <span className="organ-status" id={statusId} data-marking={marking}>
          <MarkingSwatch marking={marking} /> {t('status.removed')}
          <Count count={count} t={t} />
        </span>
      ) : (
        status !== undefined && (
          <span className="organ-status" id={statusId} data-marking={marking}>
            <Swatch style={STATUS_STYLES[status]} /> {t(`status.${status}`)}
            {marking === 'side-not-recorded' && (
              <>
                {', '}
                <MarkingSwatch marking={marking} /> {t('status.side-not-recorded')}
              </>
            )}
            <Count count={count} t={t} />
          </span>
        )
      )}
    </li>
  )
}
