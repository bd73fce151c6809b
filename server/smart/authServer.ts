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
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair } from 'jose'
import type { JSONWebKeySet } from 'jose'
import Provider, { errors } from 'oidc-provider'
import type { Interaction } from 'oidc-provider'
import { getPatientCompartment } from '../definitions.ts'

/** The context an EHR (or the standalone patient picker) establishes for one launch. */
export interface LaunchContext {
  readonly patient: string
  readonly encounter?: string
  /** False when the host page already shows the patient (the embedding portal). */
  readonly needPatientBanner: boolean
  readonly smartStyleUrl?: string
}

/** A demo user of the authorization server. */
export interface DemoUser {
  readonly id: string
  readonly name: string
  /** Relative FHIR reference of the user, e.g. `Practitioner/demo-clinician`. */
  readonly fhirUser: string
}

/** The demo's users. */
export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'demo-clinician', name: 'Demo Clinician', fhirUser: 'Practitioner/demo-clinician' },
]

/** A patient the standalone picker offers. */
export interface PickablePatient {
  readonly id: string
  readonly name: string
}

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
const OIDC_SCOPES = ['openid', 'fhirUser', 'launch', 'launch/patient', 'online_access', 'offline_access'] as const

/** Every patient-level read/search scope the FHIR server understands, v2 and v1 spellings. */
function resourceScopes(): string[] {
  const types = ['*', 'Patient', ...getPatientCompartment().keys(), 'Medication', 'Practitioner', 'Organization']
  return [...new Set(types)].flatMap((type) => ['rs', 'r', 's', 'read'].map((p) => `patient/${type}.${p}`))
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${String(ch.codePointAt(0))};`)
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
      if (body.length > 16_384) reject(new Error('form too large'))
    })
    req.on('end', () => {
      resolve(new URLSearchParams(body))
    })
    req.on('error', reject)
  })
}

function sendHtml(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // No scripts at all; a sign-in page is never framed (clickjacking).
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  })
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}' +
      'label{display:block;margin:1rem 0 .25rem}select,button{font:inherit;padding:.4rem}</style></head>' +
      `<body>${body}</body></html>`,
  )
}

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
  const contexts = new Map<string, LaunchContext & { fhirUser: string }>()
  const launches = new Map<string, { user: DemoUser; context: LaunchContext; expires: number }>()
  const appOrigins = new Set(options.redirectUris.map((uri) => new URL(uri).origin))
  const allowedResourceScopes = resourceScopes()
  const resourceScopeSet = new Set(allowedResourceScopes)

  // The port must be known before the issuer: bind first, then attach the handler.
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, hostname, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const issuer = `http://${hostname}:${String((server.address() as AddressInfo).port)}`

  interface TokenLike {
    readonly grantId?: string
  }
  interface ClientLike {
    grantTypeAllowed(type: string): boolean
  }
  interface ScopedLike {
    readonly scopes: ReadonlySet<string>
  }

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        redirect_uris: [...options.redirectUris],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [privateJwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: [...OIDC_SCOPES],
    claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
    // SMART's aud must name this FHIR server; launch is read back in the interaction.
    extraParams: {
      aud: (_ctx: unknown, value: unknown) => {
        if (typeof value !== 'string' || value.replace(/\/+$/, '') !== fhirBase) {
          throw new errors.InvalidRequest('aud must be the FHIR base URL this server issues tokens for')
        }
      },
      launch: null,
    },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => fhirBase,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== fhirBase) throw new errors.InvalidTarget()
          return {
            scope: allowedResourceScopes.join(' '),
            audience: fhirBase,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtl ?? 3600,
            jwt: { sign: { alg: 'RS256' } },
          }
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, id: string) => {
      const user = users.get(id)
      if (user === undefined) return undefined
      return { accountId: id, claims: () => ({ sub: id, fhirUser: `${fhirBase}/${user.fhirUser}` }) }
    },
    issueRefreshToken: (_ctx: unknown, client: ClientLike, code: ScopedLike) =>
      client.grantTypeAllowed('refresh_token') &&
      (code.scopes.has('online_access') || code.scopes.has('offline_access')),
    extraTokenClaims: (_ctx: unknown, token: TokenLike) => {
      const context = token.grantId === undefined ? undefined : contexts.get(token.grantId)
      return context === undefined ? undefined : { patient: context.patient, fhirUser: context.fhirUser }
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => appOrigins.has(origin),
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, IdToken: 3600 },
    renderError: (ctx: { type: string; body: string }, out: { error: string; error_description?: string }) => {
      ctx.type = 'text/plain; charset=utf-8'
      ctx.body = `Sign-in error: ${out.error}${out.error_description === undefined ? '' : ` (${out.error_description})`}`
    },
  })

  // The launch context goes into the token response (authorization_code and refresh_token grants alike).
  provider.use(async (ctx, next) => {
    await next()
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200) return
    const grant = ctx.oidc.entities.Grant
    const context = grant === undefined ? undefined : contexts.get(grant.jti)
    if (context === undefined || typeof ctx.body !== 'object' || ctx.body === null) return
    ctx.body = {
      ...(ctx.body as Record<string, unknown>),
      patient: context.patient,
      need_patient_banner: context.needPatientBanner,
      ...(context.encounter === undefined ? {} : { encounter: context.encounter }),
      ...(context.smartStyleUrl === undefined ? {} : { smart_style_url: context.smartStyleUrl }),
    }
  })

  const finish = async (
    req: IncomingMessage,
    res: ServerResponse,
    details: Interaction,
    user: DemoUser,
    context: LaunchContext,
  ): Promise<void> => {
    const rawScope = details.params['scope']
    const requested = typeof rawScope === 'string' ? rawScope.split(' ') : []
    const oidc = requested.filter((s) => (OIDC_SCOPES as readonly string[]).includes(s))
    const resource = requested.filter((s) => resourceScopeSet.has(s))
    const grant = new provider.Grant({ accountId: user.id, clientId: String(details.params['client_id']) })
    grant.addOIDCScope(oidc.join(' '))
    if (resource.length > 0) grant.addResourceScope(fhirBase, resource.join(' '))
    const grantId = await grant.save()
    contexts.set(grantId, { ...context, fhirUser: `${fhirBase}/${user.fhirUser}` })
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.id }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    )
  }

  const deny = (req: IncomingMessage, res: ServerResponse, description: string): Promise<void> =>
    provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: description },
      { mergeWithLastSubmission: false },
    )

  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> => {
    const details = await provider.interactionDetails(req, res)
    if (details.uid !== uid) {
      sendHtml(res, 400, 'Sign-in', '<p>This sign-in page does not belong to the current sign-in.</p>')
      return
    }
    const launch = details.params['launch']
    if (typeof launch === 'string') {
      const pending = launches.get(launch)
      launches.delete(launch)
      if (pending === undefined || pending.expires < Date.now()) {
        await deny(req, res, 'The launch is unknown or has expired.')
        return
      }
      await finish(req, res, details, pending.user, pending.context)
      return
    }
    const patients = await options.listPatients()
    if (req.method === 'POST') {
      const form = await readForm(req)
      if (form.get('action') === 'deny') {
        await deny(req, res, 'The user declined.')
        return
      }
      const user = users.get(form.get('user') ?? '')
      const patient = patients.find((p) => p.id === form.get('patient'))
      if (user === undefined || patient === undefined) {
        sendHtml(res, 400, 'Sign-in', '<p>Choose a user and a patient.</p>')
        return
      }
      await finish(req, res, details, user, { patient: patient.id, needPatientBanner: true })
      return
    }
    const userOptions = DEMO_USERS.map((u) => `<option value="${escapeHtml(u.id)}">${escapeHtml(u.name)}</option>`)
    const patientOptions = patients.map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.name)}</option>`)
    sendHtml(
      res,
      200,
      'Sign in to the demo record system',
      '<h1>Demo record system</h1><p>Sign in and choose whose record the app may read. (Demo users have no password.)</p>' +
        `<form method="post" action="/interaction/${escapeHtml(uid)}">` +
        `<label for="user">User</label><select id="user" name="user">${userOptions.join('')}</select>` +
        `<label for="patient">Patient</label><select id="patient" name="patient">${patientOptions.join('')}</select>` +
        '<p><button type="submit" name="action" value="allow">Allow and continue</button> ' +
        '<button type="submit" name="action" value="deny">Cancel</button></p></form>',
    )
  }

  const callback = provider.callback()
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname
    const match = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(path)
    if (match?.[1] !== undefined) {
      interaction(req, res, match[1]).catch(() => {
        if (!res.headersSent) {
          sendHtml(res, 400, 'Sign-in', '<p>The sign-in could not continue. Start again from the app.</p>')
        }
      })
      return
    }
    callback(req, res)
  })

  const smartConfiguration = {
    issuer,
    jwks_uri: `${issuer}/jwks`,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    token_endpoint_auth_methods_supported: ['none'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    scopes_supported: [...OIDC_SCOPES, 'patient/*.rs'],
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'client-public',
      'context-banner',
      'context-style',
      'context-ehr-patient',
      'context-ehr-encounter',
      'context-standalone-patient',
      'permission-patient',
      'permission-v2',
      'permission-v1',
      'permission-online',
      'permission-offline',
      'sso-openid-connect',
    ],
  }

  return {
    issuer,
    jwks: { keys: [publicJwk] },
    smartConfiguration,
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
