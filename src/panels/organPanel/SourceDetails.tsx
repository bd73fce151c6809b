import type { RuleHit } from '../../anatomy/types.ts'
import { formatClinicalTime } from '../../i18n/format.ts'
import { reasonText } from '../../i18n/reasonText.ts'
import type { Translate } from '../../i18n/translate.ts'
import type { Concept } from '../../timeline/types.ts'
import type { SourceRow } from '../../twin/sourceRow.ts'
import type { PanelContext } from './panelContext.ts'

/**
 * Every recorded coding: system|code and, after it, the display the record gives with it (C15: shown even when it
 * disagrees with the code; the mapping reads the code only).
 */
function Codes({ concept, t }: { concept: Concept; t: Translate }) {
  return concept.codes.map((c, i) => (
    <span key={`${c.key}#${String(i)}`} className="source-code">
      {i > 0 && ', '}
      <code>{`${c.system ?? '(no system)'}|${c.code}`}</code>
      {c.display !== null && c.display !== '' && <> {t('panel.codeDisplay', { display: c.display })}</>}
    </span>
  ))
}

function ruleText(rule: RuleHit, t: Translate): string {
  return t(`panel.layer.${rule.layer}`)
}

/** "Why here?" and the source: resource type and id, system|code, recorded date, the rule that placed it. */
export function SourceDetails({ row, ctx }: { row: SourceRow; ctx: PanelContext }) {
  const { t, locale, mode } = ctx
  const { source, event, encounter, rule } = row
  const body = (
    <dl className="source">
      <dt>{t('panel.resource')}</dt>
      <dd>
        <code>{source.reference}</code>
      </dd>
      <dt>{t('panel.code')}</dt>
      <dd>{event && event.concept.codes.length > 0 ? <Codes concept={event.concept} t={t} /> : t('panel.noCode')}</dd>
      <dt>{t('panel.recorded')}</dt>
      <dd>{event ? formatClinicalTime(event.time, locale) : t('date.unknown')}</dd>
      {encounter && (
        <>
          <dt>{t('panel.encounter')}</dt>
          <dd>
            {encounter.text} ({formatClinicalTime(encounter.time, locale)})
          </dd>
        </>
      )}
      {rule && (
        <>
          <dt>{t('panel.whyHere')}</dt>
          <dd>
            {ruleText(rule, t)}
            {rule.matchedKey ? (
              <>
                {' '}
                (<code>{rule.matchedKey}</code>)
              </>
            ) : null}
            . <span className="muted">{reasonText(rule.reason, locale)}</span>{' '}
            <span className="muted">
              {t('panel.rule')}: <code>{rule.ruleId}</code>
            </span>
          </dd>
        </>
      )}
    </dl>
  )
  if (mode === 'clinician') return body
  return (
    <details className="source-details">
      <summary>
        {t('panel.source')} · {t('panel.whyHere')}
      </summary>
      {body}
    </details>
  )
}
