import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { endSession, getAccessToken, refreshAfterUnauthorized } from '../../fhir/index.ts'
import { App } from '../App.tsx'
import type { Connection } from '../controller.ts'
import { SIGN_IN_URL, routeOnce, startLaunch } from './route.ts'
import type { RouteState } from './route.ts'
import type { TwinConfig } from './config.ts'
import { grantedRecordTypes } from './grantedTypes.ts'
import { watchEndOfUse } from './endOfUse.ts'
import { en } from '../../i18n/en.ts'

function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="app-header">
        <h1>Health record twin</h1>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}

/** Standalone sign-in: the configured record systems, one button each. */
function SignIn({ config, onState }: { config: TwinConfig; onState: (state: RouteState) => void }) {
  const servers = config.standaloneServers
  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign in to a record system</h2>
      {servers.length === 0 ? (
        <p>No record systems are set up for sign-in. Open the app from your record system.</p>
      ) : (
        <ul className="sign-in-list">
          {servers.map((server) => (
            <li key={server.iss}>
              <button
                type="button"
                onClick={() => {
                  onState({ kind: 'redirecting', config })
                  void startLaunch(config, server.iss, null).then(onState)
                }}
              >
                Sign in to {server.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Why sign-in cannot work in this frame, and the same address in a new window (F7, F8). */
function Blocked({ state }: { state: Extract<RouteState, { kind: 'blocked' }> }) {
  return (
    <section role="alert" aria-labelledby="launch-error-heading" className="launch-error">
      <h2 id="launch-error-heading">{en['signIn.blockedHeading']}</h2>
      <p>{en[BLOCKED_KEY[state.problem]]}</p>
      <p>
        <a href={state.newWindowUrl} target="_blank" rel="noopener noreferrer">
          {en['signIn.openInNewWindow']}
        </a>
      </p>
    </section>
  )
}

const BLOCKED_KEY = {
  'opaque-origin': 'signIn.blocked.opaqueOrigin',
  'storage-blocked': 'signIn.blocked.storage',
} as const

function Launched({ state, onEnded }: { state: Extract<RouteState, { kind: 'launched' }>; onEnded: () => void }) {
  // F16: a tab hidden too long ends the sign-in and unmounts the app (record and store); leaving the page drops
  // the tokens.
  useEffect(() => watchEndOfUse({ endSession, onEnded }, document, window), [onEnded])
  const connection = useMemo<Connection>(
    () => ({
      baseUrl: state.launch.fhirBaseUrl,
      patientId: state.launch.patientId,
      smart: {
        accessToken: getAccessToken,
        refreshAfterUnauthorized,
        endSession,
        grantedTypes: grantedRecordTypes(state.launch.grantedScope),
      },
    }),
    [state],
  )
  return (
    <App
      connection={connection}
      launch={{
        needPatientBanner: state.launch.needPatientBanner,
        signInUrl: state.config.standaloneServers.length > 0 ? SIGN_IN_URL : null,
      }}
      embedOrigins={state.config.embedOrigins}
    />
  )
}

/**
 * The page root: routes the launch (EHR, standalone, redirect) before the app opens a record.
 */
export function Root() {
  const [state, setState] = useState<RouteState | null>(null)
  const onEnded = useCallback(() => {
    setState((current) => (current === null ? null : { kind: 'ended', config: current.config }))
  }, [])
  useEffect(() => {
    let live = true
    void routeOnce().then((next) => {
      if (live) setState(next)
    })
    return () => {
      live = false
    }
  }, [])
  if (state === null) {
    return (
      <Shell>
        <p role="status">Starting…</p>
      </Shell>
    )
  }
  switch (state.kind) {
    case 'open':
      return <App embedOrigins={state.config.embedOrigins} />
    case 'launched':
      return <Launched state={state} onEnded={onEnded} />
    case 'redirecting':
      return (
        <Shell>
          <p role="status">Signing in…</p>
        </Shell>
      )
    case 'start':
      return (
        <Shell>
          <SignIn config={state.config} onState={setState} />
        </Shell>
      )
    case 'blocked':
      return (
        <Shell>
          <Blocked state={state} />
        </Shell>
      )
    case 'ended':
      return (
        <Shell>
          <section role="alert" aria-labelledby="launch-error-heading" className="launch-error">
            <h2 id="launch-error-heading">{en['error.sessionEndedHeading']}</h2>
            <p>{en['signIn.endedHidden']}</p>
          </section>
          <SignIn config={state.config} onState={setState} />
        </Shell>
      )
    case 'error':
      return (
        <Shell>
          <section role="alert" aria-labelledby="launch-error-heading" className="launch-error">
            <h2 id="launch-error-heading">Sign-in stopped</h2>
            <p>{state.message}</p>
          </section>
          <SignIn config={state.config} onState={setState} />
        </Shell>
      )
  }
}
