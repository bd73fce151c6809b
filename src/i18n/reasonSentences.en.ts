/** The English "why here?" wording (the sentences src/anatomy built before reasons became data, unchanged). */
import { NOTES_EN } from './notes.en.ts'
import type { ReasonSentences } from './reasonSentences.ts'

/** English reason wording. */
export const REASON_SENTENCES_EN: ReasonSentences = {
  shownAt: (places, basis, note) => `Shown at ${places} because ${basis}. ${note}`,
  sideNotRecorded: 'The record does not say which side.',
  overruled: (places, basis) =>
    `Its code alone would place it at ${places} (${basis}); the body site recorded with it comes first.`,
  suspected: (why) => `Not confirmed in the record: ${why}.`,
  suspectedBy: {
    provisional: 'recorded as provisional',
    differential: 'recorded as differential',
    unconfirmed: 'recorded as unconfirmed',
    'by-code': 'the code itself records a suspicion',
  },
  context: (basis, note) => `Listed under life and context because ${basis}. ${note}`,
  family: (places, basis, note) => `Family history of a condition shown at ${places} because ${basis}. ${note}`,
  ruledOut: 'Listed as ruled out: the record marks this condition as refuted, so it is not shown on the body.',
  unplaced: {
    'no-rule': 'Not placed on the body: no reviewed rule matches its codes or text.',
    'no-body-site-in-code': 'Not placed on the body: its code does not name a body part.',
    'sex-not-recorded':
      'Not placed on the body: the code names genital organs, and the record does not state a sex that tells which ones to show.',
    'no-code-or-text': 'Not placed on the body: the record gives no code or text to place it by.',
    'reason-not-placed': 'Not placed on the body: the condition it was recorded for is not placed on the body either.',
    'no-reason-recorded':
      'Not placed on the body: medicines are shown only through the condition they were recorded for, and none is recorded.',
    'generic-procedure':
      'Not placed on the body: the procedure code does not name a body part, and no condition it was done for is placed on the body.',
    'cannot-interpret':
      'Not placed on the body: the record contains information this app cannot read (a modifier extension, which may change its meaning).',
    'codes-disagree':
      'Not placed on the body: its codes point to different parts of the body, so the app shows it at neither. The codes are listed with it.',
  },
  code: (system, code, alias) =>
    `the record codes it ${system} ${code}${alias === null ? '' : ` (read as ${alias}: the recorded code is a known mis-typed form)`}`,
  procedureCode: (system, code) => `the record codes the procedure ${system} ${code}`,
  bodySite: (system, code) => `the record names the body site ${system} ${code}`,
  keyword: (ruleId) => `a word in the record text matches keyword rule ${ruleId}`,
  reasonCode: (reasonBasis) => `the reason recorded for it: ${reasonBasis}`,
  reasonLink: {
    'done-for': {
      condition: 'the record says it was done for a condition shown there',
      context: 'the record says it was done for an item listed under life and context',
    },
    'recorded-for': {
      condition: 'the record says it was recorded for a condition shown there',
      context: 'the record says it was recorded for an item listed under life and context',
    },
  },
  linked: (conditions, places) => `It is linked to ${conditions.join(', ')}, which is shown at ${places}.`,
  notes: NOTES_EN,
}
