import { useEffect, useRef, useState } from 'react'
import { ICD10CM_NOTICE, LOINC_NOTICE, SNOMED_NOTICE, TABLE_SOURCES } from '../anatomy/licences.ts'
import { organsWithShapeNote } from '../anatomy/modelNotes.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/** The model's credits file, served with the app (same origin). */
const CREDITS_URL = '/models/CREDITS.md'

/** The intended-purpose items I1 to I8, in the order and words of docs/intended-purpose.md (G13). */
export const PURPOSE_KEYS = [
  'about.purpose.1',
  'about.purpose.2',
  'about.purpose.3',
  'about.purpose.4',
  'about.purpose.5',
  'about.purpose.6',
  'about.purpose.7',
  'about.purpose.8',
] as const

/** The intended-purpose statement (G13): what the app is for and the eight rules it keeps. */
function IntendedPurpose() {
  const t = useT()
  return (
    <section aria-labelledby="about-purpose" className="intended-purpose">
      <h3 id="about-purpose">{t('about.purposeHeading')}</h3>
      <p>{t('about.purposeIntro')}</p>
      <ol>
        {PURPOSE_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </section>
  )
}

/** The dialog's text: the model's approximate parts, its credits, and the code and table notices. */
function AboutContent({ credits }: { credits: string | null }) {
  const t = useT()
  const locale = useTwin((s) => s.locale)
  return (
    <>
      <h2 id="about-heading">{t('about.heading')}</h2>
      <p>{t('app.disclaimer')}</p>
      <IntendedPurpose />
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
        <li>{t('about.layNames')}</li>
      </ul>
    </>
  )
}

/**
 * About and credits: the anatomy model's sources and licence, data sources, and the LOINC/SNOMED/ICD notices.
 * With `open` given, the dialog is controlled (opened from the app menu) and has no button of its own.
 * @param props.open - controlled: whether the dialog is open
 * @param props.onClose - controlled: called when the dialog closes
 */
export function AboutDialog({ open: wanted, onClose }: { open?: boolean; onClose?: () => void } = {}) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  const [credits, setCredits] = useState<string | null>(null)
  const [own, setOwn] = useState(false)
  const open = wanted ?? own
  useEffect(() => {
    const d = dialog.current
    if (wanted === true && d !== null && !d.open) d.showModal()
  }, [wanted])
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
      {wanted === undefined && (
        <button
          type="button"
          onClick={() => {
            setOwn(true)
            dialog.current?.showModal()
          }}
        >
          {t('about.button')}
        </button>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="about-heading"
        className="about"
        onClose={() => {
          setOwn(false)
          onClose?.()
        }}
      >
        <AboutContent credits={credits} />
        <form method="dialog">
          <button type="submit">{t('about.close')}</button>
        </form>
      </dialog>
    </>
  )
}
