import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { AlertList } from '../api.js';
import { AlertCard } from '../components/AlertCard.js';
import { useLiveAlerts } from '../hooks/use-live-alerts.js';
import { useAlerts } from '../queries.js';

/** The supervisor's safety dashboard: active alerts updating live, or the recently resolved ones. */
export function SafetyAlertsPage({ list }: { list: AlertList }) {
  const { t } = useTranslation();
  const listHeadingId = useId();
  const [status, setStatus] = useState<string | null>(null);
  useLiveAlerts(setStatus);
  const alerts = useAlerts(list);

  return (
    <Page title={t('safety.dashboard.title')}>
      <StatusMessage message={status} />
      <p>{t('safety.dashboard.intro')}</p>
      <nav aria-label={t('safety.dashboard.listsLabel')} className="subnav">
        <ul>
          <li>
            <NavLink to="/safety" end>
              {t('safety.dashboard.active')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/safety/resolved">{t('safety.dashboard.resolved')}</NavLink>
          </li>
          <li>
            <Link to="/safety/concerns">{t('safety.concerns.title')}</Link>
          </li>
        </ul>
      </nav>
      <h2 id={listHeadingId} tabIndex={-1}>
        {t(`safety.dashboard.${list}Heading`)}
      </h2>
      <QueryState query={alerts}>
        {(items) =>
          items.length === 0 ? (
            <p>{t(`safety.dashboard.${list}Empty`)}</p>
          ) : (
            <ul className="plain-list">
              {items.map((alert) => (
                <li key={alert.id}>
                  <AlertCard alert={alert} announce={setStatus} onResolved={() => document.getElementById(listHeadingId)?.focus()} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
