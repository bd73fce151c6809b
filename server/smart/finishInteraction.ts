import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Interaction } from 'oidc-provider'
import type { AuthServerState } from './AuthServerState.ts'
import type { DemoUser } from './demoUsers.ts'
import type { LaunchContext } from './LaunchContext.ts'
import { OIDC_SCOPES } from './oidcScopes.ts'

/**
 * Completes a sign-in: grants the requested OIDC scopes and the requested resource scopes the server knows,
 * records the launch context of the grant, and lets the provider continue to the redirect.
 * @param state - The provider, FHIR base, scopes and grant contexts.
 * @param req - The interaction request.
 * @param res - The interaction response.
 * @param details - The pending interaction.
 * @param user - The signed-in user.
 * @param context - The patient (and encounter, banner need) in context.
 */
export async function finishInteraction(
  state: AuthServerState,
  req: IncomingMessage,
  res: ServerResponse,
  details: Interaction,
  user: DemoUser,
  context: LaunchContext,
): Promise<void> {
  const { provider, fhirBase, contexts, resourceScopeSet } = state
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
