import { useTranslation } from 'react-i18next';
import type { GroupDto } from '../../../../../shared/contracts/groups.js';
import { formatList } from '../../../lib/format.js';
import { languageName } from '../../../lib/intl-options.js';
import { DateTime } from '../../../ui/DateTime.js';
import { FactList } from '../../../ui/FactList.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import { scheduleText } from '../schedule-text.js';

/** What the group is: topics, how and where it meets (address and link only for those who may see them), when, places, facilitators. */
export function GroupFacts({ group }: { group: GroupDto }) {
  const { t, i18n } = useTranslation();
  const topicName = useTopicLabel();
  const facts: Array<readonly [string, React.ReactNode]> = [
    [t('groups.page.topics'), formatList(group.topics.map(topicName), i18n.language)],
    [t('groups.page.format'), t(`groups.formats.${group.format}`)],
    [t('groups.page.language'), languageName(group.language, i18n.language)],
  ];
  if (group.placeName) facts.push([t('groups.page.where'), group.placeName]);
  if (group.address) facts.push([t('groups.page.address'), group.address]);
  if (group.videoLink) {
    facts.push([
      t('groups.page.videoLink'),
      <a href={group.videoLink} target="_blank" rel="noreferrer noopener">
        {t('groups.page.videoLinkText')}
      </a>,
    ]);
  }
  facts.push([t('groups.page.when'), scheduleText(t, group.schedule, i18n.language)]);
  if (group.nextMeetingAt) facts.push([t('groups.page.nextMeeting'), <DateTime iso={group.nextMeetingAt} />]);
  facts.push([
    t('groups.page.places'),
    [
      t('groups.page.placesText', { left: Math.max(0, group.spotsLeft), capacity: group.capacity }),
      group.waitlistCount > 0 ? t('groups.page.waitingText', { count: group.waitlistCount }) : null,
    ].filter(Boolean).join(' · '),
  ]);
  facts.push([
    t('groups.page.facilitators'),
    formatList(group.facilitators.map((f) => (f.role === 'lead' ? t('groups.page.leadFacilitator', { handle: f.handle }) : f.handle)), i18n.language),
  ]);
  return <FactList facts={facts} />;
}
