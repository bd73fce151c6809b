/**
 * A real OAuth 2 / OpenID Connect server (oidc-provider 9) set up as a SMART App Launch authorization server for
 * the demo and e2e: one public client, PKCE S256 required, single-use codes (oidc-provider's own), JWT access tokens
 * for the FHIR base (the `aud` parameter), refresh tokens with `online_access`/`offline_access`, and the launch
 * context (`patient`, `encounter`, `need_patient_banner`, `smart_style_url`) in the token response.
 *
 * Sign-in: an EHR launch completes without a form, because the EHR session that created the launch id already
 * vouches for the user and the patient; a standalone launch shows a plain HTML sign-in and patient picker.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair } from 'jose'
import type { JSONWebKeySet } from 'jose'
import type { AuthServerState } from './AuthServerState.ts'
import { buildSmartConfiguration } from './buildSmartConfiguration.ts'
import { createBoundServer } from './createBoundServer.ts'
import { createSmartProvider } from './createSmartProvider.ts'
import { DEMO_USERS } from './demoUsers.ts'
import type { DemoUser } from './demoUsers.ts'
import { handleInteraction } from './handleInteraction.ts'
import type { LaunchContext } from './LaunchContext.ts'
import type { PickablePatient } from './PickablePatient.ts'
import { resourceScopes } from './resourceScopes.ts'
import { sendHtml } from './sendHtml.ts'

export { DEMO_USERS } from './demoUsers.ts'
export type { DemoUser } from './demoUsers.ts'
export type { LaunchContext } from './LaunchContext.ts'
export type { PickablePatient } from './PickablePatient.ts'

/** Options of `startAuthServer`. */
export interface AuthServerOptions {
  /** TCP port; 0 picks a free one. */
  readonly port: number
  /** Interface to bind; default 127.0.0.1. */
  readonly hostname?: string
  /** The FHIR base URL the tokens are for (the only accepted `aud`). */
  readonly fhirBaseUrl: string
  /** The app's public client id. */
  readonly clientId: string
  /** The app's exact redirect URIs. */
  readonly redirectUris: readonly string[]
  /** Patients offered by the standalone picker. */
  readonly listPatients: () => Promise<readonly PickablePatient[]>
  /** Access-token lifetime in seconds; default 3600. */
  readonly accessTokenTtl?: number
}

/** A started authorization server. */
export interface RunningAuthServer {
  /** The issuer URL, e.g. `http://127.0.0.1:4177` (no trailing slash). */
  readonly issuer: string
  /** The public signing keys, for the FHIR server's token check. */
  readonly jwks: JSONWebKeySet
  /** The SMART configuration document for the FHIR base. */
  readonly smartConfiguration: Readonly<Record<string, unknown>>
  /**
   * Registers an EHR launch (what the EHR does before opening the app) and returns its opaque, single-use id.
   * @param user - the signed-in EHR user
   * @param context - the patient (and encounter, banner need) in context
   */
  createLaunch(user: DemoUser, context: LaunchContext): string
  close(): Promise<void>
}

const LAUNCH_TTL_MS = 5 * 60_000

/**
 * Starts the authorization server on 127.0.0.1.
 * @param options - port, FHIR base, client registration and patient list
 * @returns the running server
 */
export async function startAuthServer(options: AuthServerOptions): Promise<RunningAuthServer> {
  const hostname = options.hostname ?? '127.0.0.1'
  const fhirBase = options.fhirBaseUrl.replace(/\/+$/, '')
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = randomBytes(8).toString('hex')
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  const users = new Map(DEMO_USERS.map((u) => [u.id, u]))
  const contexts: AuthServerState['contexts'] = new Map()
  const launches: AuthServerState['launches'] = new Map()
  const allowedResourceScopes = resourceScopes()

  // The port must be known before the issuer: bind first, then attach the handler.
  const server = await createBoundServer(options.port, hostname)
  const issuer = `http://${hostname}:${String((server.address() as AddressInfo).port)}`

  const provider = createSmartProvider({
    issuer,
    clientId: options.clientId,
    redirectUris: options.redirectUris,
    accessTokenTtl: options.accessTokenTtl,
    fhirBase,
    privateJwk,
    allowedResourceScopes,
    users,
    contexts,
  })
  const state: AuthServerState = {
    provider,
    fhirBase,
    users,
    contexts,
    launches,
    resourceScopeSet: new Set(allowedResourceScopes),
    listPatients: options.listPatients,
  }

  const callback = provider.callback()
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname
    const match = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(path)
    if (match?.[1] !== undefined) {
      handleInteraction(state, req, res, match[1]).catch(() => {
        if (!res.headersSent) {
          sendHtml(res, 400, 'Sign-in', '<p>The sign-in could not continue. Start again from the app.</p>')
        }
      })
      return
    }
    callback(req, res)
  })

  return {
    issuer,
    jwks: { keys: [publicJwk] },
    smartConfiguration: buildSmartConfiguration(issuer),
    createLaunch(user, context) {
      const id = randomBytes(16).toString('base64url')
      launches.set(id, { user, context, expires: Date.now() + LAUNCH_TTL_MS })
      return id
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve()
          else reject(error)
        })
        server.closeAllConnections()
      }),
  }
}
