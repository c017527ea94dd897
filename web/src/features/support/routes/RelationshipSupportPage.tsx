import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SupportCardDto } from '../../../../../shared/contracts/safety.js';
import type { RelationshipSummaryDto } from '../../../../../shared/contracts/support.js';
import { browserTimeZone } from '../../../lib/intl-options.js';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { SharedGoals } from '../../goals/components/SharedGoals.js';
import { useOwnProfile } from '../../profiles/queries.js';
import { ChatSupportCard } from '../../safety/components/ChatSupportCard.js';
import { CheckInHistory } from '../components/CheckInHistory.js';
import { ClosingNotes } from '../components/ClosingNotes.js';
import { RhythmSection } from '../components/RhythmSection.js';
import { SessionNotes } from '../components/SessionNotes.js';
import { UpcomingCheckIns } from '../components/UpcomingCheckIns.js';
import { useLiveRelationship } from '../hooks/use-live-relationship.js';
import { useRelationshipSummary } from '../queries.js';
import { otherHandleFor, zoneFor, type SupportView } from '../support-view.js';
import '../support.css';

function pageTitle(t: TFunction, summary: RelationshipSummaryDto | undefined): string {
  if (!summary) return t('support.relationship.title');
  if (summary.myRole === 'member') return t('support.relationship.titleMember', { handle: summary.supporter.handle });
  if (summary.myRole === 'supporter') return t('support.relationship.titleSupporter', { handle: summary.member.handle });
  return t('support.relationship.titleSupervisor', { member: summary.member.handle, supporter: summary.supporter.handle });
}

/**
 * One support relationship over time: the rhythm of check-ins both agreed, the next meetings, what
 * happened, session notes, shared goals, and closing notes once it has ended.
 */
export function RelationshipSupportPage() {
  const { t } = useTranslation();
  const { relationshipId = '' } = useParams();
  const summary = useRelationshipSummary(relationshipId);
  useLiveRelationship(relationshipId);
  return (
    <Page title={pageTitle(t, summary.data)}>
      <p>
        <Link to="/relationships">{t('support.relationship.back')}</Link>
      </p>
      <QueryState query={summary}>{(data) => <RelationshipSupport summary={data} />}</QueryState>
    </Page>
  );
}

function RelationshipSupport({ summary }: { summary: RelationshipSummaryDto }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [supportCard, setSupportCard] = useState<SupportCardDto | null>(null);
  // A supervisor is not in the relationship: their own profile's zone (or this browser's) is theirs.
  const profile = useOwnProfile();
  const supervisorZone = profile.data?.timeZone ?? browserTimeZone() ?? 'UTC';
  const announce = useCallback((text: string) => setMessage(text), []);
  const view: SupportView = {
    summary,
    role: summary.myRole,
    zone: zoneFor(summary, supervisorZone),
    active: summary.status === 'active',
    otherHandle: otherHandleFor(summary),
    announce,
    offerSupportCard: setSupportCard,
  };

  return (
    <>
      <StatusMessage message={message} />
      {supportCard && <ChatSupportCard key={JSON.stringify(supportCard)} card={supportCard} onDismiss={() => setSupportCard(null)} />}
      <dl className="facts">
        <dt>{t('support.relationship.status')}</dt>
        <dd>{view.active ? t('support.relationship.active') : t('support.relationship.ended')}</dd>
        <dt>{view.active ? t('support.relationship.since') : t('support.relationship.started')}</dt>
        <dd>
          <DateTime iso={summary.startedAt} />
        </dd>
        {summary.endedAt && (
          <>
            <dt>{t('support.relationship.endedOn')}</dt>
            <dd>
              <DateTime iso={summary.endedAt} />
            </dd>
          </>
        )}
      </dl>
      {view.role === 'supervisor' && <p className="notice">{t('support.relationship.supervisorNote')}</p>}
      <RhythmSection view={view} />
      <UpcomingCheckIns view={view} />
      <CheckInHistory view={view} />
      <SessionNotes view={view} />
      {!view.active && <ClosingNotes view={view} />}
      <SharedGoals relationshipId={summary.id} role={summary.myRole} />
    </>
  );
}
