import { reasonText } from '../../i18n/reasonText.ts'
import { displayText } from '../../twin/displayText.ts'
import { listDetails, type OffBodyList } from '../../twin/listDetails.ts'
import type { Twin } from '../../twin/twin.ts'
import { Group } from './Group.tsx'
import type { PanelContext } from './panelContext.ts'
import { SourceDetails } from './SourceDetails.tsx'

/** One of the lists that are not on the body: life and context, family history, or not placed and ruled out. */
export function ListContent({
  twin,
  list,
  cursor,
  ctx,
}: {
  twin: Twin
  list: OffBodyList
  cursor: string | null
  ctx: PanelContext
}) {
  const { t, locale, mode } = ctx
  const d = listDetails(twin, list, cursor)
  switch (d.list) {
    case 'life':
      return (
        <>
          <p className="muted">{t('panel.lifeHelp')}</p>
          {d.items.length === 0 ? <p>{t('panel.empty')}</p> : null}
          <ul className="events">
            {d.items.map(({ item, source }) => (
              <li key={item.id} className="finding" data-finding={item.id}>
                <span className="event-text">{displayText(item.text, mode)}</span>
                <SourceDetails row={source} ctx={ctx} />
              </li>
            ))}
          </ul>
        </>
      )
    case 'family':
      return (
        <>
          <p className="muted">{t('panel.familyHelp')}</p>
          {d.items.length === 0 ? <p>{t('panel.empty')}</p> : null}
          <ul className="events">
            {d.items.map(({ item, source }) => (
              <li key={item.id} className="finding" data-finding={item.id}>
                <span className="event-text">
                  {t('panel.relationship', { relationship: item.relationship, condition: item.condition })}
                </span>
                {item.onsetAge && <span className="event-meta">{t('panel.onsetAge', { age: item.onsetAge })}</span>}
                <SourceDetails row={source} ctx={ctx} />
              </li>
            ))}
          </ul>
        </>
      )
    case 'unplaced':
      return (
        <>
          <p className="muted">{t('panel.unplacedHelp')}</p>
          {d.items.length === 0 ? <p>{t('panel.empty')}</p> : null}
          <ul className="events">
            {d.items.map(({ item, source }) => (
              <li key={item.id} className="finding" data-finding={item.id}>
                <span className="event-text">{displayText(item.text, mode)}</span>
                <span className="event-meta">{reasonText(item.reason, locale)}</span>
                <SourceDetails row={source} ctx={ctx} />
              </li>
            ))}
          </ul>
          {d.ruledOut.length > 0 && (
            <Group title={t('panel.ruledOut')} count={d.ruledOut.length}>
              {d.ruledOut.map(({ item, source }) => (
                <li key={item.id} className="finding" data-finding={item.id}>
                  <span className="event-text">
                    <span className="tag tag-ruled-out">{t('tag.ruledOut')}</span>
                    {displayText(item.text, mode)}
                  </span>
                  <SourceDetails row={source} ctx={ctx} />
                </li>
              ))}
            </Group>
          )}
        </>
      )
  }
}
