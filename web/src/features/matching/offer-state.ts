import type { OfferDto, SupportRequestDto } from '../../../../shared/contracts/matching.js';

/** The most recent offer made for a request: the one whose answer the member is waiting for or just got. */
export function latestOffer(request: SupportRequestDto): OfferDto | null {
  return request.offers.reduce<OfferDto | null>((latest, offer) => (!latest || offer.createdAt >= latest.createdAt ? offer : latest), null);
}

/** The request is open and a supporter has it in front of them, so the member can't choose anyone else yet. */
export function isWaitingForAnswer(request: SupportRequestDto | null): boolean {
  return request?.status === 'open' && latestOffer(request)?.status === 'pending';
}

/**
 * Where the member's latest offer on an open request stands, when there is something to show: the program
 * proposed a supporter for them to accept or decline, a supporter is deciding, or the last one declined or
 * ran out of time.
 */
export type ChoiceOutcome = 'proposed' | 'waiting' | 'declined' | 'expired';

export function choiceOutcome(request: SupportRequestDto): ChoiceOutcome | null {
  if (request.status !== 'open') return null;
  const status = latestOffer(request)?.status;
  if (status === 'pending') return 'waiting';
  return status === 'proposed' || status === 'declined' || status === 'expired' ? status : null;
}

/** The offer the supporter accepted, once the request is matched. */
export function acceptedOffer(request: SupportRequestDto): OfferDto | null {
  return request.offers.find((offer) => offer.status === 'accepted') ?? null;
}

/**
 * What the member's page shows: the form to ask, the suggestions to choose from, the supporter the program
 * proposed, or the wait for a supporter's answer.
 */
export type RequestView = 'ask' | 'suggestions' | 'proposal' | 'waiting';

export function requestView(request: SupportRequestDto | null): RequestView {
  if (request?.status !== 'open') return 'ask';
  const outcome = choiceOutcome(request);
  if (outcome === 'proposed') return 'proposal';
  return outcome === 'waiting' ? 'waiting' : 'suggestions';
}
