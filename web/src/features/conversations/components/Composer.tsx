import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { editMessageInput } from '../../../../../shared/contracts/conversations.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';

interface ComposerProps {
  onSend: (body: string) => void;
  onTyping: () => void;
}

/** Enter sends and Shift+Enter starts a new line (as in most chats; the hint says so). */
export function Composer({ onSend, onTyping }: ComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [body, setBody] = useState('');
  const errors = useFormErrors();
  const error = errors.fields.body;

  function submit() {
    // The same rules as an edit: not empty, not too long.
    const input = errors.validate(editMessageInput, { body });
    if (!input) return;
    onSend(input.body);
    setBody('');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Not while an input method is composing a character.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  }

  return (
    <form noValidate className="composer" onSubmit={handleSubmit}>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id}>{t('chat.composerLabel')}</label>
        <p id={hintId} className="field-hint">
          {t('chat.composerHint')}
        </p>
        <textarea
          id={id}
          rows={3}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, error ? errorId : null)}
          onChange={(event) => {
            setBody(event.target.value);
            if (event.target.value.trim()) onTyping();
          }}
          onKeyDown={handleKeyDown}
        />
        <FieldErrorMessage id={errorId} error={error} />
      </div>
      <button type="submit">{t('chat.send')}</button>
    </form>
  );
}
