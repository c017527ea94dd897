/** What a person can agree to, and the version of each text now in force. */
export const CONSENT_KINDS = ['terms', 'privacy', 'evaluation'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CURRENT_CONSENT_VERSIONS: Record<ConsentKind, string> = {
  terms: '2026-11-22',
  privacy: '2026-11-22',
  evaluation: '2026-11-22',
};

/** Using Kindred requires these; withdrawing them means closing the account. */
export const REQUIRED_CONSENTS: readonly ConsentKind[] = ['terms', 'privacy'];
