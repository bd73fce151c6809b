import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Provider } from 'oidc-provider'

/**
 * Ends a sign-in with `access_denied`; the provider redirects to the app with the error.
 * @param provider - The provider.
 * @param req - The interaction request.
 * @param res - The interaction response.
 * @param description - The `error_description`.
 * @returns When the redirect is sent.
 */
export function denyInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  description: string,
): Promise<void> {
  return provider.interactionFinished(
    req,
    res,
    { error: 'access_denied', error_description: description },
    { mergeWithLastSubmission: false },
  )
}
