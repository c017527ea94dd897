import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dayBoundary } from '../../../lib/format.js';
import { useFormValues } from '../../../lib/form-values.js';
import { FormField } from '../../../ui/FormField.js';
import type { AuditFilters } from '../api.js';

/** Action text and a date range; the dates cover whole days in the reader's time zone. */
export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { values, bind } = useFormValues({ action: '', from: '', to: '' });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      action: values.action.trim(),
      from: dayBoundary(values.from, 'start'),
      to: dayBoundary(values.to, 'end'),
    });
  }

  return (
    <form onSubmit={handleSubmit} className="form form-inline" aria-label={t('admin.audit.filters')}>
      <FormField id={`${id}-action`} label={t('admin.audit.action')} hint={t('admin.audit.actionHint')} {...bind('action')} />
      <FormField id={`${id}-from`} label={t('admin.audit.from')} type="date" {...bind('from')} />
      <FormField id={`${id}-to`} label={t('admin.audit.to')} type="date" {...bind('to')} />
      <button type="submit">{t('admin.audit.apply')}</button>
    </form>
  );
}
