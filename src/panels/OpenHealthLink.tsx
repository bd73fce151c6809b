import { useEffect, useId, useState, type SyntheticEvent } from 'react'
import type { MessageKey } from '../i18n/en.ts'
import type { HealthLinkProblem } from '../twin/healthLinkProblem.ts'
import { useT } from '../twin/useT.ts'
import { decodeQrImage } from './decodeQrImage.ts'

/** Opens a link: null when the twin is shown, else why not. */
export type OpenHealthLinkPort = (link: string, passcode?: string) => Promise<HealthLinkProblem | null>

type Shown =
  | HealthLinkProblem
  | { readonly kind: 'qr-none' | 'qr-unreadable'; readonly remainingAttempts: null; readonly detail: null }

function messageKey(problem: Shown): MessageKey {
  if (problem.kind === 'qr-none') return 'shl.qr.none'
  if (problem.kind === 'qr-unreadable') return 'shl.qr.unreadable'
  if (problem.kind === 'wrong-passcode' && problem.remainingAttempts !== null) return 'shl.problem.wrongPasscodeLeft'
  return `shl.problem.${problem.kind}`
}

/** The link form's state and its actions (open the typed link; read a QR picture, then open it; open the page's link). */
function useHealthLinkForm(onOpen: OpenHealthLinkPort, takeInitialLink: (() => string | null) | undefined) {
  const [link, setLink] = useState('')
  // A link taken from the page address stays in memory only: the field shows "Link from the address", not its key.
  const [addressLink, setAddressLink] = useState<string | null>(null)
  const [passcode, setPasscode] = useState('')
  const [askPasscode, setAskPasscode] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Shown | null>(null)
  const open = async (text: string, fromAddress = false): Promise<void> => {
    setLink(fromAddress ? '' : text)
    setAddressLink(fromAddress ? text : null)
    setBusy(true)
    setProblem(null)
    const answer = await onOpen(text, askPasscode && passcode !== '' ? passcode : undefined)
    setBusy(false)
    setProblem(answer)
    if (answer?.kind === 'passcode-required' || answer?.kind === 'wrong-passcode') {
      setAskPasscode(true)
      setPasscode('')
    }
  }
  const openQr = async (file: File): Promise<void> => {
    setProblem(null)
    const text = await decodeQrImage(file).catch(() => undefined)
    if (text === undefined) setProblem({ kind: 'qr-unreadable', remainingAttempts: null, detail: null })
    else if (text === null) setProblem({ kind: 'qr-none', remainingAttempts: null, detail: null })
    else await open(text)
  }
  useEffect(() => {
    // A link the page was opened with (#shlink:/...), handed over once by src/app.
    const initial = takeInitialLink?.() ?? null
    if (initial === null) return
    // After this commit, not inside the effect (react-hooks/set-state-in-effect).
    queueMicrotask(() => void open(initial, true))
    // Once, on mount: takeInitialLink hands a link over at most once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const typeLink = (text: string): void => {
    setLink(text)
    setAddressLink(null)
  }
  return { link, typeLink, addressLink, passcode, setPasscode, askPasscode, busy, problem, open, openQr }
}

/**
 * Opens a SMART Health Link: pasted, or read from a picture of its QR code. A passcode field appears when the link
 * asks for one, and a link the page was opened with is opened at once. The link and the passcode stay in this form's
 * memory; the controller decrypts on this device.
 */
export function OpenHealthLink({
  onOpen,
  takeInitialLink,
}: {
  onOpen: OpenHealthLinkPort
  /** Hands over the link the page was opened with (a viewer URL's `#shlink:/...`), at most once; null when none. */
  takeInitialLink?: () => string | null
}) {
  const t = useT()
  const ids = { link: useId(), qr: useId(), passcode: useId(), passcodeHelp: useId() }
  const form = useHealthLinkForm(onOpen, takeInitialLink)
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault()
    if (form.link.trim() !== '') void form.open(form.link)
    else if (form.addressLink !== null) void form.open(form.addressLink, true)
  }
  return (
    <section aria-labelledby="open-health-link-heading" className="card">
      <h2 id="open-health-link-heading">{t('shl.heading')}</h2>
      <p className="muted">{t('shl.help')}</p>
      <form onSubmit={submit}>
        <label htmlFor={ids.link}>{t('shl.linkLabel')}</label>
        <input
          id={ids.link}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={form.link}
          onChange={(e) => {
            form.typeLink(e.currentTarget.value)
          }}
        />
        {form.addressLink !== null && <p className="muted">{t('shl.fromAddress')}</p>}
        {form.askPasscode && (
          <>
            <label htmlFor={ids.passcode}>{t('shl.passcodeLabel')}</label>
            <input
              id={ids.passcode}
              type="password"
              autoComplete="off"
              aria-describedby={ids.passcodeHelp}
              value={form.passcode}
              onChange={(e) => {
                form.setPasscode(e.currentTarget.value)
              }}
            />
            <p id={ids.passcodeHelp} className="muted">
              {t('shl.passcodeHelp')}
            </p>
          </>
        )}
        <button type="submit" disabled={form.busy}>
          {t('shl.open')}
        </button>
      </form>
      <label htmlFor={ids.qr}>{t('shl.qrLabel')}</label>
      <input
        id={ids.qr}
        type="file"
        accept="image/*"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) void form.openQr(file)
          e.currentTarget.value = ''
        }}
      />
      <p role="status">{form.busy ? t('shl.opening') : ''}</p>
      {form.problem && (
        <div role="alert">
          <p>{t(messageKey(form.problem), { count: form.problem.remainingAttempts ?? 0 })}</p>
          {form.problem.detail !== null && <p className="muted">{form.problem.detail}</p>}
        </div>
      )}
    </section>
  )
}
