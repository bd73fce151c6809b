import type { Context } from 'hono'
import { buildCapabilityStatement } from './buildCapabilityStatement.ts'
import type { FhirBackend } from './FhirBackend.ts'
import { publicBaseOf } from './publicBaseOf.ts'
import { FHIR_JSON } from './respond.ts'

/**
 * Creates the `GET <base>/metadata` handler: the CapabilityStatement, with SMART security when the backend is
 * protected, built once per public base and then served from the string.
 * @param backend - The server's base, public URL and SMART protection.
 * @returns The handler.
 */
export function createMetadataHandler(backend: FhirBackend): (c: Context) => Response {
  const capabilityCache = new Map<string, string>()
  return (c: Context): Response => {
    const base = publicBaseOf(backend, c)
    let cached = capabilityCache.get(base)
    if (cached === undefined) {
      // ≈ 0.9 MB: built once per public base, then served from the string.
      cached = JSON.stringify(
        backend.smart === undefined
          ? buildCapabilityStatement(base)
          : buildCapabilityStatement(base, {
              cors: true,
              service: [
                {
                  coding: [
                    { system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' },
                  ],
                },
              ],
              description: 'SMART App Launch: see .well-known/smart-configuration under this base.',
            }),
      )
      capabilityCache.set(base, cached)
    }
    return c.body(cached, 200, { 'Content-Type': FHIR_JSON })
  }
}
