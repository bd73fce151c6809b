/**
 * Recorded risk-factor observations (LOINC) and the static, cited guideline tables that may be shown next to them.
 *
 * Source: shared/reference/mapping/loinc-risk-factors.tsv (LOINC codes and units; guideline bands transcribed from
 * the cited guidelines), reviewed by the project. The draft's "category for this number" wording is NOT used:
 * the app never sorts the person's value into a band (docs/reliability.md §1.4 note, D6). A guideline is offered only
 * as the whole static table with its citation, never as a label about the person.
 * Licence: LOINC codes under the LOINC licence (notice in licences.ts); guideline thresholds are facts cited by
 * name and year, guideline prose not copied. Review status: project-reviewed, not clinician-reviewed.
 */
import type { PlaceId } from '../types.ts'

/** One risk factor: id, label, LOINC codes, the places it concerns, whether it is a life-and-context fact. */
export interface RiskFactorDef {
  readonly factor: string
  readonly label: string
  readonly loinc: readonly string[]
  readonly places: readonly PlaceId[]
  readonly context: boolean
  readonly guideline: string | null
}

/** The risk factors read from Observations (and from blood-pressure panel components). */
export const RISK_FACTORS: readonly RiskFactorDef[] = [
  {
    factor: 'smoking_status',
    label: 'Tobacco smoking status',
    loinc: ['72166-2'],
    places: ['lung_left', 'lung_right'],
    context: true,
    guideline: null,
  },
  {
    factor: 'bmi',
    label: 'Body mass index (BMI)',
    loinc: ['39156-5'],
    places: ['whole_body'],
    context: false,
    guideline: 'who-bmi-adult',
  },
  {
    factor: 'bmi_percentile',
    label: 'BMI-for-age percentile',
    loinc: ['59576-9'],
    places: ['whole_body'],
    context: false,
    guideline: 'cdc-bmi-for-age',
  },
  {
    factor: 'systolic_bp',
    label: 'Systolic blood pressure',
    loinc: ['8480-6'],
    places: ['aorta', 'heart'],
    context: false,
    guideline: 'acc-aha-2017-bp',
  },
  {
    factor: 'diastolic_bp',
    label: 'Diastolic blood pressure',
    loinc: ['8462-4'],
    places: ['aorta', 'heart'],
    context: false,
    guideline: 'acc-aha-2017-bp',
  },
  {
    factor: 'total_cholesterol',
    label: 'Total cholesterol',
    loinc: ['2093-3'],
    places: ['aorta', 'heart'],
    context: false,
    guideline: 'ncep-atp3-lipids',
  },
  {
    factor: 'ldl_cholesterol',
    label: 'LDL cholesterol',
    loinc: ['18262-6', '13457-7'],
    places: ['aorta', 'heart'],
    context: false,
    guideline: 'ncep-atp3-lipids',
  },
  {
    factor: 'hdl_cholesterol',
    label: 'HDL cholesterol',
    loinc: ['2085-9'],
    places: ['aorta', 'heart'],
    context: false,
    guideline: 'ncep-atp3-lipids',
  },
  {
    factor: 'triglycerides',
    label: 'Triglycerides',
    loinc: ['2571-8'],
    places: ['aorta', 'heart'],
    context: false,
    guideline: 'ncep-atp3-lipids',
  },
  {
    factor: 'hba1c',
    label: 'Haemoglobin A1c (HbA1c)',
    loinc: ['4548-4'],
    places: ['pancreas'],
    context: false,
    guideline: 'ada-2025-glycaemia',
  },
  {
    factor: 'glucose',
    label: 'Glucose',
    loinc: ['2339-0', '2345-7'],
    places: ['pancreas'],
    context: false,
    guideline: 'ada-2025-glycaemia',
  },
  {
    factor: 'egfr',
    label: 'Estimated glomerular filtration rate (eGFR)',
    loinc: ['33914-3', '62238-1', '98979-8', '69405-9'],
    places: ['kidney_left', 'kidney_right'],
    context: false,
    guideline: 'kdigo-2012-gfr',
  },
  {
    factor: 'creatinine',
    label: 'Creatinine',
    loinc: ['2160-0', '38483-4'],
    places: ['kidney_left', 'kidney_right'],
    context: false,
    guideline: null,
  },
  {
    factor: 'urine_acr',
    label: 'Urine albumin/creatinine ratio',
    loinc: ['14959-1', '9318-7'],
    places: ['kidney_left', 'kidney_right'],
    context: false,
    guideline: 'kdigo-2012-albuminuria',
  },
  {
    factor: 'audit_c',
    label: 'AUDIT-C alcohol questionnaire total',
    loinc: ['75626-2'],
    places: ['liver'],
    context: true,
    guideline: 'audit-c',
  },
  {
    factor: 'phq9',
    label: 'PHQ-9 questionnaire total',
    loinc: ['44261-6'],
    places: ['mind'],
    context: false,
    guideline: 'phq-9',
  },
  {
    factor: 'gad7',
    label: 'GAD-7 questionnaire total',
    loinc: ['70274-6'],
    places: ['mind'],
    context: false,
    guideline: 'gad-7',
  },
]

/** Blood-pressure panel codes whose components carry systolic and diastolic values. */
export const BP_PANELS: readonly string[] = ['85354-9', '55284-4']

/** One row of a static guideline table: the range as written by the guideline and its own label for the range. */
export interface GuidelineRow {
  readonly range: string
  readonly label: string
}

/** A static, cited guideline table: shown whole, never applied to the person's value. */
export interface Guideline {
  readonly id: string
  readonly title: string
  readonly citation: string
  readonly appliesTo: string
  readonly rows: readonly GuidelineRow[]
}

/** The guideline tables (quoted band labels are the guideline's own terms). */
export const GUIDELINES: readonly Guideline[] = [
  {
    id: 'who-bmi-adult',
    title: 'WHO adult BMI classification (kg/m2)',
    citation:
      'World Health Organization. Obesity: preventing and managing the global epidemic. WHO Technical Report Series 894, 2000.',
    appliesTo: 'Adults aged 20 and over.',
    rows: [
      { range: 'below 18.5', label: 'Underweight' },
      { range: '18.5 to 24.9', label: 'Normal range' },
      { range: '25.0 to 29.9', label: 'Pre-obese' },
      { range: '30.0 to 34.9', label: 'Obese class I' },
      { range: '35.0 to 39.9', label: 'Obese class II' },
      { range: '40.0 and above', label: 'Obese class III' },
    ],
  },
  {
    id: 'cdc-bmi-for-age',
    title: 'CDC BMI-for-age percentile categories',
    citation: 'Centers for Disease Control and Prevention. CDC growth charts, 2000 (US government, public domain).',
    appliesTo: 'Ages 2 to 19.',
    rows: [
      { range: 'below the 5th percentile', label: 'Underweight' },
      { range: '5th to below the 85th percentile', label: 'Healthy weight' },
      { range: '85th to below the 95th percentile', label: 'Overweight' },
      { range: '95th percentile and above', label: 'Obesity' },
    ],
  },
  {
    id: 'acc-aha-2017-bp',
    title: 'ACC/AHA 2017 adult blood pressure categories (mmHg)',
    citation:
      'Whelton PK et al. 2017 ACC/AHA guideline for high blood pressure in adults. Hypertension 2018;71:1269-1324.',
    appliesTo: 'Adults; the guideline uses the average of two or more readings on two or more occasions.',
    rows: [
      { range: 'systolic below 120 and diastolic below 80', label: 'Normal' },
      { range: 'systolic 120 to 129 and diastolic below 80', label: 'Elevated' },
      { range: 'systolic 130 to 139 or diastolic 80 to 89', label: 'Stage 1 hypertension' },
      { range: 'systolic 140 or higher or diastolic 90 or higher', label: 'Stage 2 hypertension' },
    ],
  },
  {
    id: 'ncep-atp3-lipids',
    title: 'NCEP ATP III cholesterol and triglyceride classification (mg/dL)',
    citation:
      'National Cholesterol Education Program. Third Report of the Expert Panel (ATP III). NIH Publication 02-5215, 2002.',
    appliesTo: 'Adults.',
    rows: [
      {
        range: 'Total cholesterol below 200 / 200 to 239 / 240 and above',
        label: 'Desirable / Borderline high / High',
      },
      {
        range: 'LDL below 100 / 100 to 129 / 130 to 159 / 160 to 189 / 190 and above',
        label: 'Optimal / Near optimal / Borderline high / High / Very high',
      },
      { range: 'HDL below 40 / 60 and above', label: 'Low / High' },
      {
        range: 'Triglycerides below 150 / 150 to 199 / 200 to 499 / 500 and above',
        label: 'Normal / Borderline high / High / Very high',
      },
    ],
  },
  {
    id: 'ada-2025-glycaemia',
    title: 'ADA criteria ranges for HbA1c and fasting plasma glucose',
    citation:
      'American Diabetes Association. Standards of Care in Diabetes 2025, section 2. Diabetes Care 2025;48(Suppl 1):S27-S49.',
    appliesTo:
      'Non-pregnant adults; fasting glucose ranges apply only to fasting samples, and one result alone is not enough under the criteria.',
    rows: [
      { range: 'HbA1c 5.7% to 6.4%; fasting glucose 100 to 125 mg/dL', label: 'Prediabetes range' },
      { range: 'HbA1c 6.5% or higher; fasting glucose 126 mg/dL or higher', label: 'Diabetes range' },
    ],
  },
  {
    id: 'kdigo-2012-gfr',
    title: 'KDIGO 2012 GFR categories (mL/min/1.73 m2)',
    citation:
      'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD. Kidney Int Suppl 2013;3:1-150.',
    appliesTo: 'Adults; the guideline requires findings over more than 3 months.',
    rows: [
      { range: '90 and above', label: 'G1' },
      { range: '60 to 89', label: 'G2' },
      { range: '45 to 59', label: 'G3a' },
      { range: '30 to 44', label: 'G3b' },
      { range: '15 to 29', label: 'G4' },
      { range: 'below 15', label: 'G5' },
    ],
  },
  {
    id: 'kdigo-2012-albuminuria',
    title: 'KDIGO 2012 albuminuria categories (urine albumin/creatinine ratio, mg/g)',
    citation:
      'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD. Kidney Int Suppl 2013;3:1-150.',
    appliesTo: 'Adults.',
    rows: [
      { range: 'below 30', label: 'A1' },
      { range: '30 to 300', label: 'A2' },
      { range: 'above 300', label: 'A3' },
    ],
  },
  {
    id: 'audit-c',
    title: 'AUDIT-C questionnaire (total 0 to 12) cut-offs used in the cited studies',
    citation: 'Bush KR et al. Arch Intern Med 1998;158:1789-95; Bradley KA et al. Arch Intern Med 2003;163:821-9.',
    appliesTo: 'Adults; the studies used different cut-offs for men and women.',
    rows: [
      { range: '4 or more (men)', label: 'Positive screen in the study' },
      { range: '3 or more (women)', label: 'Positive screen in the study' },
    ],
  },
  {
    id: 'phq-9',
    title: 'PHQ-9 questionnaire total (0 to 27) bands',
    citation: 'Kroenke K, Spitzer RL, Williams JB. J Gen Intern Med 2001;16:606-13.',
    appliesTo: 'Adults.',
    rows: [
      { range: '0 to 4', label: 'Minimal' },
      { range: '5 to 9', label: 'Mild' },
      { range: '10 to 14', label: 'Moderate' },
      { range: '15 to 19', label: 'Moderately severe' },
      { range: '20 to 27', label: 'Severe' },
    ],
  },
  {
    id: 'gad-7',
    title: 'GAD-7 questionnaire total (0 to 21) bands',
    citation: 'Spitzer RL et al. Arch Intern Med 2006;166:1092-7.',
    appliesTo: 'Adults.',
    rows: [
      { range: '0 to 4', label: 'Minimal' },
      { range: '5 to 9', label: 'Mild' },
      { range: '10 to 14', label: 'Moderate' },
      { range: '15 to 21', label: 'Severe' },
    ],
  },
]
