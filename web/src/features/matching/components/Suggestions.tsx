import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionDto, SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { ApiError } from '../../../lib/http.js';
import { QueryState } from '../../../ui/QueryState.js';
import { useChooseSupporter, useSuggestions } from '../queries.js';
import type { RequestDraft } from './NewRequest.js';
import { NoSuggestions } from './NoSuggestions.js';
import { SuggestionCard } from './SuggestionCard.js';

interface SuggestionsProps {
  request: SupportRequestDto;
  onChosen: (handle: string) => void;
  onDraft: (draft: RequestDraft | null) => void;
  onRelaxed: () => void;
}

interface Failure {
  handle: string;
  error: unknown;
}

/** Suggested supporters, five at a time, each with "Choose"; or, when nobody fits, what could help. */
export function Suggestions({ request, onChosen, onDraft, onRelaxed }: SuggestionsProps) {
  const { t } = useTranslation();
  const base = useId();
  const headingId = `${base}-heading`;
  const noMoreId = `${base}-no-more`;
  const suggestions = useSuggestions(request.id);
  const choose = useChooseSupporter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const cardHeadingId = (suggestion: SuggestionDto) => `${base}-${suggestion.supporterId}`;

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  function handleChoose(suggestion: SuggestionDto) {
    if (choose.isPending) return;
    setFailure(null);
    // Once chosen the page shows the waiting request, so wait for the answer rather than use callbacks.
    choose.mutateAsync({ requestId: request.id, supporterId: suggestion.supporterId }).then(
      () => onChosen(suggestion.handle),
      (error: unknown) => setFailure({ handle: suggestion.handle, error }),
    );
  }

  function showMore(shown: readonly SuggestionDto[]) {
    if (suggestions.isFetchingNextPage) return;
    void suggestions.fetchNextPage().then((result) => {
      const next = result.data?.pages.flatMap((page) => page.suggestions)[shown.length];
      setFocusTarget(next ? cardHeadingId(next) : noMoreId);
    });
  }

  function failureText({ handle, error }: Failure): string {
    if (error instanceof ApiError && error.code === 'supporter_unavailable') return t('support.suggestions.unavailable', { handle });
    return problemText(t, error);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-view-heading="suggestions">
        {t('support.suggestions.heading')}
      </h2>
      <QueryState query={suggestions}>
        {({ pages }) => {
          const shown = pages.flatMap((page) => page.suggestions);
          if (shown.length === 0) {
            return <NoSuggestions request={request} relax={pages[0]?.relax ?? []} onDraft={onDraft} onRelaxed={onRelaxed} onCheckAgain={() => void suggestions.refetch()} />;
          }
          return (
            <>
              <p>{t('support.suggestions.intro')}</p>
              {failure && (
                <p role="alert" className="notice notice-error">
                  {failureText(failure)}
                </p>
              )}
              <ul className="plain-list">
                {shown.map((suggestion) => (
                  <SuggestionCard
                    key={suggestion.supporterId}
                    suggestion={suggestion}
                    headingId={cardHeadingId(suggestion)}
                    primaryTopic={request.primaryTopic}
                    onChoose={handleChoose}
                  />
                ))}
              </ul>
              {suggestions.hasNextPage ? (
                <button type="button" className="button-secondary" onClick={() => showMore(shown)}>
                  {t('support.suggestions.more')}
                </button>
              ) : (
                pages.length > 1 && (
                  <p id={noMoreId} tabIndex={-1}>
                    {t('support.suggestions.noMore')}
                  </p>
                )
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
