import type { Bundle } from '@medplum/fhirtypes'

/**
 * Sets every entry's `fullUrl` to the absolute `<base>/<Type>/<id>` of its resource.
 * @param bundle - The bundle; mutated.
 * @param base - The public FHIR base URL.
 */
export function absolutiseFullUrls(bundle: Bundle, base: string): void {
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource
    if (resource?.id !== undefined) {
      entry.fullUrl = `${base}/${resource.resourceType}/${resource.id}`
    }
  }
}
