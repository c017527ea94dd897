import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ChatInvitationDto } from '../../../../../shared/contracts/conversations.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { chatProblemText } from '../chat-problems.js';
import { useAcceptInvitation, useDeclineInvitation, useInvitations } from '../queries.js';
import { InviteForm } from './InviteForm.js';

/** Private conversations between members: inviting someone, answering invitations, and those still waiting. */
export function Invitations() {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const invitations = useInvitations();
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const [status, setStatus] = useState<string | null>(null);
  const failure = accept.error ?? decline.error;
  const received = invitations.data?.received ?? [];
  const sent = invitations.data?.sent ?? [];

  function handleAccept(invitation: ChatInvitationDto) {
    accept.mutate(invitation.id, {
      onSuccess: (answered) => {
        if (answered.conversationId) void navigate(`/conversations/${encodeURIComponent(answered.conversationId)}`);
      },
    });
  }

  function handleDecline(invitation: ChatInvitationDto) {
    setStatus(null);
    decline.mutate(invitation.id, {
      onSuccess: () => {
        setStatus(t('invitations.declined', { handle: invitation.from.handle }));
        document.getElementById(headingId)?.focus();
      },
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('invitations.heading')}
      </h2>
      <StatusMessage message={status} />
      {failure && (
        <p role="alert" className="notice notice-error">
          {chatProblemText(t, failure)}
        </p>
      )}
      {received.length > 0 && (
        <ul className="plain-list">
          {received.map((invitation) => (
            <li key={invitation.id} className="card">
              <p>{t('invitations.received', { handle: invitation.from.handle })}</p>
              <div className="actions actions-compact">
                <button type="button" onClick={() => handleAccept(invitation)}>
                  {t('invitations.accept', { handle: invitation.from.handle })}
                </button>
                <button type="button" className="button-secondary" onClick={() => handleDecline(invitation)}>
                  {t('invitations.decline', { handle: invitation.from.handle })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {sent.length > 0 && (
        <ul>
          {sent.map((invitation) => (
            <li key={invitation.id}>{t('invitations.waiting', { handle: invitation.to.handle })}</li>
          ))}
        </ul>
      )}
      <p>{t('invitations.intro')}</p>
      <InviteForm onInvited={(handle) => setStatus(t('invitations.sent', { handle }))} />
    </section>
  );
}
