import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../../../shared/locales.js';
import { changeLocale, currentLocale, isLocale } from '../../../lib/i18n.js';
import { useCurrentUser } from '../../auth/queries.js';
import { useSavePreferences } from '../queries.js';

/** Changes the language at once, remembers it on this device and, when signed in, in the account. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const user = useCurrentUser();
  const savePreferences = useSavePreferences();

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const locale = event.target.value;
    if (!isLocale(locale)) return;
    void changeLocale(locale);
    if (user) savePreferences.mutate({ locale });
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={currentLocale()} onChange={handleChange}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`languages.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
