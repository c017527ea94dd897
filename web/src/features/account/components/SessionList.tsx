import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../../../../shared/contracts/accounts.js';
import { problemText } from '../../../lib/error-text.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useRevokeSession, useSessions } from '../queries.js';
import { SessionItem } from './SessionItem.js';

function currentFirst(sessions: SessionDto[]): SessionDto[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current));
}

/** Every place the account is signed in. After one is signed out, focus returns to the heading. */
export function SessionList() {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const [status, setStatus] = useState<string | null>(null);

  function handleSignOut(session: SessionDto) {
    setStatus(null);
    revoke.mutate(session.id, {
      onSuccess: () => {
        setStatus(t('security.sessionSignedOut'));
        headingRef.current?.focus();
      },
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('security.sessionsHeading')}
      </h2>
      <p>{t('security.sessionsIntro')}</p>
      <StatusMessage message={status} />
      {revoke.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, revoke.error)}
        </p>
      )}
      <QueryState query={sessions}>
        {(list) => (
          <ul className="plain-list">
            {currentFirst(list).map((session) => (
              <SessionItem key={session.id} session={session} onSignOut={handleSignOut} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
