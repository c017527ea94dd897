import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDto } from '../../../../../shared/contracts/matching.js';
import { DateTime } from '../../../ui/DateTime.js';

/** The member's choice is with a supporter: who, and until when they have to answer. */
export function WaitingForAnswer({ offer }: { offer: OfferDto }) {
  const { t } = useTranslation();
  const headingId = useId();
  const handle = offer.supporterHandle;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId} tabIndex={-1} data-view-heading="waiting">
        {t('support.waiting.heading', { handle })}
      </h2>
      <p>{t('support.waiting.text', { handle })}</p>
      <dl className="facts">
        <dt>{t('support.waiting.until')}</dt>
        <dd>
          <DateTime iso={offer.expiresAt} />
        </dd>
      </dl>
    </section>
  );
}
