import { useTranslation } from 'react-i18next';
import type { ConversationDto } from '../../../../../shared/contracts/conversations.js';
import { ReportOpener, type ReportablePerson } from './ReportDialog.js';

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
 * chosen from its other members. Nothing when nobody else is left to report.
 */
export function ReportFromConversation({ conversation, viewerId }: { conversation: ConversationDto; viewerId: string }) {
  const { t } = useTranslation();
  const others = conversation.members.filter((member) => member.userId !== viewerId).map(({ userId, handle }) => ({ userId, handle }));
  if (others.length === 0) return null;
  if (conversation.kind === 'direct') return <ReportPerson person={others[0]!} />;
  const people = [...others].sort((a, b) => a.handle.localeCompare(b.handle));
  return <ReportOpener target={{ kind: 'person', people, place: conversation.title ?? '' }} text={t('reports.personDialog.openInRoom')} />;
}
