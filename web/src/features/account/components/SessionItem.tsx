import { useTranslation } from 'react-i18next';
import type { SessionDto } from '../../../../../shared/contracts/accounts.js';
import { formatDateTime, summarizeUserAgent } from '../../../lib/format.js';
import { DateTime } from '../../../ui/DateTime.js';

interface SessionItemProps {
  session: SessionDto;
  onSignOut: (session: SessionDto) => void;
}

/** One place where the account is signed in; other devices can be signed out from here. */
export function SessionItem({ session, onSignOut }: SessionItemProps) {
  const { t, i18n } = useTranslation();
  const summary = summarizeUserAgent(session.userAgent);
  const device = summary ? t('security.deviceSummary', summary) : t('security.unknownDevice');

  return (
    <li className="card session">
      <h3>
        {device} {session.current && <span className="badge">{t('security.thisDevice')}</span>}
      </h3>
      {session.userAgent && <p className="muted user-agent">{session.userAgent}</p>}
      <dl className="facts">
        <dt>{t('security.signedIn')}</dt>
        <dd>
          <DateTime iso={session.createdAt} />
        </dd>
        <dt>{t('security.lastActive')}</dt>
        <dd>
          <DateTime iso={session.lastSeenAt} />
        </dd>
        <dt>{t('security.expires')}</dt>
        <dd>
          <DateTime iso={session.expiresAt} />
        </dd>
      </dl>
      {!session.current && (
        <button
          type="button"
          className="button-secondary"
          aria-label={t('security.signOutSessionLabel', {
            device,
            lastActive: formatDateTime(session.lastSeenAt, i18n.language),
          })}
          onClick={() => onSignOut(session)}
        >
          {t('security.signOutSession')}
        </button>
      )}
    </li>
  );
}
