import { useTranslation } from 'react-i18next';
import { useSocketEvent } from '../../../app/socket.js';
import { useRefreshConcerns } from '../queries.js';

/** Keeps the concerns list current while it is open, and says politely when a new one arrives. */
export function useLiveConcerns(announce: (message: string) => void): void {
  const { t } = useTranslation();
  const refresh = useRefreshConcerns();
  useSocketEvent('safety:concern', (concern) => {
    void refresh();
    announce(t('safety.concerns.arrived', { handle: concern.authorHandle ?? t('safety.dashboard.unknownMember') }));
  });
}
