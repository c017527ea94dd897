import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { SelectField } from '../../../ui/SelectField.js';
import { UserSearchForm } from '../../admin/components/UserSearchForm.js';
import { useUsers } from '../../admin/queries.js';
import { useAddOnCallShift } from '../queries.js';
import { EMPTY_SHIFT_FORM, shiftFormSchema, shiftRequestFrom } from '../rota-form.js';
import { DateTimeLocalField } from './DateTimeLocalField.js';

/** Puts a supervisor on call: found by the people search (only supervisors can be picked), with times in the admin's own zone. */
export function ShiftForm({ announce }: { announce: (message: string) => void }) {
  const { t } = useTranslation();
  const ids = { userId: useId(), startsAt: useId(), endsAt: useId(), position: useId() };
  const [search, setSearch] = useState('');
  const users = useUsers(search);
  const supervisors = search ? (users.data ?? []).filter((user) => user.roles.includes('supervisor')) : [];
  const { values, bind, setValues } = useFormValues({ ...EMPTY_SHIFT_FORM });
  const errors = useFormErrors();
  const add = useAddOnCallShift();

  const labels = {
    userId: t('safety.rota.supervisor'),
    startsAt: t('safety.rota.startsAt'),
    endsAt: t('safety.rota.endsAt'),
    position: t('safety.rota.position'),
  };
  const summaryFields = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, { id, label: labels[name as keyof typeof labels] }]));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const input = errors.validate(shiftFormSchema, shiftRequestFrom(values));
    if (!input) return;
    add.mutate(input, {
      onSuccess: (shift) => {
        announce(t('safety.rota.added', { handle: shift.handle }));
        setValues({ ...EMPTY_SHIFT_FORM });
      },
      onError: errors.fail,
    });
  }

  return (
    <>
      <UserSearchForm onSearch={setSearch} />
      {search && users.isSuccess && supervisors.length === 0 && <p>{t('safety.rota.noSupervisors')}</p>}
      <form noValidate className="form" onSubmit={handleSubmit}>
        <ErrorSummary errors={errors} fields={summaryFields} />
        <SelectField
          id={ids.userId}
          label={labels.userId}
          hint={t('safety.rota.supervisorHint')}
          options={[{ value: '', label: t('safety.rota.choose') }, ...supervisors.map((user) => ({ value: user.id, label: user.handle }))]}
          error={errors.fields.userId}
          {...bind('userId')}
        />
        <DateTimeLocalField id={ids.startsAt} label={labels.startsAt} hint={t('safety.rota.timeHint')} error={errors.fields.startsAt} {...bind('startsAt')} />
        <DateTimeLocalField id={ids.endsAt} label={labels.endsAt} error={errors.fields.endsAt} {...bind('endsAt')} />
        <FormField id={ids.position} label={labels.position} hint={t('safety.rota.positionHint')} type="number" min={1} max={100} error={errors.fields.position} {...bind('position')} />
        <button type="submit">{t('safety.rota.add')}</button>
      </form>
    </>
  );
}
