import { useId, useState, type SyntheticEvent } from 'react'
import { layNameOf } from '../../i18n/layNames/layName.ts'
import {
  loadTopic,
  MEDLINEPLUS_ATTRIBUTION,
  topicTitle,
  type TopicBlock,
  type TopicInfo,
} from '../../i18n/layNames/topicInfo.ts'
import type { PlacementRow } from '../../twin/placeDetails.ts'
import type { PanelContext } from './panelContext.ts'
import './generalInfo.css'

/**
 * The MedlinePlus topics of the listed findings (the topic of each one's lay-name row), distinct, in the order the
 * findings are listed; only topics the app ships. Medications have no lay-name row.
 * @param rows - the panel's placed conditions and procedures
 */
export function topicsOf(rows: readonly PlacementRow[]): string[] {
  const slugs = new Set<string>()
  for (const { item, source } of rows) {
    if (item.findingKind === 'medication' || source.event === undefined) continue
    const topic = layNameOf(source.event.concept, source.event.text, item.findingKind, 'en')?.topic ?? null
    if (topic !== null && topicTitle(topic) !== null) slugs.add(topic)
  }
  return [...slugs]
}

/** Consecutive list items as one list, the other blocks as they are. */
function Blocks({ blocks }: { blocks: readonly TopicBlock[] }) {
  const groups: TopicBlock[][] = []
  for (const block of blocks) {
    const last = groups[groups.length - 1]
    if (block.kind === 'li' && last?.[0]?.kind === 'li') last.push(block)
    else groups.push([block])
  }
  return groups.map((group, i) => {
    const first = group[0]
    if (first === undefined) return null
    if (first.kind === 'li')
      return (
        <ul key={i}>
          {group.map((b, j) => (
            <li key={j}>{b.text}</li>
          ))}
        </ul>
      )
    return first.kind === 'h' ? <h5 key={i}>{first.text}</h5> : <p key={i}>{first.text}</p>
  })
}

type Loaded = 'idle' | 'loading' | 'failed' | TopicInfo

/** One topic: a collapsed line; its summary is loaded (own chunk) and rendered, as text only, when first opened. */
function TopicDetails({ slug, ctx }: { slug: string; ctx: PanelContext }) {
  const { t } = ctx
  const [loaded, setLoaded] = useState<Loaded>('idle')
  const title = topicTitle(slug) ?? slug
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    // Loaded once, on the first opening (again after a failed load).
    if (!e.currentTarget.open || (loaded !== 'idle' && loaded !== 'failed')) return
    setLoaded('loading')
    loadTopic(slug).then(
      (topic) => {
        setLoaded(topic ?? 'failed')
      },
      () => {
        setLoaded('failed')
      },
    )
  }
  return (
    <details className="general-info-topic" data-topic={slug} onToggle={onToggle}>
      <summary>{t('info.summary', { topic: title })}</summary>
      {loaded === 'loading' && (
        <p className="muted" role="status">
          {t('info.loading')}
        </p>
      )}
      {loaded === 'failed' && <p className="muted">{t('info.failed')}</p>}
      {typeof loaded === 'object' && (
        <div className="general-info-body">
          <div className="general-info-text" lang="en">
            <Blocks blocks={loaded.blocks} />
          </div>
          <p className="general-info-source">
            <span lang="en">{MEDLINEPLUS_ATTRIBUTION}</span>.{' '}
            <a href={loaded.url} rel="noopener noreferrer" target="_blank">
              {t('info.link', { title: loaded.title })}
            </a>
          </p>
        </div>
      )}
    </details>
  )
}

/**
 * "General information about <topic>" for the findings listed in the organ panel: general health education from
 * MedlinePlus, set apart from the record and never about it. Nothing but the collapsed lines is rendered until a
 * person opens one; its text then loads from the app's own origin, and only the source link leaves it, on click.
 *
 * The block carries `data-general-info`: MedlinePlus summaries are written for the public and use words the
 * product's own wording never uses ("you may", "risk"). Any check that scans the UI's text for forbidden phrases
 * (src/anatomy/wording.ts FORBIDDEN_PHRASES) must skip the elements inside `[data-general-info]`, and only those.
 */
export function GeneralInfo({ rows, ctx }: { rows: readonly PlacementRow[]; ctx: PanelContext }) {
  const id = useId()
  const slugs = topicsOf(rows)
  if (slugs.length === 0) return null
  return (
    <section aria-labelledby={id} className="panel-group general-info" data-general-info="">
      <h4 id={id}>{ctx.t('info.group')}</h4>
      <p className="general-info-note">{ctx.t('info.heading')}</p>
      {slugs.map((slug) => (
        <TopicDetails key={slug} slug={slug} ctx={ctx} />
      ))}
    </section>
  )
}
