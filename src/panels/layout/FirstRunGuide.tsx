/**
 * A short guide on the stage the first time the twin opens on this device: how to turn the body, select a part and
 * move through time. Dismissing it is remembered in localStorage under one key holding "1": no patient data.
 * The menu's "Show the guide" brings it back.
 */
import { useState } from 'react'
import { useT } from '../../twin/useT.ts'

/** The localStorage key (the value is always "1"). */
export const GUIDE_KEY = 'twin.guideSeen'

/** Whether the guide was dismissed on this device (storage that cannot be read counts as not dismissed). */
export function guideSeen(): boolean {
  try {
    return window.localStorage.getItem(GUIDE_KEY) === '1'
  } catch {
    return false
  }
}

function rememberSeen(): void {
  try {
    window.localStorage.setItem(GUIDE_KEY, '1')
  } catch {
    // Storage refused (private mode, a sandboxed frame): the guide shows again next time, which is harmless.
  }
}

/** Guide state: shown on first run, hidden once dismissed, shown again on request. */
export function useGuide(): readonly [boolean, () => void, () => void] {
  const [shown, setShown] = useState(() => !guideSeen())
  return [
    shown,
    () => {
      rememberSeen()
      setShown(false)
    },
    () => {
      setShown(true)
    },
  ] as const
}

/** The guide card. */
export function FirstRunGuide({ onDismiss }: { onDismiss: () => void }) {
  const t = useT()
  return (
    <section className="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('guide.heading')}</h2>
      <ul>
        <li>{t('guide.turn')}</li>
        <li>{t('guide.select')}</li>
        <li>{t('guide.time')}</li>
        <li>{t('guide.list')}</li>
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('guide.dismiss')}
      </button>
    </section>
  )
}
