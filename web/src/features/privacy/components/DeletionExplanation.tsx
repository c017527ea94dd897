import { useTranslation } from 'react-i18next';
import type { DeletionExplanationDto } from '../../../../../shared/contracts/privacy.js';
import { deletionItemText, keptReasonText } from '../deletion-text.js';

/** What deleting the account erases, what is kept and why, and that it can't be undone. */
export function DeletionExplanation({ explanation }: { explanation: DeletionExplanationDto }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h3>{t('data.erasedHeading')}</h3>
      <ul>
        {explanation.erased.map((key) => (
          <li key={key}>{deletionItemText(t, key)}</li>
        ))}
      </ul>
      <h3>{t('data.keptHeading')}</h3>
      {explanation.kept.length === 0 ? (
        <p>{t('data.nothingKept')}</p>
      ) : (
        <ul>
          {explanation.kept.map(({ key, reason }) => {
            const why = keptReasonText(t, i18n.language, key, reason);
            return (
              <li key={key}>
                <strong>{deletionItemText(t, key)}</strong>: <span lang={why.lang}>{why.text}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="notice notice-error">
        <strong>{t('data.cannotUndo')}</strong>
      </p>
    </>
  );
}
