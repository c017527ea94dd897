import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorAt } from '../../../lib/field-paths.js';
import { languageName, languageOptions } from '../../../lib/intl-options.js';
import { ListEditor } from '../../../ui/ListEditor.js';
import type { ProfileSectionProps } from './section-props.js';

/** Languages as BCP 47 tags, chosen from a list named in the reader's language. */
export function LanguagesField({ form, update, errors, ids }: ProfileSectionProps) {
  const { t, i18n } = useTranslation();
  const options = languageOptions(i18n.language, form.languages).filter((option) => !form.languages.includes(option.code));
  const [choice, setChoice] = useState('');
  const selected = options.some((option) => option.code === choice) ? choice : (options[0]?.code ?? '');

  function add() {
    if (selected && !form.languages.includes(selected)) update({ languages: [...form.languages, selected] });
  }

  return (
    <ListEditor
      id={`${ids.languages}-list`}
      legend={t('profile.languages')}
      items={form.languages}
      itemLabel={(tag) => languageName(tag, i18n.language)}
      removeLabel={(item) => t('profile.removeLanguage', { item })}
      onRemove={(index) => {
        update({ languages: form.languages.filter((_, position) => position !== index) });
        document.getElementById(ids.languages)?.focus();
      }}
      emptyText={t('profile.noLanguages')}
      error={errors.languages}
      itemError={(index) => errorAt(errors, 'languages', index)}
    >
      <div className="add-row">
        <div className="field">
          <label htmlFor={ids.languages}>{t('profile.languageToAdd')}</label>
          <select id={ids.languages} value={selected} onChange={(event) => setChoice(event.target.value)}>
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button-secondary" onClick={add} disabled={options.length === 0}>
          {t('profile.addLanguage')}
        </button>
      </div>
    </ListEditor>
  );
}
