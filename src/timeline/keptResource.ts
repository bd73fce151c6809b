import type { JsonObject } from './read.ts'

/** A resource kept after validation and de-duplication, with the identity every later step reads. */
export interface KeptResource {
  readonly resource: JsonObject
  readonly resourceType: string
  readonly id: string
  /** `Type/id`. */
  readonly reference: string
}
