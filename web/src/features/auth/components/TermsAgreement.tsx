import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';

interface TermsAgreementProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: FieldError;
}

/** "I agree to the terms of use and the privacy notice", with both texts a new tab away so the form keeps its values. */
export function TermsAgreement({ id, checked, onChange, error }: TermsAgreementProps) {
  const { t } = useTranslation();
  const newTab = { target: '_blank', rel: 'noopener' } as const;
  return (
    <CheckboxField
      id={id}
      label={t('auth.signUp.acceptTerms')}
      checked={checked}
      onChange={onChange}
      error={error}
      hint={
        <Trans
          i18nKey="auth.signUp.acceptTermsHint"
          components={{ termsLink: <Link to="/legal/terms" {...newTab} />, privacyLink: <Link to="/legal/privacy" {...newTab} /> }}
        />
      }
    />
  );
}
