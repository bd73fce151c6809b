/**
 * True when a discovered authorization or token endpoint may be used (docs/reliability.md A13): on the FHIR base's
 * own host (any port), or on an origin the deployment lists by name (`authorizationOrigins` in twin-config.json).
 * A discovery document cannot send the sign-in, or the code and verifier, to a host nobody configured.
 * @param endpoint - the parsed endpoint URL
 * @param iss - the FHIR base it was discovered from
 * @param allowedOrigins - exact origins configured for sign-in
 */
export function isEndpointAllowed(endpoint: URL, iss: URL, allowedOrigins: readonly string[]): boolean {
  return endpoint.hostname === iss.hostname || allowedOrigins.includes(endpoint.origin)
}
