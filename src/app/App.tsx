import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { TwinContext, useTwin } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { TwinView } from './TwinView.tsx'
import { preloadScene } from './startDownloads.ts'
import { previewFrame, stopPreviewWorker } from './previewWorker.ts'
import { BodyPreview } from '../scene/BodyPreview.tsx'
import { useT } from '../twin/useT.ts'
import { loadLayNames } from '../i18n/layNames/layName.ts'
import { PatientPicker } from '../panels/PatientPicker.tsx'
import { LoadProgressBar } from '../panels/LoadProgressBar.tsx'
import { ErrorPanel } from '../panels/ErrorPanel.tsx'
import { Disclaimer } from '../panels/Notices.tsx'
import { OpenFile } from '../panels/OpenFile.tsx'
import { OpenHealthLink } from '../panels/OpenHealthLink.tsx'
import { takeHealthLinkFromUrl } from './takeHealthLinkFromUrl.ts'
import { connectionFromUrl, createController, type Controller, type Connection } from './controller.ts'
import { EmbedBridge } from './embed/EmbedBridge.tsx'
import { useAppTestHooks } from './testHooks.ts'

/** A SMART launch's view settings (src/app/smart): null/absent when no launch. */
export interface LaunchView {
  /** False when the host (portal, EHR) already shows the patient. */
  readonly needPatientBanner: boolean
  /** Where "Sign in again" leads after the sign-in ended (the sign-in screen), or null when the app has none. */
  readonly signInUrl: string | null
}

/**
 * The progress bar and the bare body (src/scene/BodyPreview.tsx). The chunks downloaded at start (startDownloads.ts)
 * are evaluated once the preview is drawn (or cannot be): the 3D chunk, so that the twin's scene mounts quickly when
 * the record is shown, and the lay-name tables.
 */
function LoadingView() {
  // The twin's own scene replaces the preview: its worker and GPU context go (a later load starts them again).
  useEffect(() => stopPreviewWorker, [])
  return (
    <div className="loading-view">
      <LoadProgressBar />
      <BodyPreview
        frame={previewFrame}
        onDrawn={() => {
          void preloadScene().catch(() => undefined)
          void loadLayNames()
        }}
      />
    </div>
  )
}

function Main({
  controller,
  launch,
  store,
  takeInitialLink,
}: {
  controller: Controller
  launch: LaunchView | undefined
  store: TwinStore
  takeInitialLink: () => string | null
}) {
  const status = useTwin((s) => s.status)
  switch (status) {
    case 'idle':
      return (
        <>
          <PatientPicker
            onOpen={(id) => void controller.openPatient(id)}
            onRetry={() => void controller.listPatients()}
          />
          <OpenFile onFile={(f) => void controller.openFile(f)} />
          <OpenHealthLink
            onOpen={(link, passcode) => controller.openHealthLink(link, passcode)}
            takeInitialLink={takeInitialLink}
          />
        </>
      )
    case 'loading':
      return <LoadingView />
    case 'error':
      return (
        <ErrorPanel
          onRetry={() => void controller.retry()}
          onBack={() => {
            controller.back()
          }}
          onSignInAgain={
            launch?.signInUrl == null
              ? undefined
              : () => {
                  // A fresh page load on the sign-in screen; without one the message says to relaunch from the portal.
                  window.location.assign(launch.signInUrl ?? '/')
                }
          }
        />
      )
    case 'ready':
      return (
        <TwinView
          store={store}
          showBanner={launch?.needPatientBanner !== false}
          onClose={() => {
            // A launch grants one patient: choosing another means signing in again (tokens are dropped).
            if (launch === undefined) controller.back()
            else window.location.assign('/')
          }}
        />
      )
  }
}

/**
 * Skip link, title and the persistent information-only notice, in the chosen language. Once a record is shown the
 * twin has its own slim header (TwinHeader: title, patient, notice), so this one steps aside.
 */
function Header() {
  const t = useT()
  const locale = useTwin((s) => s.locale)
  const twin = useTwin((s) => s.status === 'ready')
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      {!twin && (
        <header className="app-header">
          <h1>{t('app.title')}</h1>
          <Disclaimer />
        </header>
      )}
    </>
  )
}

/** The main landmark, full-bleed while the twin shows. */
function MainArea({ children }: { children: ReactNode }) {
  const twin = useTwin((s) => s.status === 'ready')
  return (
    <main id="main" tabIndex={-1} className={twin ? 'main-twin' : undefined}>
      {children}
    </main>
  )
}

const NO_ORIGINS: readonly string[] = []

/**
 * Takes the page's `#shlink:/` fragment now, at app start (whatever view shows first), and hands it to the link
 * form once, when the form first mounts.
 */
function holdHealthLinkFromUrl(): () => string | null {
  let held = takeHealthLinkFromUrl()
  return () => {
    const link = held
    held = null
    return link
  }
}

/** The app: one store and one controller per mount. */
export function App({
  connection,
  launch,
  embedOrigins = NO_ORIGINS,
}: {
  connection?: Connection
  launch?: LaunchView
  /** Exact origins allowed to drive the app by postMessage when it is framed. */
  embedOrigins?: readonly string[]
}) {
  const [conn] = useState(() => connection ?? connectionFromUrl(window.location.search, window.location.origin))
  const [takeInitialLink] = useState(holdHealthLinkFromUrl)
  const store = useMemo(() => createTwinStore({ kind: 'server', baseUrl: conn.baseUrl }), [conn])
  const controller = useMemo(() => createController(store, conn), [store, conn])
  useAppTestHooks(store, controller)
  useEffect(() => {
    if (conn.patientId) void controller.openPatient(conn.patientId)
    else void controller.listPatients()
  }, [controller, conn])
  return (
    <TwinContext value={store}>
      <EmbedBridge origins={embedOrigins} />
      <Header />
      <MainArea>
        <Main controller={controller} launch={launch} store={store} takeInitialLink={takeInitialLink} />
      </MainArea>
    </TwinContext>
  )
}
