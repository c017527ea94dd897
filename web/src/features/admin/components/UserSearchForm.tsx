import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField.js';

export function UserSearchForm({ onSearch }: { onSearch: (search: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(search.trim());
  }

  return (
    <form role="search" onSubmit={handleSubmit} className="form form-inline">
      <FormField id={id} label={t('admin.users.searchLabel')} type="search" value={search} onChange={setSearch} />
      <button type="submit">{t('admin.users.search')}</button>
    </form>
  );
}
