import { describe, expect, it } from 'vitest';
import type { ConsentStateDto } from '../../../../shared/contracts/privacy.js';
import { canAgree, consentStatus } from './consent-status.js';

const base: ConsentStateDto = {
  kind: 'evaluation',
  required: false,
  currentVersion: '2026-11-22',
  agreedVersion: null,
  agreedAt: null,
  withdrawnAt: null,
  active: false,
};

describe('consentStatus', () => {
  it('tells apart never agreed, agreed, agreed to an older text and withdrawn', () => {
    expect(consentStatus(base)).toBe('never');
    const agreed = { ...base, agreedVersion: '2026-11-22', agreedAt: '2026-11-23T10:00:00Z', active: true };
    expect(consentStatus(agreed)).toBe('active');
    expect(consentStatus({ ...agreed, agreedVersion: '2025-01-01' })).toBe('outdated');
    expect(consentStatus({ ...agreed, active: false, withdrawnAt: '2026-11-24T10:00:00Z' })).toBe('withdrawn');
  });

  it('offers to agree unless the text in force is already agreed to', () => {
    expect(canAgree(base)).toBe(true);
    expect(canAgree({ ...base, agreedVersion: '2026-11-22', active: true })).toBe(false);
    expect(canAgree({ ...base, agreedVersion: '2025-01-01', active: true })).toBe(true);
  });
});
