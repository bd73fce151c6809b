import { useEffect, useId, useRef } from 'react'
import { modelShapeNote } from '../../anatomy/modelNotes.ts'
import type { PlaceId } from '../../anatomy/types.ts'
import { placeLabel } from '../../i18n/placeLabel.ts'
import type { OffBodyList } from '../../twin/listDetails.ts'
import { useTwin } from '../../twin/TwinContext.tsx'
import { useT } from '../../twin/useT.ts'
import { ListContent } from './ListContent.tsx'
import type { PanelContext } from './panelContext.ts'
import { PlaceContent } from './PlaceContent.tsx'

/** What the details panel can show: a place on the body, or one of the lists that are not on the body. */
export type PanelTarget = PlaceId | OffBodyList

const LIST_TITLES = { life: 'panel.life', family: 'panel.familyHistory', unplaced: 'panel.unplaced' } as const

function isList(target: PanelTarget): target is OffBodyList {
  return target === 'life' || target === 'family' || target === 'unplaced'
}

/**
 * Escape with the focus in the panel closes it (E5) and puts the focus back on the place's body-map button.
 * @param target - the place or list shown
 * @param onClose - closes the panel
 */
function useEscapeCloses(target: PanelTarget, onClose: () => void) {
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || !panel.current?.contains(document.activeElement)) return
      e.preventDefault()
      onClose()
      document.querySelector<HTMLElement>(`[data-organ="${target}"]`)?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
    }
  }, [target, onClose])
  return panel
}

/** The details panel for one place (organ, mind, whole body) or one of the off-body lists. */
export function OrganPanel({ target, onClose }: { target: PanelTarget; onClose: () => void }) {
  const panel = useEscapeCloses(target, onClose)
  const twin = useTwin((s) => s.twin)
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  const t = useT()
  const headingId = useId()
  if (twin === null) return null
  const ctx: PanelContext = { t, locale, mode, asOf: twin.record.asOf }
  const title = isList(target)
    ? t(LIST_TITLES[target])
    : placeLabel(target, mode === 'patient' ? 'lay' : 'clinical', locale)
  // Stand-in and reconstructed organs say so in both modes (STYLE.md §3: "approximate, illustrative").
  const shapeNote = modelShapeNote(target)
  return (
    <section ref={panel} aria-labelledby={headingId} className="card organ-panel" data-mode={mode}>
      <div className="panel-head">
        <h3 id={headingId}>{title}</h3>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      {shapeNote && (
        <p className="muted model-shape-note" data-shape-note={shapeNote}>
          {t(`panel.shape.${shapeNote}`)}
        </p>
      )}
      {isList(target) ? (
        <ListContent twin={twin} list={target} cursor={cursor} ctx={ctx} />
      ) : (
        <PlaceContent twin={twin} place={target} cursor={cursor} filters={filters} ctx={ctx} />
      )}
    </section>
  )
}
