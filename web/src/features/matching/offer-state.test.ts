import { describe, expect, it } from 'vitest';
import type { OfferDto, SupportRequestDto } from '../../../../shared/contracts/matching.js';
import { acceptedOffer, choiceOutcome, latestOffer, requestView } from './offer-state.js';

function offer(status: OfferDto['status'], createdAt: string, supporterHandle = 'Sol'): OfferDto {
  return {
    id: `${supporterHandle}-${createdAt}`,
    requestId: 'r1',
    memberId: 'm1',
    memberHandle: 'Mira',
    supporterId: `id-${supporterHandle}`,
    supporterHandle,
    status,
    reasons: [],
    note: null,
    createdAt,
    expiresAt: '2026-11-30T10:00:00Z',
    respondedAt: null,
  };
}

function request(status: SupportRequestDto['status'], offers: OfferDto[]): SupportRequestDto {
  return {
    id: 'r1',
    status,
    topics: ['anxiety'],
    primaryTopic: null,
    note: null,
    languages: ['es'],
    supporterIdentities: [],
    communities: [],
    meetingModes: ['text'],
    createdAt: '2026-11-22T10:00:00Z',
    offers,
  };
}

describe('where a request stands', () => {
  it('shows the form without an open request, the suggestions while choosing, and the wait while a supporter decides', () => {
    expect(requestView(null)).toBe('ask');
    expect(requestView(request('cancelled', []))).toBe('ask');
    expect(requestView(request('matched', [offer('accepted', '2026-11-22T11:00:00Z')]))).toBe('ask');
    expect(requestView(request('open', []))).toBe('suggestions');
    expect(requestView(request('open', [offer('declined', '2026-11-22T11:00:00Z')]))).toBe('suggestions');
    expect(requestView(request('open', [offer('declined', '2026-11-22T11:00:00Z'), offer('pending', '2026-11-22T12:00:00Z', 'Rita')]))).toBe('waiting');
    expect(requestView(request('open', [offer('proposed', '2026-11-22T11:00:00Z')]))).toBe('proposal');
    // Declining the program's proposal brings the member back to choosing for themselves.
    expect(requestView(request('open', [offer('withdrawn', '2026-11-22T11:00:00Z')]))).toBe('suggestions');
  });

  it('tells the member what happened to their latest choice', () => {
    const declinedThenExpired = request('open', [offer('expired', '2026-11-22T13:00:00Z', 'Rita'), offer('declined', '2026-11-22T11:00:00Z')]);
    expect(latestOffer(declinedThenExpired)?.supporterHandle).toBe('Rita');
    expect(choiceOutcome(declinedThenExpired)).toBe('expired');
    expect(choiceOutcome(request('open', []))).toBeNull();
    expect(choiceOutcome(request('matched', [offer('accepted', '2026-11-22T11:00:00Z')]))).toBeNull();
  });

  it('finds who accepted', () => {
    const matched = request('matched', [offer('declined', '2026-11-22T11:00:00Z', 'Otto'), offer('accepted', '2026-11-22T12:00:00Z')]);
    expect(acceptedOffer(matched)?.supporterHandle).toBe('Sol');
  });
});
