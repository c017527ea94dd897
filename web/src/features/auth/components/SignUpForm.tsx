import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerBody } from '../../../../../shared/contracts/accounts.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { currentLocale } from '../../../lib/i18n.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useRegister } from '../queries.js';
import { TermsAgreement } from './TermsAgreement.js';

export function SignUpForm() {
  const { t } = useTranslation();
  const id = useId();
  const fields = {
    email: { id: `${id}-email`, label: t('auth.email') },
    handle: { id: `${id}-handle`, label: t('auth.signUp.handle') },
    password: { id: `${id}-password`, label: t('auth.password') },
    acceptTerms: { id: `${id}-terms`, label: t('auth.signUp.acceptTerms') },
  };
  const { values, bind } = useFormValues({ email: '', handle: '', password: '' });
  const [acceptTerms, setAcceptTerms] = useState(false);
  const errors = useFormErrors();
  const register = useRegister();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    const body = errors.validate(registerBody, { ...values, acceptTerms, locale: currentLocale() });
    if (body) register.mutate({ ...body, acceptTerms }, { onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField
        {...fields.email}
        {...bind('email')}
        type="email"
        autoComplete="email"
        required
        hint={t('auth.signUp.emailHint')}
        error={errors.fields.email}
      />
      <FormField
        {...fields.handle}
        {...bind('handle')}
        autoComplete="nickname"
        required
        hint={t('auth.signUp.handleHint')}
        error={errors.fields.handle}
      />
      <FormField
        {...fields.password}
        {...bind('password')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('auth.passwordHint')}
        error={errors.fields.password}
      />
      <TermsAgreement
        id={fields.acceptTerms.id}
        checked={acceptTerms}
        onChange={setAcceptTerms}
        error={errors.fields.acceptTerms}
      />
      <button type="submit">
        {t('auth.signUp.submit')}
      </button>
    </form>
  );
}
