import { useTranslation } from 'react-i18next';
import type { SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { choiceOutcome, latestOffer } from '../offer-state.js';
import { CancelRequest } from './CancelRequest.js';
import type { RequestDraft } from './NewRequest.js';
import { ProposalCard } from './ProposalCard.js';
import { RequestSummary } from './RequestSummary.js';
import { Suggestions } from './Suggestions.js';
import { WaitingForAnswer } from './WaitingForAnswer.js';

interface OpenRequestProps {
  request: SupportRequestDto;
  onChosen: (handle: string) => void;
  onProposalAnswered: (handle: string, accepted: boolean) => void;
  onCancelled: () => void;
  onDraft: (draft: RequestDraft | null) => void;
  onRelaxed: () => void;
}

/**
 * An open request: the supporter the program proposed, or, while a supporter has the request, who and until
 * when; otherwise the suggestions, after a kind word when the last choice was declined or ran out of time.
 * Then what was asked for, and "Cancel my request".
 */
export function OpenRequest({ request, onChosen, onProposalAnswered, onCancelled, onDraft, onRelaxed }: OpenRequestProps) {
  const { t } = useTranslation();
  const offer = latestOffer(request);
  const outcome = choiceOutcome(request);

  function current() {
    if (offer && outcome === 'proposed') return <ProposalCard request={request} proposal={offer} onAnswered={onProposalAnswered} />;
    if (offer && outcome === 'waiting') return <WaitingForAnswer offer={offer} />;
    return (
      <>
        {offer && (outcome === 'declined' || outcome === 'expired') && (
          <p className="notice">{t(`support.${outcome}`, { handle: offer.supporterHandle })}</p>
        )}
        <Suggestions request={request} onChosen={onChosen} onDraft={onDraft} onRelaxed={onRelaxed} />
      </>
    );
  }

  return (
    <>
      {current()}
      <RequestSummary request={request} />
      <CancelRequest request={request} onCancelled={onCancelled} />
    </>
  );
}
