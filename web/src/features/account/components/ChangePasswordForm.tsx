import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../../../shared/contracts/accounts.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useChangePassword } from '../queries.js';

const EMPTY = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    currentPassword: { id: `${id}-current`, label: t('security.currentPassword') },
    newPassword: { id: `${id}-new`, label: t('security.newPassword') },
  };
  const { values, bind, setValues } = useFormValues(EMPTY);
  const errors = useFormErrors();
  const changePassword = useChangePassword();
  const [changed, setChanged] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending) return;
    setChanged(false);
    const body = errors.validate(changePasswordBody, values);
    if (!body) return;
    changePassword.mutate(body, {
      onSuccess: () => {
        setValues(EMPTY);
        setChanged(true);
      },
      onError: errors.fail,
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('security.passwordHeading')}</h2>
      <StatusMessage message={changed ? t('security.passwordChanged') : null} />
      <form noValidate onSubmit={handleSubmit} className="form">
        <ErrorSummary errors={errors} fields={fields} />
        <FormField
          {...fields.currentPassword}
          {...bind('currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.fields.currentPassword}
        />
        <FormField
          {...fields.newPassword}
          {...bind('newPassword')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.passwordHint')}
          error={errors.fields.newPassword}
        />
        <button type="submit">{t('security.changePassword')}</button>
      </form>
    </section>
  );
}
