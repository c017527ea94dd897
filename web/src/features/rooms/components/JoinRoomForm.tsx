import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';
import { chatProblemText } from '../../conversations/chat-problems.js';

interface JoinRoomFormProps {
  room: RoomDto;
  /** Joins (or accepts again) naming the agreement version shown; the page owns the request, as this form goes once it succeeds. */
  onJoin: (agreementVersion: number) => void;
  pending: boolean;
  error: unknown;
}

const NOT_ACCEPTED: FieldError = { field: 'accept', code: 'agreement_required', message: 'agreement_required' };

/**
 * The community agreement with "I accept" and a button: to join, or to accept it again after it changed.
 * Joining names the version shown here, so a change made meanwhile is never accepted unseen.
 */
export function JoinRoomForm({ room, onJoin, pending, error: joinError }: JoinRoomFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<FieldError | undefined>();
  const again = room.joined && !room.agreementAccepted;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!accepted) {
      setError(NOT_ACCEPTED);
      document.getElementById(`${id}-accept`)?.focus();
      return;
    }
    setError(undefined);
    onJoin(room.agreementVersion);
  }

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{again ? t('rooms.agreementChangedHeading') : t('rooms.agreementHeading')}</h2>
      {again && <p>{t('rooms.agreementChangedText')}</p>}
      <div className="agreement story">{room.agreement}</div>
      {joinError !== null && (
        <p role="alert" className="notice notice-error">
          {chatProblemText(t, joinError)}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit} className="form">
        <CheckboxField id={`${id}-accept`} label={t('rooms.accept')} checked={accepted} onChange={setAccepted} error={error} />
        <button type="submit">{again ? t('rooms.acceptAgain') : t('rooms.join')}</button>
      </form>
    </section>
  );
}
