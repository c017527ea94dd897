import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownProfileDto } from '../../../../../shared/contracts/profiles.js';
import { countryName, languageName, weekdayName } from '../../../lib/intl-options.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import { FactList } from '../../../ui/FactList.js';

type Fact = [label: string, value: ReactNode];

function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** The shown fields of a profile as label/value pairs; hidden (absent) and empty fields are left out. */
export function ProfileFacts({ profile }: { profile: ShownProfileDto }) {
  const { t, i18n } = useTranslation();
  const topicLabel = useTopicLabel();
  const language = i18n.language;
  const location = [profile.country && countryName(profile.country, language), profile.timeZone?.replaceAll('_', ' ')]
    .filter(Boolean)
    .join(' · ');

  const facts: Fact[] = [];
  const add = (label: string, value: unknown, shown: () => ReactNode) => {
    if (hasValue(value)) facts.push([label, shown()]);
  };
  add(t('profileCard.firstName'), profile.firstName, () => profile.firstName);
  add(t('profileCard.pronouns'), profile.pronouns, () => profile.pronouns);
  add(t('profileCard.ageRange'), profile.ageRange, () => profile.ageRange && t(`ageRanges.${profile.ageRange}`));
  add(t('profileCard.location'), location || null, () => location);
  add(t('profileCard.languages'), profile.languages, () => profile.languages.map((tag) => languageName(tag, language)).join(', '));
  add(t('profileCard.topics'), profile.topics, () => profile.topics?.map(topicLabel).join(', '));
  add(t('profileCard.identities'), profile.identities, () => profile.identities?.join(', '));
  add(t('profileCard.interests'), profile.interests, () => profile.interests?.join(', '));
  add(t('profileCard.meetingModes'), profile.meetingModes, () =>
    profile.meetingModes.map((mode) => t(`meetingModes.${mode}`)).join(', '),
  );
  add(t('profileCard.availability'), profile.availability, () => (
    <>
      <ul className="compact-list">
        {profile.availability?.map((window) => (
          <li key={`${window.day}-${window.start}`}>
            {t('profileCard.window', { day: weekdayName(window.day, language), start: window.start, end: window.end })}
          </li>
        ))}
      </ul>
      <span className="muted">
        {profile.timeZone
          ? t('profileCard.timesIn', { timeZone: profile.timeZone.replaceAll('_', ' ') })
          : t('profileCard.localTimes')}
      </span>
    </>
  ));

  if (facts.length === 0) return <p className="muted">{t('profileCard.nothingShared')}</p>;
  return (
    <FactList facts={facts} />
  );
}
