import { useTranslation } from 'react-i18next';
import type { SafetyAlertDto } from '../../../../../shared/contracts/safety.js';
import { formatList } from '../../../lib/format.js';
import { DateTime } from '../../../ui/DateTime.js';

/** Every step of the alert, oldest first: who was told, who took it on, what was done. */
export function AlertHistory({ events }: { events: SafetyAlertDto['events'] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h4>{t('safety.dashboard.history')}</h4>
      <ol className="alert-history">
        {events.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <DateTime iso={event.at} />: {t(`safety.dashboard.event.${event.kind}`, { actor: event.actorHandle ?? t('safety.dashboard.someone') })}
            {event.notifiedHandles.length > 0 && <> {t('safety.dashboard.eventNotified', { handles: formatList(event.notifiedHandles, i18n.language) })}</>}
            {event.note && <p className="message-note">{event.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
