import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { ApiError } from '../../../lib/http.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useAcceptRequest, useDeclineRequest, useIncomingRequests } from '../queries.js';
import { IncomingRequest } from './IncomingRequest.js';

/** The supporter's waiting requests; answers and their errors are reported above the list, which keeps focus. */
export function IncomingRequests() {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const offers = useIncomingRequests();
  const accept = useAcceptRequest();
  const decline = useDeclineRequest();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const atCapacity = failure instanceof ApiError && failure.code === 'at_capacity';

  function settle(outcome: { message: string } | { failure: unknown }) {
    setMessage('message' in outcome ? outcome.message : null);
    setFailure('failure' in outcome ? outcome.failure : null);
    // The answered card leaves the list; the list's heading keeps the person's place.
    heading.current?.focus();
  }

  function handleAccept(offer: OfferDto) {
    if (accept.isPending || decline.isPending) return;
    const handle = offer.memberHandle;
    accept.mutate(offer.id, {
      onSuccess: () => settle({ message: t('supporterRequests.accepted', { handle }) }),
      onError: (error) => settle({ failure: error }),
    });
  }

  function handleDecline(offer: OfferDto, reason: string | null) {
    if (accept.isPending || decline.isPending) return;
    const handle = offer.memberHandle;
    decline.mutate(
      { offerId: offer.id, reason },
      {
        onSuccess: () => settle({ message: t('supporterRequests.declined', { handle }) }),
        onError: (error) => settle({ failure: error }),
      },
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('supporterRequests.waitingHeading')}
      </h2>
      <StatusMessage message={message} />
      {failure !== null && (
        <div role="alert" className="notice notice-error">
          <p>{problemText(t, failure)}</p>
          {atCapacity && (
            <p>
              <Link to="/profile/supporter">{t('supporterRequests.settingsLink')}</Link>
            </p>
          )}
        </div>
      )}
      <QueryState query={offers}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('supporterRequests.empty')}</p>
          ) : (
            <ul className="plain-list">
              {list.map((offer) => (
                <IncomingRequest key={offer.id} offer={offer} onAccept={handleAccept} onDecline={handleDecline} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
