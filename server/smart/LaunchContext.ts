/** The context an EHR (or the standalone patient picker) establishes for one launch. */
export interface LaunchContext {
  readonly patient: string
  readonly encounter?: string
  /** False when the host page already shows the patient (the embedding portal). */
  readonly needPatientBanner: boolean
  readonly smartStyleUrl?: string
}
