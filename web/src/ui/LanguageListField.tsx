import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/contracts/problem.js';
import { languageName, languageOptions } from '../lib/intl-options.js';
import { ListEditor } from './ListEditor.js';

interface LanguageListFieldProps {
  /** The id of the language select, so error links can focus it; the list's fieldset gets `${id}-list`. */
  id: string;
  legend: string;
  languages: readonly string[];
  onChange: (languages: string[]) => void;
  hint?: string;
  error?: FieldError;
  itemError?: (index: number) => FieldError | undefined;
}

/** Languages as BCP 47 tags, chosen from a list named in the reader's language and removed one by one. */
export function LanguageListField({ id, languages, onChange, ...list }: LanguageListFieldProps) {
  const { t, i18n } = useTranslation();
  const selectLabel = t('profile.languageToAdd');
  const addLabel = t('profile.addLanguage');
  const options = languageOptions(i18n.language, languages).filter((option) => !languages.includes(option.code));
  const [choice, setChoice] = useState('');
  const selected = options.some((option) => option.code === choice) ? choice : (options[0]?.code ?? '');

  function add() {
    if (selected && !languages.includes(selected)) onChange([...languages, selected]);
  }

  return (
    <ListEditor
      id={`${id}-list`}
      items={languages}
      itemLabel={(tag) => languageName(tag, i18n.language)}
      onRemove={(index) => {
        onChange(languages.filter((_, position) => position !== index));
        document.getElementById(id)?.focus();
      }}
      removeLabel={(item) => t('profile.removeLanguage', { item })}
      emptyText={t('profile.noLanguages')}
      {...list}
    >
      <div className="add-row">
        <div className="field">
          <label htmlFor={id}>{selectLabel}</label>
          <select id={id} value={selected} onChange={(event) => setChoice(event.target.value)}>
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button-secondary" onClick={add} disabled={options.length === 0}>
          {addLabel}
        </button>
      </div>
    </ListEditor>
  );
}
