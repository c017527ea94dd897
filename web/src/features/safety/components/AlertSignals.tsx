import { useTranslation } from 'react-i18next';
import type { SafetyAlertDto } from '../../../../../shared/contracts/safety.js';
import { groupedSignals } from '../alert-view.js';

/** Which of the detector's rules fired, and on which words: so people can see why, and judge it. */
export function AlertSignals({ signals }: { signals: SafetyAlertDto['signals'] }) {
  const { t } = useTranslation();
  if (signals.length === 0) return null;
  return (
    <>
      <h4>{t('safety.signals.heading')}</h4>
      <ul className="signal-list">
        {groupedSignals(signals).map((group) => (
          <li key={group.name}>
            <span lang="en">{group.name}</span>
            {group.evidence.length > 0 && <> — {group.evidence.map((words) => `“${words}”`).join(', ')}</>}{' '}
            <span className="muted">
              ({t('safety.signals.rules')} <code lang="en">{group.rules.join(', ')}</code>)
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
