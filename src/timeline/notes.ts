/** Notes the normaliser attaches to events (exact strings, so panels and tests can match them). */
export const NOTES = Object.freeze({
  stu3: 'STU3 shape adapted',
  abatedButActive: 'record inconsistent: abatement recorded but status active',
  modifierExtension: 'contains information this app cannot read (a modifier extension)',
  unusualDate: 'unusual date: shown as recorded',
  statusUnreadable: 'status recorded in a form this app cannot read',
})
