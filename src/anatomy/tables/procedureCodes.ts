/**
 * SNOMED CT procedure codes -> places, used only after a procedure's bodySite and its reason (the condition it was
 * done for) have not placed it.
 *
 * Source: the procedure codes in fhir-fixtures/synthea (Synthea, Apache-2.0), each reviewed by the project from its
 * term. The draft shared/reference/mapping/synthea-procedure-codes.tsv (429 codes, keyword guesses, not reviewed)
 * is NOT copied: unreviewed rows would place procedures without review. Procedures missing here fall through to
 * the keyword rules (shown as keyword matches) and then to the unplaced list.
 * Licence: SNOMED CT identifiers (see snomedConditions.ts). Review status: project-reviewed.
 *
 * Columns: code, places ('context' = life and context; '-' = deliberately not placed), term.
 */

/** One procedure row. */
export type ProcedureRow = readonly [code: string, places: string, term: string]

// prettier-ignore
export const PROCEDURE_CODES: readonly ProcedureRow[] = [
  ['428191000124101', 'context', 'Documentation of current medications'],
  ['430193006', 'context', 'Medication reconciliation'],
  ['415300000', 'context', 'Review of systems'],
  ['305433001', 'context', 'Admission to trauma surgery department'],
  ['73761001', 'large_intestine', 'Colonoscopy'],
  ['410006001', 'large_intestine', 'Digital examination of rectum'],
  ['274031008', 'large_intestine', 'Rectal polypectomy'],
  ['387607004', 'large_intestine', 'Construction of diverting colostomy'],
  ['65546002', 'teeth', 'Extraction of wisdom tooth'],
  ['171207006', 'mind', 'Depression screening'],
  ['715252007', 'mind', 'Depression screening using PHQ-9'],
  ['225337009', 'mind', 'Suicide risk assessment'],
  ['385892002', 'mind', 'Mental health screening'],
  ['228557008', 'mind', 'Cognitive and behavioral therapy'],
  ['54550000', 'brain', 'Electroencephalogram'],
  ['65575008', 'prostate', 'Biopsy of prostate'],
  ['90470006', 'prostate', 'Prostatectomy'],
  ['14768001', 'whole_body', 'Peripheral blood smear'],
  ['104091002', 'whole_body', 'Hemoglobin / hematocrit / platelet count'],
  ['65200003', 'uterus', 'Insertion of intrauterine contraceptive device'],
  ['274804006', 'uterus', 'Evaluation of uterine fundal height'],
  ['225158009', 'uterus', 'Auscultation of the fetal heart'],
  ['11466000', 'uterus', 'Cesarean section'],
  ['66348005', 'uterus', 'Childbirth'],
  ['31208007', 'uterus', 'Medical induction of labor'],
  ['237001001', 'uterus', 'Augmentation of labor'],
  ['29303009', 'heart', 'Electrocardiographic procedure'],
  ['40701008', 'heart', 'Echocardiography'],
  ['433236007', 'heart', 'Transthoracic echocardiography'],
  ['180325003', 'heart', 'Electrical cardioversion'],
  ['18286008', 'heart', 'Catheter ablation of tissue of heart'],
  ['426701000119108', 'liver gallbladder', 'Ultrasonography of right upper abdomen'],
  ['45595009', 'gallbladder', 'Laparoscopic removal of gallbladder'],
  ['433112001', 'liver', 'Thrombectomy of portal vein'],
  ['52765003', 'trachea_bronchi', 'Intubation'],
  ['399208008', 'lung_left lung_right', 'Plain chest X-ray'],
  ['23426006', 'lung_left lung_right', 'Measurement of respiratory function'],
  ['269911007', 'lung_left lung_right', 'Sputum examination'],
  ['117015009', 'throat', 'Throat culture'],
  ['288086009', 'skin', 'Suture of open wound'],
  ['5880005', '-', 'Physical examination'],
  ['162676008', '-', 'Brief general examination'],
  ['76601001', '-', 'Intramuscular injection'],
  ['51116004', '-', 'RhD passive immunization'],
  ['755621000000101', '-', 'Replacement of subcutaneous contraceptive'],
  ['301807007', '-', 'Removal of subcutaneous contraceptive'],
  ['274474001', '-', 'Bone immobilization'],
  ['703423002', '-', 'Combined chemotherapy and radiation therapy'],
]
