import { useTranslation } from 'react-i18next';
import type { SuggestionsDto, SupportRequestDto } from '../../../../../shared/contracts/matching.js';
import { problemText } from '../../../lib/error-text.js';
import { useCancelRequest } from '../queries.js';
import { relaxedForm, type RelaxablePreference } from '../request-form.js';
import type { RequestDraft } from './NewRequest.js';

interface NoSuggestionsProps {
  request: SupportRequestDto;
  relax: SuggestionsDto['relax'];
  /** The opened-up request for the form, given before cancelling so the form appears with it; null when cancelling failed. */
  onDraft: (draft: RequestDraft | null) => void;
  onRelaxed: () => void;
  onCheckAgain: () => void;
}

/**
 * When nobody fits, says so kindly: which one preference would open things up and for how many supporters,
 * with a way to ask again without it. When nobody has room at all, the request simply stays open.
 */
export function NoSuggestions({ request, relax, onDraft, onRelaxed, onCheckAgain }: NoSuggestionsProps) {
  const { t } = useTranslation();
  const cancel = useCancelRequest();

  function askAgainWithout(preference: RelaxablePreference) {
    if (cancel.isPending) return;
    onDraft({ form: relaxedForm(request, preference), preference });
    // Once cancelled the page shows the form, so wait for the answer rather than use callbacks.
    cancel.mutateAsync(request.id).then(onRelaxed, () => onDraft(null));
  }

  return (
    <div className="card">
      <h3>{t('support.none.heading')}</h3>
      {relax.length > 0 ? (
        <>
          <p>{t('support.none.text')}</p>
          <ul className="plain-list">
            {relax.map((option) => (
              <li key={option.preference} className="relax-option">
                <p>{t(`support.none.relax.${option.preference}`, { count: option.wouldFind })}</p>
                <button type="button" className="button-secondary" onClick={() => askAgainWithout(option.preference)}>
                  {t(`support.none.relaxButton.${option.preference}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t('support.none.nobody')}</p>
          <button type="button" className="button-secondary" onClick={onCheckAgain}>
            {t('support.none.checkAgain')}
          </button>
        </>
      )}
      {cancel.isError && (
        <p role="alert" className="notice notice-error">
          {problemText(t, cancel.error)}
        </p>
      )}
    </div>
  );
}
