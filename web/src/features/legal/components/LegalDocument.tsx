import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/format.js';
import { Page } from '../../../ui/Page.js';

export interface LegalSection {
  id: string;
  heading: string;
  text: string;
}

interface LegalDocumentProps {
  title: string;
  /** The version in force, a calendar day such as "2026-11-22". */
  version: string;
  sections: LegalSection[];
}

/** A short legal text in plain words: its version, then one headed section per topic. */
export function LegalDocument({ title, version, sections }: LegalDocumentProps) {
  const { t, i18n } = useTranslation();
  return (
    <Page title={title}>
      <p className="muted">{t('legal.version', { date: formatDay(version, i18n.language) })}</p>
      <p className="lead">{t('legal.plainWords')}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`legal-${section.id}`}>
          <h2 id={`legal-${section.id}`}>{section.heading}</h2>
          <p>{section.text}</p>
        </section>
      ))}
    </Page>
  );
}
