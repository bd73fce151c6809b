import type { ProviderContext } from 'oidc-provider'
import type { AuthServerState } from './AuthServerState.ts'

/**
 * The provider middleware that puts the launch context into the token response (authorization_code and
 * refresh_token grants alike): `patient`, `need_patient_banner`, and `encounter` / `smart_style_url` when set.
 * @param contexts - The launch context of each grant, by grant id.
 * @returns The middleware.
 */
export function launchContextInTokens(
  contexts: AuthServerState['contexts'],
): (ctx: ProviderContext, next: () => Promise<void>) => Promise<void> {
  return async (ctx, next) => {
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
  }
}
