/**
 * The slim header above the body: the app's name, the patient's name, mode and language, and one menu for print,
 * share, credits, the guide and choosing another patient; under them when and where the record was read (D9). The information-only notice sits under it on wide
 * screens (on phones it heads the bottom sheet).
 */
import { useState } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'
import { ModeAndLanguage } from '../panels/ModeAndLanguage.tsx'
import { AboutDialog } from '../panels/AboutDialog.tsx'
import { Disclaimer } from '../panels/Notices.tsx'
import { RecordAsOf } from '../panels/RecordAsOf.tsx'
import { AppMenu, type MenuAction } from '../panels/layout/AppMenu.tsx'
import { viewLink } from './viewLink.ts'

/** What the header's menu does, beyond what it holds itself. */
export interface TwinHeaderActions {
  readonly onPrint: () => void
  readonly onShowGuide: () => void
  /** Null when the app shows no patient banner (the host shows the patient) and no way to another patient. */
  readonly onClose: (() => void) | null
  /** False when the host (portal, EHR) already shows the patient. */
  readonly showPatient: boolean
}

/** The twin's header. */
export function TwinHeader({ onPrint, onShowGuide, onClose, showPatient }: TwinHeaderActions) {
  const t = useT()
  const name = useTwin((s) => s.twin?.record.patient?.name ?? null)
  const [message, setMessage] = useState<string | null>(null)
  const [about, setAbout] = useState(false)
  const copyLink = (): void => {
    const url = viewLink(window.location.href)
    navigator.clipboard.writeText(url).then(
      () => {
        setMessage(t('share.copied'))
      },
      () => {
        setMessage(t('share.manual', { url }))
      },
    )
  }
  const actions: MenuAction[] = [
    { label: t('print.button'), onSelect: onPrint },
    { label: t('share.copy'), onSelect: copyLink },
    {
      label: t('about.button'),
      onSelect: () => {
        setAbout(true)
      },
    },
    { label: t('guide.show'), onSelect: onShowGuide },
    ...(onClose === null ? [] : [{ label: t('banner.close'), onSelect: onClose }]),
  ]
  return (
    <div className="twin-header">
      <div className="twin-header-row">
        <h1 className="twin-title">{t('app.title')}</h1>
        {showPatient && <p className="twin-patient">{name ?? t('common.nameNotRecorded')}</p>}
        <AppMenu controls={<ModeAndLanguage />} actions={actions} />
      </div>
      <RecordAsOf className="twin-as-of" />
      <p role="status" className="share-status">
        {message}
      </p>
      <div className="header-disclaimer">
        <Disclaimer />
      </div>
      <AboutDialog
        open={about}
        onClose={() => {
          setAbout(false)
        }}
      />
    </div>
  )
}
