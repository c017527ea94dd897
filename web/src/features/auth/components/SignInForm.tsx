import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInBody } from '../../../../../shared/contracts/accounts.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useSignIn } from '../queries.js';

export function SignInForm() {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    email: { id: `${id}-email`, label: t('auth.email') },
    password: { id: `${id}-password`, label: t('auth.password') },
  };
  const { values, bind } = useFormValues({ email: '', password: '' });
  const errors = useFormErrors();
  const signIn = useSignIn();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const body = errors.validate(signInBody, values);
    if (body) signIn.mutate(body, { onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField {...fields.email} {...bind('email')} type="email" autoComplete="email" required error={errors.fields.email} />
      <FormField
        {...fields.password}
        {...bind('password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.fields.password}
      />
      <button type="submit">
        {t('auth.signIn.submit')}
      </button>
    </form>
  );
}
