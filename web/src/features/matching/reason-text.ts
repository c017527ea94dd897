import type { TFunction } from 'i18next';
import type { MatchReason } from '../../../../shared/contracts/matching.js';
import { durationText } from '../../lib/duration-text.js';
import { formatList, inSentence } from '../../lib/format.js';
import { languageName } from '../../lib/intl-options.js';

export interface ReasonContext {
  /** Who is reading: a member reads about "your" evenings, a supporter about the member's ("their") evenings. */
  viewer: 'member' | 'supporter';
  /** The member's most important topic, when the reader knows it (supporters are only told it is shared). */
  primaryTopic: string | null;
  topicLabel: (key: string) => string;
  language: string;
}

type TopicsReason = Extract<MatchReason, { kind: 'topics' }>;

function topicsText(t: TFunction, reason: TopicsReason, context: ReasonContext): string {
  const named = reason.primary && context.primaryTopic !== null && reason.topics.includes(context.primaryTopic);
  const names = reason.topics.map((key) => {
    const name = inSentence(context.topicLabel(key));
    return named && key === context.primaryTopic ? t('matchReasons.primaryTopic', { topic: name }) : name;
  });
  const topics = formatList(names, context.language);
  if (!reason.primary || named) return t('matchReasons.topics', { topics });
  return context.viewer === 'member' ? t('matchReasons.topicsWithYourPrimary', { topics }) : t('matchReasons.topicsWithTheirPrimary', { topics });
}

/** Why a supporter and a member were matched, as one plain sentence, e.g. "You both speak Spanish". */
export function reasonText(t: TFunction, reason: MatchReason, context: ReasonContext): string {
  const list = (items: readonly string[]) => formatList(items, context.language);
  const forMember = context.viewer === 'member';
  switch (reason.kind) {
    case 'topics':
      return topicsText(t, reason, context);
    case 'languages':
      return t('matchReasons.languages', { languages: list(reason.languages.map((tag) => languageName(tag, context.language))) });
    case 'identities':
      return t(forMember ? 'matchReasons.identitiesMember' : 'matchReasons.identitiesSupporter', { identities: list(reason.identities) });
    case 'communities':
      return t('matchReasons.communities', { communities: list(reason.communities) });
    case 'availability': {
      const time = durationText(t, reason.minutesPerWeek);
      if (reason.periods.length === 0) return t('matchReasons.availability', { time });
      const periods = list(reason.periods.map((period) => t(`matchReasons.periods.${period}`)));
      return t(forMember ? 'matchReasons.availabilityYours' : 'matchReasons.availabilityTheirs', { time, periods });
    }
    case 'interests':
      return t('matchReasons.interests', { interests: list(reason.interests) });
    case 'meeting':
      return t('matchReasons.meeting', { modes: list(reason.modes.map((mode) => t(`matchReasons.meetBy.${mode}`))) });
  }
}
