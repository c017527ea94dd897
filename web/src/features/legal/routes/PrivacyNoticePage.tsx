import { useTranslation } from 'react-i18next';
import { CURRENT_CONSENT_VERSIONS } from '../../../../../shared/consents.js';
import { LegalDocument } from '../components/LegalDocument.js';

const SECTIONS = ['who', 'stored', 'visibility', 'clinicians', 'safety', 'evaluation', 'rights', 'noSale', 'cookies'] as const;

export function PrivacyNoticePage() {
  const { t } = useTranslation();
  return (
    <LegalDocument
      title={t('legal.privacy.title')}
      version={CURRENT_CONSENT_VERSIONS.privacy}
      sections={SECTIONS.map((id) => ({
        id,
        heading: t(`legal.privacy.sections.${id}.heading`),
        text: t(`legal.privacy.sections.${id}.text`),
      }))}
    />
  );
}
