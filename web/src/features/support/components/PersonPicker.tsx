import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import type { Role } from '../../../../../shared/roles.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useUsers } from '../../admin/queries.js';

interface PersonPickerProps {
  /** The select's id, so error links can focus it. */
  id: string;
  role: Role;
  searchLabel: string;
  selectLabel: string;
  value: string;
  /** The chosen person's id and handle ('' and null when nobody is chosen). */
  onChange: (userId: string, handle: string | null) => void;
  error?: FieldError;
}

/** Finds people by handle or email through the admin's people search, offering only those with `role`. */
export function PersonPicker({ id, role, searchLabel, selectLabel, value, onChange, error }: PersonPickerProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const users = useUsers(search);
  const matches = search ? (users.data ?? []).filter((user) => user.roles.includes(role)) : [];

  function find() {
    setSearch(draft.trim());
    onChange('', null);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches here rather than submitting the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    find();
  }

  return (
    <div className="field-group">
      <div className="add-row">
        <div className="field">
          <label htmlFor={searchId}>{searchLabel}</label>
          <input id={searchId} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={handleKeyDown} />
        </div>
        <button type="button" className="button-secondary" onClick={find}>
          {t('support.adminSupervision.find')}
        </button>
      </div>
      {search && users.isSuccess && (
        <p role="status">{matches.length === 0 ? t('support.adminSupervision.noMatches', { search }) : t('support.adminSupervision.matches', { count: matches.length })}</p>
      )}
      <SelectField
        id={id}
        label={selectLabel}
        value={value}
        options={[{ value: '', label: t('support.adminSupervision.choose') }, ...matches.map((user) => ({ value: user.id, label: `${user.handle} (${user.email})` }))]}
        onChange={(userId) => onChange(userId, matches.find((user) => user.id === userId)?.handle ?? null)}
        error={error}
      />
    </div>
  );
}
