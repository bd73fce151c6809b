/**
 * The clinical plan of the synthetic record (tools/syntheticRecord.ts): which conditions start at which age, the
 * medicines and procedures that go with them, the vital signs and laboratory tests with their LOINC codes and UCUM
 * units, and the vaccines. Written by the project for the bench (issue 15); plausible adult primary-care history,
 * not a real person. Every SNOMED CT condition code is a row of src/anatomy/tables/snomedConditions.ts, every
 * procedure code a row of src/anatomy/tables/procedureCodes.ts, and the risk-factor LOINC codes are those of
 * src/anatomy/tables/riskFactors.ts (checked by tools/syntheticRecord.test.ts). Codes are identifiers only.
 */

/** A coded medicine (RxNorm). */
export type Medicine = readonly [rxnorm: string, display: string]

/** One condition episode of the plan. */
export interface PlannedCondition {
  readonly code: string
  readonly display: string
  /** Age in years at onset. */
  readonly age: number
  /** Days until it resolved; null = still active. */
  readonly resolvedAfterDays: number | null
  readonly medicine?: Medicine
  /** Procedures done at the diagnosing visit: SNOMED code and display. */
  readonly procedures?: readonly (readonly [string, string])[]
}

const AMOXICILLIN: Medicine = ['308182', 'Amoxicillin 250 MG Oral Capsule']
const IBUPROFEN: Medicine = ['197806', 'Ibuprofen 200 MG Oral Tablet']

/** The conditions in order of onset age (42 episodes). */
// prettier-ignore
export const CONDITION_PLAN: readonly PlannedCondition[] = [
  { code: '444814009', display: 'Viral sinusitis (disorder)', age: 19, resolvedAfterDays: 14 },
  { code: '43878008', display: 'Streptococcal sore throat (disorder)', age: 20, resolvedAfterDays: 10, medicine: AMOXICILLIN, procedures: [['117015009', 'Throat culture (procedure)']] },
  { code: '195967001', display: 'Asthma (disorder)', age: 21, resolvedAfterDays: null, medicine: ['745679', '200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler'], procedures: [['171231001', 'Asthma screening (procedure)']] },
  { code: '65363002', display: 'Otitis media (disorder)', age: 22, resolvedAfterDays: 12, medicine: AMOXICILLIN },
  { code: '62106007', display: 'Concussion with no loss of consciousness (disorder)', age: 23, resolvedAfterDays: 30 },
  { code: '10509002', display: 'Acute bronchitis (disorder)', age: 24, resolvedAfterDays: 21 },
  { code: '44465007', display: 'Sprain of ankle (disorder)', age: 26, resolvedAfterDays: 28, medicine: IBUPROFEN },
  { code: '444814009', display: 'Viral sinusitis (disorder)', age: 27, resolvedAfterDays: 14 },
  { code: '65966004', display: 'Fracture of forearm (disorder)', age: 29, resolvedAfterDays: 56, medicine: IBUPROFEN },
  { code: '74400008', display: 'Appendicitis (disorder)', age: 30, resolvedAfterDays: 21, procedures: [['80146002', 'Excision of appendix (procedure)']] },
  { code: '283371005', display: 'Laceration of forearm (disorder)', age: 31, resolvedAfterDays: 14 },
  { code: '43878008', display: 'Streptococcal sore throat (disorder)', age: 33, resolvedAfterDays: 10, medicine: AMOXICILLIN, procedures: [['117015009', 'Throat culture (procedure)']] },
  { code: '40055000', display: 'Chronic sinusitis (disorder)', age: 34, resolvedAfterDays: null },
  { code: '70704007', display: 'Sprain of wrist (disorder)', age: 35, resolvedAfterDays: 21 },
  { code: '370143000', display: 'Major depressive disorder (disorder)', age: 36, resolvedAfterDays: 1100, medicine: ['312940', 'Sertraline 50 MG Oral Tablet'], procedures: [['171207006', 'Depression screening (procedure)']] },
  { code: '40275004', display: 'Contact dermatitis (disorder)', age: 37, resolvedAfterDays: 20 },
  { code: '10509002', display: 'Acute bronchitis (disorder)', age: 38, resolvedAfterDays: 21 },
  { code: '403190006', display: 'Epidermal burn of skin (disorder)', age: 39, resolvedAfterDays: 14 },
  { code: '162864005', display: 'Body mass index 30+ - obesity (finding)', age: 40, resolvedAfterDays: null },
  { code: '444814009', display: 'Viral sinusitis (disorder)', age: 41, resolvedAfterDays: 14 },
  { code: '15777000', display: 'Prediabetes', age: 42, resolvedAfterDays: 2190 },
  { code: '235595009', display: 'Gastroesophageal reflux disease (disorder)', age: 43, resolvedAfterDays: null, medicine: ['200329', 'Omeprazole 20 MG Delayed Release Oral Capsule'] },
  { code: '284551006', display: 'Laceration of foot (disorder)', age: 44, resolvedAfterDays: 14 },
  { code: '59621000', display: 'Essential hypertension (disorder)', age: 45, resolvedAfterDays: null, medicine: ['314076', 'lisinopril 10 MG Oral Tablet'] },
  { code: '55822004', display: 'Hyperlipidemia (disorder)', age: 46, resolvedAfterDays: null, medicine: ['312961', 'Simvastatin 20 MG Oral Tablet'] },
  { code: '44465007', display: 'Sprain of ankle (disorder)', age: 47, resolvedAfterDays: 28, medicine: IBUPROFEN },
  { code: '44054006', display: 'Diabetes mellitus type 2 (disorder)', age: 48, resolvedAfterDays: null, medicine: ['860975', '24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet'] },
  { code: '68496003', display: 'Polyp of colon (disorder)', age: 50, resolvedAfterDays: 30, procedures: [['73761001', 'Colonoscopy (procedure)']] },
  { code: '75498004', display: 'Acute bacterial sinusitis (disorder)', age: 50, resolvedAfterDays: 14, medicine: AMOXICILLIN },
  { code: '239873007', display: 'Osteoarthritis of knee (disorder)', age: 52, resolvedAfterDays: null, medicine: ['313782', 'Acetaminophen 325 MG Oral Tablet'] },
  { code: '90560007', display: 'Gout', age: 54, resolvedAfterDays: null },
  { code: '444814009', display: 'Viral sinusitis (disorder)', age: 55, resolvedAfterDays: 14 },
  { code: '431855005', display: 'Chronic kidney disease stage 1 (disorder)', age: 56, resolvedAfterDays: 1460 },
  { code: '271737000', display: 'Anemia (disorder)', age: 58, resolvedAfterDays: null },
  { code: '431856006', display: 'Chronic kidney disease stage 2 (disorder)', age: 60, resolvedAfterDays: 1825 },
  { code: '53741008', display: 'Coronary Heart Disease', age: 60, resolvedAfterDays: null },
  { code: '10509002', display: 'Acute bronchitis (disorder)', age: 61, resolvedAfterDays: 21 },
  { code: '22298006', display: 'Myocardial infarction (disorder)', age: 62, resolvedAfterDays: 60, medicine: ['309362', 'Clopidogrel 75 MG Oral Tablet'], procedures: [['415070008', 'Percutaneous coronary intervention (procedure)'], ['36969009', 'Placement of stent in coronary artery (procedure)']] },
  { code: '399211009', display: 'History of myocardial infarction (situation)', age: 62, resolvedAfterDays: null },
  { code: '233604007', display: 'Pneumonia (disorder)', age: 63, resolvedAfterDays: 28, medicine: AMOXICILLIN },
  { code: '49436004', display: 'Atrial fibrillation (disorder)', age: 64, resolvedAfterDays: null, medicine: ['855332', 'Warfarin Sodium 5 MG Oral Tablet'], procedures: [['180325003', 'Direct current cardioversion (procedure)']] },
  { code: '433144002', display: 'Chronic kidney disease stage 3 (disorder)', age: 65, resolvedAfterDays: null },
]

/** A numeric Observation: LOINC code, display, UCUM unit, and its value at age 20 and age 70 (straight line). */
export type Measure = readonly [
  loinc: string,
  display: string,
  unit: string,
  at20: number,
  at70: number,
  spread: number,
]

/** Vital signs taken at every visit (blood pressure is a panel with two components, added separately). */
// prettier-ignore
export const VITALS: readonly Measure[] = [
  ['29463-7', 'Body Weight', 'kg', 72, 94, 1.5],
  ['39156-5', 'Body mass index (BMI) [Ratio]', 'kg/m2', 23.5, 30.7, 0.5],
  ['8867-4', 'Heart rate', '/min', 68, 76, 8],
  ['9279-1', 'Respiratory rate', '/min', 14, 16, 2],
]

/** Blood pressure: panel code, then systolic and diastolic components. */
export const BP_PANEL = ['85354-9', 'Blood pressure panel with all children optional'] as const
// prettier-ignore
export const BP_PARTS: readonly Measure[] = [
  ['8480-6', 'Systolic Blood Pressure', 'mm[Hg]', 116, 142, 6],
  ['8462-4', 'Diastolic Blood Pressure', 'mm[Hg]', 74, 86, 4],
]

/** Laboratory panels: DiagnosticReport code and display, then the results. */
export interface LabPanel {
  readonly code: string
  readonly display: string
  readonly results: readonly Measure[]
}

// prettier-ignore
export const LIPID_PANEL: LabPanel = {
  code: '57698-3', display: 'Lipid panel with direct LDL - Serum or Plasma', results: [
    ['2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'mg/dL', 175, 225, 12],
    ['18262-6', 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay', 'mg/dL', 100, 140, 10],
    ['2085-9', 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', 'mg/dL', 58, 44, 5],
    ['2571-8', 'Triglycerides', 'mg/dL', 110, 180, 20],
  ],
}

// prettier-ignore
export const METABOLIC_PANEL: LabPanel = {
  code: '51990-0', display: 'Basic metabolic panel - Blood', results: [
    ['2339-0', 'Glucose [Mass/volume] in Blood', 'mg/dL', 86, 138, 8],
    ['2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'mg/dL', 0.9, 1.6, 0.1],
    ['33914-3', 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (MDRD)', 'mL/min/{1.73_m2}', 105, 52, 4],
    ['4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '%', 5.2, 7.3, 0.2],
  ],
}

/** Questionnaire totals recorded at each yearly check-up. */
// prettier-ignore
export const SCREENINGS: readonly Measure[] = [
  ['44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]', '{score}', 3, 2, 2],
  ['70274-6', 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]', '{score}', 2, 2, 2],
]

/** Smoking status (LOINC 72166-2) values: former smoker until 40, then never changes. */
export const SMOKING = ['72166-2', 'Tobacco smoking status'] as const

/** Vaccines (CVX): the yearly influenza vaccine, and the others by age. */
export const FLU: Medicine = ['140', 'Influenza, seasonal, injectable, preservative free']
// prettier-ignore
export const VACCINES_BY_AGE: readonly (readonly [age: number, cvx: string, display: string])[] = [
  [25, '113', 'Td (adult) preservative free'], [35, '113', 'Td (adult) preservative free'],
  [45, '115', 'Tdap'], [55, '113', 'Td (adult) preservative free'], [60, '187', 'zoster vaccine recombinant'],
  [65, '133', 'Pneumococcal conjugate PCV 13'], [65, '113', 'Td (adult) preservative free'],
]

/** Procedures of every yearly check-up. */
// prettier-ignore
export const CHECKUP_PROCEDURES: readonly (readonly [string, string])[] = [
  ['430193006', 'Medication reconciliation (procedure)'],
  ['710824005', 'Assessment of health and social care needs (procedure)'],
]
