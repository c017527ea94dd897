import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrisisLines } from '../../crisis-lines/queries.js';
import { withCrisisLines } from '../plan-items.js';

interface CrisisLinesPrefillProps {
  items: readonly string[];
  onChange: (items: string[]) => void;
}

/** Step 5 can start from the program's own crisis lines, which the member then edits like anything else. */
export function CrisisLinesPrefill({ items, onChange }: CrisisLinesPrefillProps) {
  const { t } = useTranslation();
  const lines = useCrisisLines();
  const [message, setMessage] = useState<string | null>(null);
  if (!lines.data?.length) return null;
  const crisisLines = lines.data;

  function add() {
    const next = withCrisisLines(items, crisisLines);
    setMessage(t('safetyPlan.crisisLinesAdded', { count: next.length - items.length }));
    onChange(next);
  }

  return (
    <div className="actions">
      <button type="button" className="button-secondary" onClick={add}>
        {t('safetyPlan.addCrisisLines')}
      </button>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}
