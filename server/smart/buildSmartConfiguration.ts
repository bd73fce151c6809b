import { OIDC_SCOPES } from './oidcScopes.ts'

/**
 * The SMART configuration document (`.well-known/smart-configuration`) of the authorization server: its endpoints,
 * public client with PKCE S256, the scopes and the SMART capabilities it supports.
 * @param issuer - The issuer URL (no trailing slash).
 * @returns The document.
 */
export function buildSmartConfiguration(issuer: string): Readonly<Record<string, unknown>> {
  return {
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
}
