/** A patient the standalone picker offers. */
export interface PickablePatient {
  readonly id: string
  readonly name: string
}
