import { useEffect, useMemo, useState } from 'react'
import { TwinContext, useTwin } from '../twin/TwinContext.tsx'
import { createTwinStore } from '../twin/twinStore.ts'
import { PatientPicker } from '../panels/PatientPicker.tsx'
import { PatientBanner } from '../panels/PatientBanner.tsx'
import { LoadProgressBar } from '../panels/LoadProgressBar.tsx'
import { ErrorPanel } from '../panels/ErrorPanel.tsx'
import { Disclaimer, HiddenDisclosure, MissingNotice } from '../panels/Notices.tsx'
import { RecordView } from '../panels/RecordView.tsx'
import { OpenFile } from '../panels/OpenFile.tsx'
import { BodyMap } from '../panels/BodyMap.tsx'
import { SceneControls } from '../panels/SceneControls.tsx'
import { BodyScene } from '../scene/BodyScene.tsx'
import { connectionFromUrl, createController, type Controller, type Connection } from './controller.ts'
import { EmbedBridge } from './embed/EmbedBridge.tsx'

/** A SMART launch's view settings (src/app/smart): null/absent when no launch. */
export interface LaunchView {
  /** False when the host (portal, EHR) already shows the patient. */
  readonly needPatientBanner: boolean
}

/** Marks the moment the record view is complete, for the benchmark and e2e (a signal, not a sleep). */
function useRecordReadySignal(): void {
  const status = useTwin((s) => s.status)
  const generation = useTwin((s) => s.generation)
  useEffect(() => {
    if (status !== 'ready') return
    performance.mark('twin:record-ready')
    document.documentElement.dataset.recordReady = String(generation)
    window.dispatchEvent(new CustomEvent('twin:record-ready'))
  }, [status, generation])
}

function Main({ controller, launch }: { controller: Controller; launch: LaunchView | undefined }) {
  const status = useTwin((s) => s.status)
  useRecordReadySignal()
  switch (status) {
    case 'idle':
      return (
        <>
          <PatientPicker
            onOpen={(id) => void controller.openPatient(id)}
            onRetry={() => void controller.listPatients()}
          />
          <OpenFile onFile={(f) => void controller.openFile(f)} />
        </>
      )
    case 'loading':
      return <LoadProgressBar />
    case 'error':
      return (
        <ErrorPanel
          onRetry={() => void controller.retry()}
          onBack={() => {
            controller.back()
          }}
        />
      )
    case 'ready':
      return (
        <>
          {launch?.needPatientBanner !== false && (
            <PatientBanner
              onClose={() => {
                // A launch grants one patient: choosing another means signing in again (tokens are dropped).
                if (launch === undefined) controller.back()
                else window.location.assign('/')
              }}
            />
          )}
          <MissingNotice />
          <HiddenDisclosure />
          <div className="twin-layout">
            <section className="body-column" aria-label="Body">
              <BodyScene />
              <SceneControls />
              <BodyMap />
            </section>
            <div className="record-column">
              <RecordView />
            </div>
          </div>
        </>
      )
  }
}

const NO_ORIGINS: readonly string[] = []

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
  const store = useMemo(() => createTwinStore({ kind: 'server', baseUrl: conn.baseUrl }), [conn])
  const controller = useMemo(() => createController(store, conn), [store, conn])
  useEffect(() => {
    if (conn.patientId) void controller.openPatient(conn.patientId)
    else void controller.listPatients()
  }, [controller, conn])
  return (
    <TwinContext value={store}>
      <EmbedBridge origins={embedOrigins} />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>Health record twin</h1>
        <Disclaimer />
      </header>
      <main id="main" tabIndex={-1}>
        <Main controller={controller} launch={launch} />
      </main>
    </TwinContext>
  )
}
