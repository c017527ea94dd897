import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupporterApplicationDto } from '../../../../../shared/contracts/profiles.js';
import { DateTime } from '../../../ui/DateTime.js';

interface ApplicationStatusProps {
  application: SupporterApplicationDto;
  /** Moves focus here when it appears, e.g. right after the application was sent. */
  focusOnMount?: boolean;
}

/** Where an application stands, with the program's note once decided. */
export function ApplicationStatus({ application, focusOnMount }: ApplicationStatusProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('supporter.application.heading')}
      </h2>
      {application.status === 'pending' && <p>{t('supporter.application.pendingText')}</p>}
      <dl className="facts">
        <dt>{t('supporter.application.status')}</dt>
        <dd>{t(`supporter.application.statuses.${application.status}`)}</dd>
        <dt>{t('supporter.application.submitted')}</dt>
        <dd>
          <DateTime iso={application.submittedAt} />
        </dd>
        {application.decidedAt && (
          <>
            <dt>{t('supporter.application.decided')}</dt>
            <dd>
              <DateTime iso={application.decidedAt} />
            </dd>
          </>
        )}
        {application.decisionNote && (
          <>
            <dt>{t('supporter.application.note')}</dt>
            <dd className="story">{application.decisionNote}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
