import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupporterProfileDto } from '../../../../../shared/contracts/profiles.js';
import { DateTime } from '../../../ui/DateTime.js';
import { SupporterSettingsForm } from './SupporterSettingsForm.js';

/** A supporter's status and training, and their settings. */
export function SupporterSettings({ supporter }: { supporter: SupporterProfileDto }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('supporter.settings.heading')}</h2>
      <dl className="facts">
        <dt>{t('supporter.settings.status')}</dt>
        <dd>{t(`supporterStatuses.${supporter.status}`)}</dd>
        <dt>{t('supporter.settings.training')}</dt>
        <dd>
          {supporter.trainingCompletedAt ? (
            <DateTime iso={supporter.trainingCompletedAt} />
          ) : (
            t('supporter.settings.trainingNotDone')
          )}
        </dd>
      </dl>
      <SupporterSettingsForm supporter={supporter} />
    </section>
  );
}
