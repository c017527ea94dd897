import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClosingReason } from '../chat-problems.js';

interface ChatClosedProps {
  reason: ClosingReason;
  kind: 'direct' | 'room' | null;
  roomId: string;
}

/** Takes the composer's place, kindly, when the person can no longer write here. */
export function ChatClosed({ reason, kind, roomId }: ChatClosedProps) {
  const { t } = useTranslation();
  if (reason === 'agreement_changed') {
    return (
      <div className="notice" role="alert">
        <p>{t('chat.agreementChanged')}</p>
        <p>
          <Link to={`/rooms/${encodeURIComponent(roomId)}`}>{t('chat.agreementLink')}</Link>
        </p>
      </div>
    );
  }
  if (reason === 'room_archived') {
    return (
      <p className="notice" role="alert">
        {t('chat.archived')}
      </p>
    );
  }
  return (
    <div className="notice" role="alert">
      <p>{kind === 'room' ? t('chat.goneRoom') : kind === 'direct' ? t('chat.goneDirect') : t('chat.goneUnknown')}</p>
      <p>
        <Link to="/conversations">{t('chat.goneLink')}</Link>
      </p>
    </div>
  );
}
