import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, problemText } from '../lib/error-text.js';
import type { FormErrorState } from '../lib/form-errors.js';

/** The form's inputs by request field name: their element ids and visible labels. */
export type SummaryFields = Record<string, { id: string; label: string }>;

interface ErrorSummaryProps {
  errors: FormErrorState;
  fields: SummaryFields;
}

interface Item {
  key: string;
  text: string;
  targetId?: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  document.getElementById(id)?.focus();
}

/** Lists a form's errors at its top and moves focus to the first invalid field after each failed attempt. */
export function ErrorSummary({ errors, fields }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);

  const fieldItems: Item[] = Object.entries(fields).flatMap(([name, field]) => {
    const error = errors.fields[name];
    return error ? [{ key: name, text: `${field.label}: ${fieldErrorText(t, error).text}`, targetId: field.id }] : [];
  });
  const otherItems: Item[] = Object.entries(errors.fields).flatMap(([name, error]) =>
    error && !fields[name] ? [{ key: name, text: fieldErrorText(t, error).text }] : [],
  );
  const problemItems: Item[] =
    errors.problem === null ? [] : [{ key: 'problem', text: problemText(t, errors.problem) }];
  const items = [...fieldItems, ...otherItems, ...problemItems];

  const firstTarget = fieldItems[0]?.targetId;
  const hasItems = items.length > 0;

  useEffect(() => {
    if (errors.attempt === 0 || !hasItems) return;
    const target = firstTarget ? document.getElementById(firstTarget) : summaryRef.current;
    target?.focus();
  }, [errors.attempt, firstTarget, hasItems]);

  if (!hasItems) return null;
  return (
    <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('errors.summaryTitle')}</h2>
      <ul>
        {items.map(({ key, text, targetId }) => (
          <li key={key}>
            {targetId ? (
              <a href={`#${targetId}`} onClick={(event) => focusField(event, targetId)}>
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
