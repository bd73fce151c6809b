/**
 * The small part of oidc-provider 9.13 (which ships no types) that server/smart uses. Options are passed as a plain
 * object; the functions in it are typed where they are written.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  /** A pending sign-in: what the client asked for and which prompt is due. */
  export interface Interaction {
    readonly uid: string
    readonly params: Readonly<Record<string, unknown>>
    readonly prompt: { readonly name: string; readonly details: Readonly<Record<string, unknown>> }
  }

  /** A grant: the scopes an account gave a client. */
  export interface Grant {
    readonly jti: string
    addOIDCScope(scope: string): void
    addResourceScope(resource: string, scope: string): void
    save(): Promise<string>
  }

  export interface GrantConstructor {
    new (properties: { accountId: string; clientId: string }): Grant
    find(id: string): Promise<Grant | undefined>
  }

  /** The koa context oidc-provider passes to its middleware. */
  export interface ProviderContext {
    status: number
    body: unknown
    readonly oidc: { readonly route?: string; readonly entities: { readonly Grant?: Grant } } | undefined
  }

  export class Provider {
    constructor(issuer: string, configuration: Readonly<Record<string, unknown>>)
    readonly Grant: GrantConstructor
    callback(): (req: IncomingMessage, res: ServerResponse) => void
    use(middleware: (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>): void
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Readonly<Record<string, unknown>>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>
  }

  export const errors: {
    InvalidRequest: new (description: string) => Error
    InvalidTarget: new (description?: string) => Error
  }

  export default Provider
}
