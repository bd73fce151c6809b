/** The OpenID Connect and SMART launch scopes the authorization server grants (besides resource scopes). */
export const OIDC_SCOPES = [
  'openid',
  'fhirUser',
  'launch',
  'launch/patient',
  'online_access',
  'offline_access',
] as const
