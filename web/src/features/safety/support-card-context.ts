import { createContext, useContext } from 'react';
import type { SupportCardDto } from '../../../../shared/contracts/safety.js';

/**
 * Lets anything inside a chat (the composer's send, an edit in place) put the private support card on
 * screen without passing a callback through every component in between. Outside a chat it does nothing.
 */
export const SupportCardOffer = createContext<(card: SupportCardDto) => void>(() => undefined);

export function useOfferSupportCard(): (card: SupportCardDto) => void {
  return useContext(SupportCardOffer);
}
