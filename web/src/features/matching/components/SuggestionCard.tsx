import { useTranslation } from 'react-i18next';
import type { SuggestionDto } from '../../../../../shared/contracts/matching.js';
import { ReasonList } from './ReasonList.js';

interface SuggestionCardProps {
  suggestion: SuggestionDto;
  /** The card heading's id, so "Show more suggestions" can move focus to the first new card. */
  headingId: string;
  primaryTopic: string | null;
  onChoose: (suggestion: SuggestionDto) => void;
}

/** One suggested supporter: their handle, their story if they share it, why they are suggested, and "Choose". */
export function SuggestionCard({ suggestion, headingId, primaryTopic, onChoose }: SuggestionCardProps) {
  const { t } = useTranslation();
  const { handle } = suggestion;
  const whyId = `${headingId}-why`;
  return (
    <li className="card">
      <h3 id={headingId} tabIndex={-1}>
        {handle}
      </h3>
      {suggestion.story && <p className="story">{suggestion.story}</p>}
      <p id={whyId} className="reason-intro">
        {t('support.suggestions.why', { handle })}
      </p>
      <ReasonList reasons={suggestion.reasons} viewer="member" primaryTopic={primaryTopic} labelledBy={whyId} />
      <div className="actions">
        <button type="button" onClick={() => onChoose(suggestion)}>
          {t('support.suggestions.choose', { handle })}
        </button>
      </div>
    </li>
  );
}
