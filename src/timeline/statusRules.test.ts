import { describe, expect, it } from 'vitest'
import { isActiveClinicalStatus, isEndedClinicalStatus, isSuspectedVerification } from './statusRules.ts'
import type { ClinicalStatus, VerificationStatus } from './types.ts'

const CLINICAL: readonly ClinicalStatus[] = ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved']
const VERIFICATION: readonly VerificationStatus[] = [
  'unconfirmed',
  'provisional',
  'differential',
  'confirmed',
  'refuted',
]

describe('status rules', () => {
  it('splits every clinical status into active or ended, and no status into both', () => {
    // when
    const active = CLINICAL.filter(isActiveClinicalStatus)
    const ended = CLINICAL.filter(isEndedClinicalStatus)
    // then
    expect(active).toEqual(['active', 'recurrence', 'relapse'])
    expect(ended).toEqual(['inactive', 'remission', 'resolved'])
  })

  it('counts unconfirmed, provisional and differential as suspected', () => {
    expect(VERIFICATION.filter(isSuspectedVerification)).toEqual(['unconfirmed', 'provisional', 'differential'])
  })

  it('reads a missing status as neither active, ended nor suspected', () => {
    expect([isActiveClinicalStatus(null), isEndedClinicalStatus(null), isSuspectedVerification(null)]).toEqual([
      false,
      false,
      false,
    ])
  })
})
