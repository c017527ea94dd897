import { useTranslation } from 'react-i18next';
import { CURRENT_CONSENT_VERSIONS } from '../../../../../shared/consents.js';
import { LegalDocument } from '../components/LegalDocument.js';

const SECTIONS = ['whatItIs', 'notClinical', 'notCrisis', 'safety', 'handle', 'respect', 'choices', 'changes'] as const;

export function TermsPage() {
  const { t } = useTranslation();
  return (
    <LegalDocument
      title={t('legal.terms.title')}
      version={CURRENT_CONSENT_VERSIONS.terms}
      sections={SECTIONS.map((id) => ({
        id,
        heading: t(`legal.terms.sections.${id}.heading`),
        text: t(`legal.terms.sections.${id}.text`),
      }))}
    />
  );
}
