import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDto } from '../../../../../shared/contracts/groups.js';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';
import { groupProblemText } from '../group-problems.js';

interface JoinGroupFormProps {
  group: GroupDto;
  onJoin: (agreementVersion: number) => void;
  pending: boolean;
  error: unknown;
}

const NOT_ACCEPTED: FieldError = { field: 'accept', code: 'agreement_required', message: 'agreement_required' };

/**
 * The group agreement with "I accept" and a button: to join, to join the waiting list when the group is
 * full, to accept an invitation, or to accept the agreement again after it changed. Joining names the
 * version shown, so a change made meanwhile is never accepted unseen.
 */
export function JoinGroupForm({ group, onJoin, pending, error: joinError }: JoinGroupFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<FieldError | undefined>();
  const status = group.myMembership?.status;
  const again = status === 'member' && !group.myMembership?.agreementAccepted;
  const invited = status === 'invited';
  const full = !again && !invited && group.spotsLeft <= 0;
  const label = again ? t('groups.join.acceptAgain') : invited ? t('groups.join.acceptInvitation') : full ? t('groups.join.joinWaitlist') : t('groups.join.join');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!accepted) {
      setError(NOT_ACCEPTED);
      document.getElementById(`${id}-accept`)?.focus();
      return;
    }
    setError(undefined);
    onJoin(group.agreementVersion);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card">
      <h2 id={`${id}-heading`}>{again ? t('groups.join.changedHeading') : t('groups.join.heading')}</h2>
      {again && <p>{t('groups.join.changedText')}</p>}
      <div className="agreement story agreement-text" lang={group.language}>
        {group.agreement}
      </div>
      {full && <p>{t('groups.join.fullText')}</p>}
      {joinError !== null && joinError !== undefined && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, joinError)}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit} className="form">
        <CheckboxField id={`${id}-accept`} label={t('groups.join.accept')} checked={accepted} onChange={setAccepted} error={error} />
        <button type="submit">{label}</button>
      </form>
    </section>
  );
}
