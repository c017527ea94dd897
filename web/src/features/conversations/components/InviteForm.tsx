import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chatInvitationInput } from '../../../../../shared/contracts/conversations.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useInviteToChat } from '../queries.js';

/** Invites another member, by handle, to a private conversation they may accept or decline. */
export function InviteForm({ onInvited }: { onInvited: (handle: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = { handle: { id: `${id}-handle`, label: t('invitations.handle') } };
  const [handle, setHandle] = useState('');
  const errors = useFormErrors();
  const invite = useInviteToChat();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    const input = errors.validate(chatInvitationInput, { handle });
    if (!input) return;
    invite.mutate(input.handle, {
      onSuccess: (invitation) => {
        setHandle('');
        onInvited(invitation.to.handle);
      },
      onError: errors.fail,
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField {...fields.handle} value={handle} onChange={setHandle} required hint={t('invitations.handleHint')} error={errors.fields.handle} />
      <button type="submit">{t('invitations.send')}</button>
    </form>
  );
}
