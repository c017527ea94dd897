import type { SupportCardDto } from '../../../shared/contracts/safety.js';
import type { CrisisLinesService } from './crisis-lines.service.js';
import type { OnCallService } from './on-call.service.js';

export interface SupportCardSources {
  crisisLines: CrisisLinesService;
  onCall: OnCallService;
  countryOf: (userId: string) => Promise<string | null>;
  hasSafetyPlan: (userId: string) => Promise<boolean>;
}

/** The private card a person sees at once when their words suggest they may be struggling. */
export function createSupportCards(sources: SupportCardSources) {
  return {
    async build(userId: string, level: SupportCardDto['level']): Promise<SupportCardDto> {
      const [crisisLines, hasSafetyPlan, talkNowAvailable] = await Promise.all([
        sources.countryOf(userId).then((country) => sources.crisisLines.forCountry(country)),
        sources.hasSafetyPlan(userId),
        sources.onCall.someoneReachable(),
      ]);
      return { level, crisisLines, hasSafetyPlan, talkNowAvailable };
    },
  };
}

export type SupportCards = ReturnType<typeof createSupportCards>;
