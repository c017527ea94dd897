import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { fieldErrorText } from '../lib/error-text.js';

/** The error under a field, in the reader's language; its id goes in the field's aria-describedby. */
export function FieldErrorMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = fieldErrorText(t, error);
  return (
    <p id={id} className="field-error">
      {message.text}
      {message.englishHint && (
        <>
          {' '}
          {t('fieldErrors.hint')} <span lang="en">{message.englishHint}</span>
        </>
      )}
    </p>
  );
}

/** The aria-describedby value for a control with an optional hint and error. */
export function describedBy(hintId: string | null, errorId: string | null): string | undefined {
  return [hintId, errorId].filter(Boolean).join(' ') || undefined;
}
