import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../lib/error-text.js';
import type { FormErrorState } from '../../../lib/form-errors.js';
import { preferencesErrorText } from '../preferences-form.js';

/** The settings form's errors at its top, in this form's words; focus goes to the first invalid field. */
export function PreferencesErrorSummary({ errors, targets }: { errors: FormErrorState; targets: Record<string, { id: string; label: string }> }) {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const items = Object.entries(errors.fields).flatMap(([field, error]) => {
    if (!error) return [];
    const target = targets[field];
    const text = preferencesErrorText(t, error);
    return [{ field, text: target ? `${target.label}: ${text}` : text, targetId: target?.id }];
  });
  if (errors.problem !== null) items.push({ field: 'problem', text: problemText(t, errors.problem), targetId: undefined });
  const firstTarget = items.find((item) => item.targetId)?.targetId;
  const hasItems = items.length > 0;

  useEffect(() => {
    if (errors.attempt === 0 || !hasItems) return;
    (firstTarget ? document.getElementById(firstTarget) : summaryRef.current)?.focus();
  }, [errors.attempt, firstTarget, hasItems]);

  if (!hasItems) return null;
  const focus = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('errors.summaryTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.field}>
            {item.targetId ? (
              <a href={`#${item.targetId}`} onClick={(event) => focus(event, item.targetId!)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
