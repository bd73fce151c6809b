import * as oauth from 'oauth4webapi'
import { SmartError } from './SmartError.ts'
import { authorizationServer } from './authorizationServer.ts'
import type { SmartClientOptions } from './beginLaunch.ts'
import { discover } from './discover.ts'
import { isIssAllowed } from './isIssAllowed.ts'
import { readPendingLaunch } from './pendingLaunch.ts'
import { requestOptions } from './requestOptions.ts'
import { startSession } from './session.ts'
import { exchangeFailureMessage } from './exchangeFailure.ts'
import { checkTokenResponse } from './checkTokenResponse.ts'

/** What a completed launch gives the app (no token: that stays here). */
export interface LaunchResult {
  readonly fhirBaseUrl: string
  readonly patientId: string
  readonly encounterId: string | null
  /** False only when the server says the host already shows the patient. */
  readonly needPatientBanner: boolean
  readonly smartStyleUrl: string | null
  readonly grantedScope: string
}

const STATE_MESSAGE = 'Sign-in could not be verified. Please launch the app again.'

/**
 * Finishes a launch on the redirect URL: the pending entry is read and removed first (single use), the state must
 * match, then the code is exchanged with the PKCE verifier. The caller strips `code` and `state` from the address
 * bar before awaiting this.
 * @param callbackUrl - the redirect URL as it arrived
 * @param client - client id, redirect URI and allowlist
 * @param storage - sessionStorage
 * @returns the launch context
 */
export async function completeLaunch(
  callbackUrl: URL,
  client: SmartClientOptions,
  storage: Storage = sessionStorage,
): Promise<LaunchResult> {
  const pending = readPendingLaunch(storage)
  const params = new URLSearchParams(callbackUrl.search)
  const state = params.get('state')
  if (pending === null || state === null || state !== pending.state) throw new SmartError('state', STATE_MESSAGE)
  if (params.has('error')) {
    throw new SmartError('denied', 'The record system did not allow the sign-in. You can launch the app again.')
  }
  if (!isIssAllowed(pending.iss, client.issAllowlist)) {
    throw new SmartError('not-allowed', 'This app is not set up to open records from that record system.')
  }
  const config = await discover(pending.iss, client.authorizationOrigins)
  const as = authorizationServer(config)
  const oauthClient: oauth.Client = { client_id: client.clientId }
  let token: oauth.TokenEndpointResponse
  try {
    const checked = oauth.validateAuthResponse(as, oauthClient, params, pending.state)
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      oauthClient,
      oauth.None(),
      checked,
      client.redirectUri,
      pending.codeVerifier,
      requestOptions(config),
    )
    token = await oauth.processAuthorizationCodeResponse(as, oauthClient, response)
  } catch (error) {
    throw new SmartError('exchange', exchangeFailureMessage(error))
  }
  checkTokenResponse(token)
  const patient = token['patient']
  if (typeof patient !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(patient)) {
    throw new SmartError('no-patient', 'The record system did not say whose record to open. Please launch again.')
  }
  const encounter = token['encounter']
  const style = token['smart_style_url']
  startSession(config, client.clientId, token)
  return {
    fhirBaseUrl: pending.iss,
    patientId: patient,
    encounterId: typeof encounter === 'string' ? encounter : null,
    needPatientBanner: token['need_patient_banner'] !== false,
    smartStyleUrl: typeof style === 'string' ? style : null,
    grantedScope: token.scope ?? '',
  }
}
