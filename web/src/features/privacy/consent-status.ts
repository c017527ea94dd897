import type { ConsentStateDto } from '../../../../shared/contracts/privacy.js';

export type ConsentStatus = 'active' | 'outdated' | 'withdrawn' | 'never';

/** Where a person stands with one consent: agreed to the text in force, an older one, withdrawn, or never agreed. */
export function consentStatus(consent: ConsentStateDto): ConsentStatus {
  if (consent.active) return consent.agreedVersion === consent.currentVersion ? 'active' : 'outdated';
  if (consent.withdrawnAt) return 'withdrawn';
  return consent.agreedVersion ? 'outdated' : 'never';
}

/** Agreeing is offered unless the person already agreed to the version in force. */
export function canAgree(consent: ConsentStateDto): boolean {
  return consentStatus(consent) !== 'active';
}
