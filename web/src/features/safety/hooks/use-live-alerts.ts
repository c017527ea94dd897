import { useTranslation } from 'react-i18next';
import { useSocketEvent } from '../../../app/socket.js';
import { alertSubject } from '../alert-view.js';
import { useRefreshAlerts } from '../queries.js';

/**
 * Keeps the alert lists current while the dashboard is open. Whoever is asked to act (on call, or
 * escalated to) also hears it, politely: the list has changed under them.
 */
export function useLiveAlerts(announce: (message: string) => void): void {
  const { t } = useTranslation();
  const refresh = useRefreshAlerts();
  useSocketEvent('safety:alert', (alert) => {
    void refresh();
    announce(t(`safety.dashboard.arrived.${alert.reason}`, { handle: alertSubject(t, alert) }));
  });
  useSocketEvent('safety:alerts-changed', () => void refresh());
}
