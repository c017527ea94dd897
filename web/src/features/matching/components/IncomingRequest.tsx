import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferDto } from '../../../../../shared/contracts/matching.js';
import { DateTime } from '../../../ui/DateTime.js';
import { DeclineRequest } from './DeclineRequest.js';
import { ReasonList } from './ReasonList.js';

interface IncomingRequestProps {
  offer: OfferDto;
  onAccept: (offer: OfferDto) => void;
  onDecline: (offer: OfferDto, reason: string | null) => void;
}

/** A member's request to one supporter: why they were matched, the member's note, and Accept or Decline. */
export function IncomingRequest({ offer, onAccept, onDecline }: IncomingRequestProps) {
  const { t } = useTranslation();
  const whyId = useId();
  const handle = offer.memberHandle;
  return (
    <li className="card">
      <h3>{t('supporterRequests.heading', { handle })}</h3>
      <dl className="facts">
        <dt>{t('supporterRequests.sent')}</dt>
        <dd>
          <DateTime iso={offer.createdAt} />
        </dd>
        <dt>{t('supporterRequests.answerBy')}</dt>
        <dd>
          <DateTime iso={offer.expiresAt} />
        </dd>
        <dt>{t('supporterRequests.note')}</dt>
        <dd className={offer.note ? 'story' : 'muted'}>{offer.note ?? t('supporterRequests.noNote')}</dd>
      </dl>
      <p id={whyId} className="reason-intro">
        {t('supporterRequests.why', { handle })}
      </p>
      <ReasonList reasons={offer.reasons} viewer="supporter" primaryTopic={null} labelledBy={whyId} />
      <p>
        <Link to={`/profiles/${encodeURIComponent(offer.memberId)}`}>{t('supporterRequests.profileLink', { handle })}</Link>
      </p>
      <div className="actions">
        <button type="button" onClick={() => onAccept(offer)}>
          {t('supporterRequests.accept', { handle })}
        </button>
      </div>
      <DeclineRequest handle={handle} onDecline={(reason) => onDecline(offer, reason)} />
    </li>
  );
}
