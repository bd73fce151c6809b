/** The public surface of src/fhir, the I/O layer: the only way the rest of the app reaches FHIR servers (lint-enforced). */
export { FhirError, toFhirError, operationOutcomeText } from './errors.ts'
export type { FhirErrorKind } from './errors.ts'
export { isResource, isBundle, bundleContents, nextLink } from './narrow.ts'
export { loadPatientRecord, listPatients, readCapabilities, isUnderBase } from './loadRecord.ts'
export type { LoadProgress, LoadedRecord, TypeOutcome, LoadOptions, ServerOptions } from './loadRecord.ts'
// The record types are owned by src/timeline (one list for loading, normalising and SMART scopes).
export { RECORD_TYPES, type RecordType } from '../timeline/recordTypes.ts'
export { readBundleFile, readBundleText, MAX_FILE_BYTES } from './readBundleFile.ts'
export type { BundleFileRecord } from './readBundleFile.ts'
// SMART App Launch (src/fhir/smart/): the launch, the callback and the in-memory session.
export { SmartError, type SmartErrorKind } from './smart/SmartError.ts'
export { beginLaunch, type SmartClientOptions } from './smart/beginLaunch.ts'
export { completeLaunch, type LaunchResult } from './smart/completeLaunch.ts'
export { endSession, getAccessToken, refreshAfterUnauthorized } from './smart/session.ts'
// SMART Health Links (src/fhir/shl/): open a shlink:/ link, fetch its manifest, decrypt its files (jose).
export { ShlError, type ShlErrorKind } from './shl/ShlError.ts'
export type { HealthLinkRecord, HealthLinkOptions } from './shl/readHealthLink.ts'
// The reader and jose load on first use (their own chunk, out of the first load).
export { readHealthLink } from './shl/readHealthLinkOnDemand.ts'
