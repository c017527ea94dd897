import { useId, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsentStateDto } from '../../../../../shared/contracts/privacy.js';
import { fieldErrorText, problemText } from '../../../lib/error-text.js';
import { fieldErrorsFromProblem } from '../../../lib/field-errors.js';
import { ApiError } from '../../../lib/http.js';
import { DateTime } from '../../../ui/DateTime.js';
import { canAgree, consentStatus } from '../consent-status.js';
import { useAgreeConsent, useWithdrawConsent } from '../queries.js';

const LEGAL_TEXT = { terms: '/legal/terms', privacy: '/legal/privacy', evaluation: '/legal/privacy' } as const;

interface ConsentItemProps {
  consent: ConsentStateDto;
  onChanged: (message: string) => void;
}

/** One consent: what it is, where the person stands, and Agree or Withdraw. */
export function ConsentItem({ consent, onChanged }: ConsentItemProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const agree = useAgreeConsent();
  const withdraw = useWithdrawConsent();
  const kind = consent.kind;
  const name = t(`consents.kinds.${kind}.name`);
  const status = consentStatus(consent);
  const failed = agree.error ?? withdraw.error;
  const needed = failed instanceof ApiError && failed.code === 'consent_required';
  const outdated = fieldErrorsFromProblem(failed).version;

  function handleAgree() {
    if (agree.isPending) return;
    withdraw.reset();
    agree.mutate(
      { kind, version: consent.currentVersion },
      {
        onSuccess: () => {
          onChanged(t('consents.agreed', { name }));
          heading.current?.focus();
        },
      },
    );
  }

  function handleWithdraw() {
    if (withdraw.isPending) return;
    agree.reset();
    withdraw.mutate(kind, {
      onSuccess: () => {
        onChanged(t('consents.withdrawn', { name }));
        heading.current?.focus();
      },
    });
  }

  return (
    <li className="card">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {name} <span className="badge badge-quiet">{consent.required ? t('consents.required') : t('consents.optional')}</span>
      </h2>
      <p>{t(`consents.kinds.${kind}.description`)}</p>
      <p>
        <Link to={LEGAL_TEXT[kind]}>{t(`consents.kinds.${kind}.read`)}</Link>
      </p>
      <dl className="facts">
        <dt>{t('consents.status')}</dt>
        <dd>{t(`consents.statuses.${status}`)}</dd>
        <dt>{t('consents.currentVersion')}</dt>
        <dd>{consent.currentVersion}</dd>
        {consent.agreedVersion && (
          <>
            <dt>{t('consents.agreedVersion')}</dt>
            <dd>{consent.agreedVersion}</dd>
          </>
        )}
        {consent.agreedAt && (
          <>
            <dt>{t('consents.agreedAt')}</dt>
            <dd>
              <DateTime iso={consent.agreedAt} />
            </dd>
          </>
        )}
        {consent.withdrawnAt && status === 'withdrawn' && (
          <>
            <dt>{t('consents.withdrawnAt')}</dt>
            <dd>
              <DateTime iso={consent.withdrawnAt} />
            </dd>
          </>
        )}
      </dl>
      {failed && (
        <p role="alert" className="notice notice-error">
          {needed ? (
            <Trans i18nKey="consents.requiredExplanation" components={{ deleteLink: <Link to="/account/data" /> }} />
          ) : outdated ? (
            fieldErrorText(t, outdated).text
          ) : (
            problemText(t, failed)
          )}
        </p>
      )}
      <div className="actions">
        {canAgree(consent) && (
          <button type="button" onClick={handleAgree}>
            {t(`consents.kinds.${kind}.agree`)}
          </button>
        )}
        {consent.active && (
          <button type="button" className="button-secondary" onClick={handleWithdraw}>
            {t(`consents.kinds.${kind}.withdraw`)}
          </button>
        )}
      </div>
    </li>
  );
}
