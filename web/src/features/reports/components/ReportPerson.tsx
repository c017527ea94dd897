import { useTranslation } from 'react-i18next';
import type { ConversationDto, MessageDto } from '../../../../../shared/contracts/conversations.js';
import { peopleInConversation, type ReportablePerson } from '../report-people.js';
import { ReportOpener } from './ReportDialog.js';

/** "Report this person" wherever someone meets another person (a direct chat, a profile). */
export function ReportPerson({ person }: { person: ReportablePerson }) {
  const { t } = useTranslation();
  return (
    <ReportOpener
      target={{ kind: 'person', people: [person] }}
      text={t('reports.personDialog.openShort')}
      label={t('reports.personDialog.open', { handle: person.handle })}
    />
  );
}

/**
 * The report action of a conversation's header: in a direct chat, the other person; in a room, someone
 * chosen from the people met there (its moderators, and the authors of the messages on screen: a room
 * does not list its other members). Nothing when there is nobody else to report.
 */
export function ReportFromConversation({ conversation, messages, viewerId }: { conversation: ConversationDto; messages: readonly MessageDto[]; viewerId: string }) {
  const { t } = useTranslation();
  const people = peopleInConversation(conversation, conversation.kind === 'direct' ? [] : messages, viewerId);
  if (people.length === 0) return null;
  if (conversation.kind === 'direct') return <ReportPerson person={people[0]!} />;
  return <ReportOpener target={{ kind: 'person', people, place: conversation.title ?? '' }} text={t('reports.personDialog.openInRoom')} />;
}
