import { useEffect, useRef, useState } from 'react'
import { ICD10CM_NOTICE, LOINC_NOTICE, SNOMED_NOTICE, TABLE_SOURCES } from '../anatomy/licences.ts'
import { organsWithShapeNote } from '../anatomy/modelNotes.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/** The model's credits file, served with the app (same origin). */
const CREDITS_URL = '/models/CREDITS.md'

/** About and credits: the anatomy model's sources and licence, data sources, and the LOINC/SNOMED/ICD notices. */
export function AboutDialog() {
  const t = useT()
  const locale = useTwin((s) => s.locale)
  const dialog = useRef<HTMLDialogElement>(null)
  const [credits, setCredits] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (!open || credits !== null) return
    void fetch(CREDITS_URL)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then(setCredits)
      .catch(() => {
        setCredits(
          'BodyParts3D, (c) The Database Center for Life Science (CC BY-SA 2.1 JP); Human Reference Atlas (CC BY 4.0). The model ships under CC BY-SA 4.0.',
        )
      })
  }, [open, credits])
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true)
          dialog.current?.showModal()
        }}
      >
        {t('about.button')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="about-heading"
        className="about"
        onClose={() => {
          setOpen(false)
        }}
      >
        <h2 id="about-heading">{t('about.heading')}</h2>
        <p>{t('app.disclaimer')}</p>
        <h3>{t('about.model')}</h3>
        <p>{t('about.approximate')}</p>
        <ul className="model-shape-notes" data-shape-note="standIn">
          {organsWithShapeNote('standIn').map((id) => (
            <li key={id}>{placeLabel(id, 'lay', locale)}</li>
          ))}
          {organsWithShapeNote('partStandIn').map((id) => (
            <li key={id}>{t('about.inPart', { label: placeLabel(id, 'lay', locale) })}</li>
          ))}
        </ul>
        <p>{t('about.reconstructed')}</p>
        <ul className="model-shape-notes" data-shape-note="derived">
          {organsWithShapeNote('derived').map((id) => (
            <li key={id}>{placeLabel(id, 'lay', locale)}</li>
          ))}
        </ul>
        <pre className="credits">{credits ?? '…'}</pre>
        <h3>{t('about.codes')}</h3>
        <ul>
          <li>{LOINC_NOTICE}</li>
          <li>{SNOMED_NOTICE}</li>
          <li>{ICD10CM_NOTICE}</li>
          {TABLE_SOURCES.map((s) => (
            <li key={s.name}>
              {s.name} ({s.licence}): {s.use}
            </li>
          ))}
          <li>{t('about.synthea')}</li>
        </ul>
        <form method="dialog">
          <button type="submit">{t('about.close')}</button>
        </form>
      </dialog>
    </>
  )
}
