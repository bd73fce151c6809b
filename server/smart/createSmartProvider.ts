import { randomBytes } from 'node:crypto'
import type { JWK } from 'jose'
import Provider, { errors } from 'oidc-provider'
import type { Interaction } from 'oidc-provider'
import type { AuthServerState } from './AuthServerState.ts'
import type { DemoUser } from './demoUsers.ts'
import { launchContextInTokens } from './launchContextInTokens.ts'
import { OIDC_SCOPES } from './oidcScopes.ts'

/** What `createSmartProvider` configures. */
export interface SmartProviderSettings {
  /** The issuer URL (no trailing slash). */
  readonly issuer: string
  /** The app's public client id. */
  readonly clientId: string
  /** The app's exact redirect URIs. */
  readonly redirectUris: readonly string[]
  /** Access-token lifetime in seconds; default 3600. */
  readonly accessTokenTtl?: number | undefined
  /** The FHIR base URL the tokens are for (the only accepted `aud`), without a trailing slash. */
  readonly fhirBase: string
  /** The signing key. */
  readonly privateJwk: JWK
  /** Every resource scope the FHIR server understands. */
  readonly allowedResourceScopes: readonly string[]
  /** The demo users by id. */
  readonly users: ReadonlyMap<string, DemoUser>
  /** The launch context of each grant, by grant id. */
  readonly contexts: AuthServerState['contexts']
}

interface TokenLike {
  readonly grantId?: string
}
interface ClientLike {
  grantTypeAllowed(type: string): boolean
}
interface ScopedLike {
  readonly scopes: ReadonlySet<string>
}
/** What oidc-provider's loadExistingGrant sees: the interaction's result and the provider. */
interface GrantLoadContext {
  readonly oidc: {
    readonly result?: { readonly consent?: { readonly grantId?: string } }
    readonly provider: Provider
  }
}

/**
 * Creates the oidc-provider set up for SMART App Launch: one public client, PKCE required, `aud` checked against
 * the FHIR base, JWT access tokens for it, refresh tokens with `online_access`/`offline_access`, the patient and
 * fhirUser in the token claims, CORS for the app's origins, and the launch context in token responses.
 * @param options - Issuer, client registration, FHIR base, key, scopes and state.
 * @returns The provider; its `callback()` serves every route but the interaction.
 */
export function createSmartProvider(options: SmartProviderSettings): Provider {
  const { issuer, fhirBase, privateJwk, allowedResourceScopes, users, contexts } = options
  const appOrigins = new Set(options.redirectUris.map((uri) => new URL(uri).origin))
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
    // Every authorization goes through the interaction and gets a grant of its own: reusing the session's earlier
    // grant would hand a second launch the first launch's patient (docs/reliability.md A17).
    loadExistingGrant: (ctx: GrantLoadContext) => {
      const grantId = ctx.oidc.result?.consent?.grantId
      return grantId === undefined ? undefined : ctx.oidc.provider.Grant.find(grantId)
    },
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

  provider.use(launchContextInTokens(contexts))
  return provider
}
