import { isSuspected } from '../../timeline/conditionGroups.ts'
import type { ConditionEvent } from '../../timeline/types.ts'
import { conditionStatus, type StatusContext } from '../../i18n/conditionStatus.ts'
import type { MessageKey } from '../../i18n/en.ts'
import { layText } from '../../twin/layText.ts'
import type { ViewMode } from '../../twin/twinStore.ts'
import { FindingName } from './FindingName.tsx'
import { SourceReference } from './SourceReference.tsx'

export interface ConditionProps {
  readonly status: StatusContext
  readonly mode: ViewMode
  /** True for a finding whose code itself records a suspicion (isSuspectedByCode). */
  readonly byCode: (id: string) => boolean
}

/** One condition: tags, its name (lay name first for patients), its time and certainty in words, notes. */
export function ConditionItem({ condition, status, mode, byCode }: ConditionProps & { condition: ConditionEvent }) {
  const { t } = status
  const suspectedByCode = byCode(condition.id)
  const suspected = isSuspected(condition) || suspectedByCode
  const refuted = condition.verificationStatus === 'refuted'
  return (
    <li className="event" data-reference={condition.source.reference}>
      <span className="event-text">
        {refuted && <span className="tag tag-ruled-out">{t('tag.ruledOut')}</span>}
        {suspected && <span className="tag tag-suspected">{t('tag.suspected')}</span>}
        <FindingName words={layText(condition, mode, status.locale)} t={t} />
      </span>
      <span className="event-meta">{conditionStatus(condition, status, suspectedByCode)}</span>
      {condition.notes.length > 0 && <span className="event-note">{condition.notes.join(' ')}</span>}
      <SourceReference reference={condition.source.reference} mode={mode} />
    </li>
  )
}

/** The condition groups in list order, each with the line shown when it is empty. */
export const CONDITION_GROUPS: readonly (readonly ['active' | 'resolved' | 'other', MessageKey])[] = [
  ['active', 'record.noActive'],
  ['resolved', 'record.noResolved'],
  ['other', 'record.noneOther'],
]

/** One condition group (active, resolved, other) with its heading and count, in the order conditionView gives. */
export function ConditionGroupList({
  group,
  items,
  empty,
  ...props
}: ConditionProps & { group: 'active' | 'resolved' | 'other'; items: ConditionEvent[]; empty: MessageKey }) {
  const { t } = props.status
  const id = `conditions-${group}`
  return (
    <section aria-labelledby={id} className="group">
      <h4 id={id}>
        {t(`record.${group}`)} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted">{t(empty)}</p>
      ) : (
        <ul className="events">
          {items.map((c) => (
            <ConditionItem key={c.id} condition={c} {...props} />
          ))}
        </ul>
      )}
    </section>
  )
}
