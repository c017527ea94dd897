import type { TFunction } from 'i18next';
import type { MatchReason } from '../../../../shared/contracts/matching.js';
import { durationText } from '../../lib/duration-text.js';
import { formatList, inSentence } from '../../lib/format.js';
import { languageName } from '../../lib/intl-options.js';

export interface ReasonContext {
  /**
   * Who is reading: a member reads about "your" evenings, a supporter about the member's ("their") evenings,
   * and program staff, reviewing a pair from outside, about both people in the third person.
   */
  viewer: 'member' | 'supporter' | 'staff';
  /** The member's most important topic, when the reader knows it (supporters are only told it is shared). */
  primaryTopic: string | null;
  topicLabel: (key: string) => string;
  language: string;
}

type TopicsReason = Extract<MatchReason, { kind: 'topics' }>;

function topicsText(t: TFunction, reason: TopicsReason, context: ReasonContext): string {
  const staff = context.viewer === 'staff';
  const named = reason.primary && context.primaryTopic !== null && reason.topics.includes(context.primaryTopic);
  const names = reason.topics.map((key) => {
    const name = inSentence(context.topicLabel(key));
    if (!named || key !== context.primaryTopic) return name;
    return staff ? t('matchReasons.staff.primaryTopic', { topic: name }) : t('matchReasons.primaryTopic', { topic: name });
  });
  const topics = formatList(names, context.language);
  if (!reason.primary || named) return staff ? t('matchReasons.staff.topics', { topics }) : t('matchReasons.topics', { topics });
  switch (context.viewer) {
    case 'member':
      return t('matchReasons.topicsWithYourPrimary', { topics });
    case 'supporter':
      return t('matchReasons.topicsWithTheirPrimary', { topics });
    case 'staff':
      return t('matchReasons.staff.topicsWithPrimary', { topics });
  }
}

/** Why a supporter and a member were matched, as one plain sentence, e.g. "You both speak Spanish". */
export function reasonText(t: TFunction, reason: MatchReason, context: ReasonContext): string {
  const list = (items: readonly string[]) => formatList(items, context.language);
  const { viewer } = context;
  const staff = viewer === 'staff';
  switch (reason.kind) {
    case 'topics':
      return topicsText(t, reason, context);
    case 'languages': {
      const languages = list(reason.languages.map((tag) => languageName(tag, context.language)));
      return staff ? t('matchReasons.staff.languages', { languages }) : t('matchReasons.languages', { languages });
    }
    case 'identities': {
      const identities = list(reason.identities);
      if (staff) return t('matchReasons.staff.identities', { identities });
      return t(viewer === 'member' ? 'matchReasons.identitiesMember' : 'matchReasons.identitiesSupporter', { identities });
    }
    case 'communities': {
      const communities = list(reason.communities);
      return staff ? t('matchReasons.staff.communities', { communities }) : t('matchReasons.communities', { communities });
    }
    case 'availability': {
      const time = durationText(t, reason.minutesPerWeek);
      if (reason.periods.length === 0) return t('matchReasons.availability', { time });
      const periods = list(reason.periods.map((period) => t(`matchReasons.periods.${period}`)));
      if (staff) return t('matchReasons.staff.availability', { time, periods });
      return t(viewer === 'member' ? 'matchReasons.availabilityYours' : 'matchReasons.availabilityTheirs', { time, periods });
    }
    case 'interests': {
      const interests = list(reason.interests);
      return staff ? t('matchReasons.staff.interests', { interests }) : t('matchReasons.interests', { interests });
    }
    case 'meeting': {
      const modes = list(reason.modes.map((mode) => t(`matchReasons.meetBy.${mode}`)));
      return staff ? t('matchReasons.staff.meeting', { modes }) : t('matchReasons.meeting', { modes });
    }
  }
}
