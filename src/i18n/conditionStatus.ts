import type { ConditionEvent } from '../timeline/types.ts'
import type { Translate } from './translate.ts'

/**
 * The condition's recorded statuses in words.
 * @param c - a condition
 * @param t - the translate function
 */
export function conditionStatus(c: ConditionEvent, t: Translate): string {
  const clinical = c.clinicalStatus
    ? t('record.status', { status: t(`clinical.${c.clinicalStatus}`) })
    : t('record.statusNotRecorded')
  return c.verificationStatus ? `${clinical}. ${t(`verification.${c.verificationStatus}`)}.` : `${clinical}.`
}
