import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteAccountInput } from '../../../../../shared/contracts/privacy.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useDeleteAccount } from '../queries.js';

/** Password and the word DELETE, then the account is gone and the person is signed out. */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    password: { id: `${id}-password`, label: t('data.password') },
    confirm: { id: `${id}-confirm`, label: t('data.confirm') },
  };
  const { values, bind } = useFormValues({ password: '', confirm: '' });
  const errors = useFormErrors();
  const deleteAccount = useDeleteAccount();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (deleteAccount.isPending) return;
    const input = errors.validate(deleteAccountInput, values);
    if (input) deleteAccount.mutate(input, { onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField
        {...fields.password}
        {...bind('password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.fields.password}
      />
      <FormField
        {...fields.confirm}
        {...bind('confirm')}
        autoComplete="off"
        required
        hint={t('data.confirmHint')}
        error={errors.fields.confirm}
      />
      <button type="submit" className="button-danger">
        {t('data.submit')}
      </button>
    </form>
  );
}
