/**
 * Resource types that support the record but are not clinical events themselves. They are used for lookups
 * (Medication codes) or ignored silently so the hidden list is not flooded by billing and provenance entries;
 * any type in neither this list nor the modelled clinical types is hidden as 'unsupported-type'.
 */
export const SUPPORTING_TYPES: ReadonlySet<string> = new Set([
  'Organization',
  'Practitioner',
  'PractitionerRole',
  'Location',
  'Medication',
  'Provenance',
  'Device',
  'Claim',
  'ExplanationOfBenefit',
  'DocumentReference',
  'ImagingStudy',
  'SupplyDelivery',
  'Coverage',
  'CareTeam',
  'Goal',
  'ServiceRequest',
  'QuestionnaireResponse',
])
