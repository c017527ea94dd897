import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { formatDateTime } from '../../../lib/format.js';
import { acceptedOffer } from '../offer-state.js';

/** The member's last request found someone: who, since when, and the way to their relationship. */
export function MatchedNotice({ request }: { request: SupportRequestDto }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const offer = acceptedOffer(request);
  if (!offer) return null;
  const handle = offer.supporterHandle;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('support.matched.heading', { handle })}</h2>
      <p>{t('support.matched.text', { handle, date: formatDateTime(offer.respondedAt ?? offer.createdAt, i18n.language) })}</p>
      <p>
        <Link to="/relationships">{t('support.matched.link', { handle })}</Link>
      </p>
    </section>
  );
}
