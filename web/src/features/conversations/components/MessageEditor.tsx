import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { editMessageInput, type MessageDto } from '../../../../../shared/contracts/conversations.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';
import { editMessage } from '../api.js';
import { chatProblemText } from '../chat-problems.js';
import { useOfferSupportCard } from '../../safety/support-card-context.js';

interface MessageEditorProps {
  message: MessageDto;
  onSaved: (message: MessageDto) => void;
  onCancel: () => void;
}

/** Edits one of my messages in place; Escape cancels. */
export function MessageEditor({ message, onSaved, onCancel }: MessageEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(message.body);
  const errors = useFormErrors();
  const offerSupportCard = useOfferSupportCard();
  const save = useMutation({ mutationFn: (text: string) => editMessage(message.conversationId, message.id, text) });
  const error = errors.fields.body;

  useEffect(() => field.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const input = errors.validate(editMessageInput, { body });
    if (!input) return;
    save.mutate(input.body, {
      onSuccess: ({ message: saved, supportCard }) => {
        onSaved(saved);
        if (supportCard) offerSupportCard(supportCard);
      },
      onError: errors.fail,
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') onCancel();
  }

  return (
    <form noValidate className="message-editor" onSubmit={handleSubmit}>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id}>{t('chat.editLabel')}</label>
        <textarea
          ref={field}
          id={id}
          rows={3}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(null, error ? `${id}-error` : null)}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={handleKeyDown}
        />
        <FieldErrorMessage id={`${id}-error`} error={error} />
      </div>
      {errors.problem !== null && (
        <p role="alert" className="inline-error">
          {chatProblemText(t, errors.problem)}
        </p>
      )}
      <div className="actions actions-compact">
        <button type="submit" className="button-small">
          {t('chat.save')}
        </button>
        <button type="button" className="button-secondary button-small" onClick={onCancel}>
          {t('chat.cancel')}
        </button>
      </div>
    </form>
  );
}
