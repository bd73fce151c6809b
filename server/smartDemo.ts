/**
 * The SMART environment (`npm run start:smart`, and the e2e's second web server), all on 127.0.0.1:
 * - the app and a SMART-protected FHIR server (`startServer` with token checks; default port 4176),
 * - an oidc-provider authorization server set up for SMART App Launch (4177),
 * - the example portal that embeds the app and launches it (4178, allowlisted for postMessage) and the same page on
 *   an origin that may frame the app but is not on the postMessage allowlist (4179).
 * The app's `/twin-config.json` is generated here (client id, redirect URI, iss allowlist, embed origins).
 */
import type { Bundle, Patient } from '@medplum/fhirtypes'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startServer } from './main.ts'
import type { RunningServer } from './main.ts'
import { DEMO_USERS, startAuthServer } from './smart/authServer.ts'
import type { PickablePatient, RunningAuthServer } from './smart/authServer.ts'
import { startPortalServer } from './smart/portal.ts'
import type { RunningPortal } from './smart/portal.ts'
import { smartAuthorization } from './smart/resourceServer.ts'

/** The app's client id at the demo authorization server. */
export const DEMO_CLIENT_ID = 'health-record-twin'

/** Options of `startSmartDemo`; every field has a default. */
export interface SmartDemoOptions {
  readonly appPort?: number
  readonly authPort?: number
  /** The portal's allowlisted port. */
  readonly portalPort?: number
  /** The portal's second port: may frame the app, is not on the postMessage allowlist. */
  readonly unlistedPortalPort?: number
  /** The built app; default `dist`. */
  readonly staticDir?: string
  readonly fixtureGlobs?: readonly string[]
  /** Access-token lifetime in seconds (default 3600). */
  readonly accessTokenTtl?: number
}

/** The started SMART environment. */
export interface SmartDemo {
  readonly app: RunningServer
  readonly auth: RunningAuthServer
  readonly portal: RunningPortal
  readonly twinConfig: Readonly<Record<string, unknown>>
  close(): Promise<void>
}

function displayName(patient: Patient): string {
  const name = patient.name?.[0]
  const text = [name?.given?.join(' '), name?.family].filter((part) => part !== undefined && part !== '').join(' ')
  return text === '' ? (patient.id ?? 'Unnamed') : text.replace(/\d+/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * Starts the app + protected FHIR server, the authorization server and the portal.
 * @param options - ports, build directory and fixtures
 * @returns the running servers
 */
export async function startSmartDemo(options: SmartDemoOptions = {}): Promise<SmartDemo> {
  const host = '127.0.0.1'
  const appPort = options.appPort ?? 4176
  const appOrigin = `http://${host}:${String(appPort)}`
  const fhirBaseUrl = `${appOrigin}/fhir`
  const portalOrigin = `http://${host}:${String(options.portalPort ?? 4178)}`
  const unlistedOrigin = `http://${host}:${String(options.unlistedPortalPort ?? 4179)}`
  const redirectUri = `${appOrigin}/callback`

  let app: RunningServer | null = null
  const listPatients = async (): Promise<PickablePatient[]> => {
    if (app === null) return []
    const bundle: Bundle<Patient> = await app.fhir.repo.search({ resourceType: 'Patient', count: 1000 })
    return (bundle.entry ?? [])
      .flatMap((entry) => (entry.resource?.id === undefined ? [] : [entry.resource]))
      .map((patient) => ({ id: patient.id ?? '', name: displayName(patient) }))
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  const auth = await startAuthServer({
    port: options.authPort ?? 4177,
    fhirBaseUrl,
    clientId: DEMO_CLIENT_ID,
    redirectUris: [redirectUri],
    listPatients,
    ...(options.accessTokenTtl === undefined ? {} : { accessTokenTtl: options.accessTokenTtl }),
  })
  const twinConfig = {
    clientId: DEMO_CLIENT_ID,
    redirectUri,
    issAllowlist: [fhirBaseUrl],
    standaloneServers: [{ name: 'the demo record system', iss: fhirBaseUrl }],
    embedOrigins: [portalOrigin],
    openServerMode: false,
  }
  const running = await startServer({
    port: appPort,
    hostname: host,
    staticDir: options.staticDir ?? 'dist',
    ...(options.fixtureGlobs === undefined ? {} : { fixtureGlobs: options.fixtureGlobs }),
    smart: {
      authorize: smartAuthorization({ issuer: auth.issuer, audience: fhirBaseUrl, jwks: auth.jwks, basePath: '/fhir' }),
      configuration: auth.smartConfiguration,
    },
    frameAncestors: [portalOrigin, unlistedOrigin],
    twinConfig,
  })
  app = running
  const user = DEMO_USERS[0]
  if (user === undefined) throw new Error('no demo user')
  const portal = await startPortalServer({
    ports: [options.portalPort ?? 4178, options.unlistedPortalPort ?? 4179],
    hostname: host,
    dir: resolve('examples/portal'),
    appOrigin,
    authOrigin: auth.issuer,
    fhirBaseUrl,
    user,
    listPatients,
    createLaunch: (launchUser, context) => auth.createLaunch(launchUser, context),
  })
  return {
    app: running,
    auth,
    portal,
    twinConfig,
    close: async () => {
      await Promise.all([running.close(), auth.close(), portal.close()])
    },
  }
}

async function main(): Promise<void> {
  const env = process.env
  const demo = await startSmartDemo({ staticDir: env['STATIC_DIR'] ?? 'dist' })
  if (demo.app.staticDir === null) {
    process.stderr.write('No static app served; run `npm run build` first.\n')
  }
  process.stdout.write(
    [
      `SMART app + protected FHIR server: ${demo.app.url}  (FHIR base ${demo.app.fhirBaseUrl})`,
      `Authorization server (oidc-provider): ${demo.auth.issuer}/`,
      `Example portal (embeds the app, postMessage allowlisted): ${demo.portal.urls[0] ?? ''}`,
      `Same portal on an origin that is not on the postMessage allowlist: ${demo.portal.urls[1] ?? ''}`,
      '',
    ].join('\n'),
  )
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    demo.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  })
}
