import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { MatchedNotice } from '../components/MatchedNotice.js';
import { NewRequest, type RequestDraft } from '../components/NewRequest.js';
import { OpenRequest } from '../components/OpenRequest.js';
import { requestView, type RequestView } from '../offer-state.js';
import { useCurrentRequest } from '../queries.js';

/** A member's way to a peer supporter: the request form, then suggestions, their choice, and the answer. */
export function SupportPage() {
  const { t } = useTranslation();
  const current = useCurrentRequest();
  const view = requestView(current.data ?? null);
  const content = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<RequestView | null>(null);
  const [status, setStatus] = useState<{ message: string; count: number } | null>(null);
  const [draft, setDraft] = useState<RequestDraft | null>(null);

  // Each action replaces the part of the page the member used. Focus moves to the heading of what replaces it
  // once that is on the page (the refreshed request may arrive a moment after the action's own answer).
  useEffect(() => {
    const target = focusTarget.current && content.current?.querySelector<HTMLElement>(`[data-view-heading="${focusTarget.current}"]`);
    if (!target) return;
    focusTarget.current = null;
    target.focus();
  }, [status, view]);

  function after(message: string, next: RequestView) {
    focusTarget.current = next;
    setStatus((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
  }

  return (
    <Page title={t('support.title')}>
      <p className="lead">{t('support.intro')}</p>
      <p className="notice">{t('support.notCrisis')}</p>
      <StatusMessage message={status?.message ?? null} />
      <div ref={content}>
        <QueryState query={current}>
          {(request) =>
            request && view !== 'ask' ? (
              <OpenRequest
                key={request.id}
                request={request}
                onChosen={(handle) => after(t('support.suggestions.chosen', { handle }), 'waiting')}
                onProposalAnswered={(handle, accepted) =>
                  accepted
                    ? after(t('support.suggestions.chosen', { handle }), 'waiting')
                    : after(t('support.proposal.declined'), 'suggestions')
                }
                onCancelled={() => after(t('support.cancel.done'), 'ask')}
                onDraft={setDraft}
                onRelaxed={() => after(t('support.none.relaxedStatus'), 'ask')}
              />
            ) : (
              <>
                {request?.status === 'matched' && <MatchedNotice request={request} />}
                <NewRequest
                  key={draft ? `draft-${draft.preference}` : 'new'}
                  again={request?.status === 'matched'}
                  draft={draft}
                  onCreated={() => {
                    setDraft(null);
                    after(t('support.created'), 'suggestions');
                  }}
                />
              </>
            )
          }
        </QueryState>
      </div>
    </Page>
  );
}
