import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferDto, SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { DateTime } from '../../../ui/DateTime.js';
import { useRespondToProposal } from '../queries.js';
import { ReasonList } from './ReasonList.js';

interface ProposalCardProps {
  request: SupportRequestDto;
  proposal: OfferDto;
  onAnswered: (handle: string, accepted: boolean) => void;
}

/** The supporter the program team proposed: why, until when, and the member's own yes or no. */
export function ProposalCard({ request, proposal, onAnswered }: ProposalCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const whyId = useId();
  const respond = useRespondToProposal();
  const handle = proposal.supporterHandle;

  function answer(accept: boolean) {
    if (respond.isPending) return;
    // The answer changes what the page shows, so wait for it rather than use callbacks.
    respond.mutateAsync({ requestId: request.id, accept }).then(
      () => onAnswered(handle, accept),
      () => undefined,
    );
  }

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId} tabIndex={-1} data-view-heading="proposal">
        {t('support.proposal.heading', { handle })}
      </h2>
      <p>{t('support.proposal.text', { handle })}</p>
      <p id={whyId} className="reason-intro">
        {t('support.suggestions.why', { handle })}
      </p>
      <ReasonList reasons={proposal.reasons} viewer="member" primaryTopic={request.primaryTopic} labelledBy={whyId} />
      <dl className="facts">
        <dt>{t('support.proposal.openUntil')}</dt>
        <dd>
          <DateTime iso={proposal.expiresAt} />
        </dd>
      </dl>
      {respond.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, respond.error)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => answer(true)}>
          {t('support.proposal.accept', { handle })}
        </button>
        <button type="button" className="button-secondary" onClick={() => answer(false)}>
          {t('support.proposal.decline')}
        </button>
      </div>
    </section>
  );
}
