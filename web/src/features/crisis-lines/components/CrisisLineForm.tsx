import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  crisisLineInput,
  type CrisisLineDto,
  type CrisisLineInput,
} from '../../../../../shared/contracts/crisis-lines.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { errorWithin } from '../../../lib/field-paths.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';

interface CrisisLineFormProps {
  line?: CrisisLineDto;
  submitLabel: string;
  save: (input: CrisisLineInput) => Promise<CrisisLineDto>;
  onSaved: (line: CrisisLineDto) => void;
  cancel?: { label: string; onCancel: () => void };
}

function toValues(line: CrisisLineDto | undefined) {
  return {
    region: line?.region ?? '',
    name: line?.name ?? '',
    phone: line?.phone ?? '',
    url: line?.url ?? '',
    description: line?.description ?? '',
    sortOrder: String(line?.sortOrder ?? 100),
    countries: (line?.countries ?? []).join(', '),
  };
}

function toInput(values: ReturnType<typeof toValues>): Record<string, unknown> {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ...values,
    phone: optional(values.phone),
    url: optional(values.url),
    sortOrder: values.sortOrder.trim() === '' ? undefined : Number(values.sortOrder),
    countries: values.countries.split(/[\s,]+/).filter((code) => code !== ''),
  };
}

/** Adds a crisis line, or edits one when `line` is given. */
export function CrisisLineForm({ line, submitLabel, save, onSaved, cancel }: CrisisLineFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = (name: keyof ReturnType<typeof toValues>) => ({
    id: `${id}-${name}`,
    label: t(`admin.crisisLines.fields.${name}`),
  });
  const fields = {
    region: label('region'),
    name: label('name'),
    phone: label('phone'),
    url: label('url'),
    description: label('description'),
    sortOrder: label('sortOrder'),
    countries: label('countries'),
  };
  const { values, bind, setValues } = useFormValues(toValues(line));
  const errors = useFormErrors();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = errors.validate(crisisLineInput, toInput(values));
    if (!input) return;
    save(input).then((saved) => {
      setValues(toValues(undefined));
      onSaved(saved);
    }, errors.fail);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField
        {...fields.region}
        {...bind('region')}
        required
        hint={t('admin.crisisLines.fields.regionHint')}
        error={errors.fields.region}
      />
      <FormField {...fields.name} {...bind('name')} required error={errors.fields.name} />
      <FormField
        {...fields.phone}
        {...bind('phone')}
        type="tel"
        hint={t('admin.crisisLines.fields.phoneHint')}
        error={errors.fields.phone}
      />
      <FormField
        {...fields.url}
        {...bind('url')}
        type="url"
        hint={t('admin.crisisLines.fields.urlHint')}
        error={errors.fields.url}
      />
      <FormField {...fields.description} {...bind('description')} multiline error={errors.fields.description} />
      <FormField
        {...fields.countries}
        {...bind('countries')}
        hint={t('admin.crisisLines.fields.countriesHint')}
        error={errorWithin(errors.fields, 'countries')}
      />
      <FormField
        {...fields.sortOrder}
        {...bind('sortOrder')}
        type="number"
        hint={t('admin.crisisLines.fields.sortOrderHint')}
        error={errors.fields.sortOrder}
      />
      <div className="actions">
        <button type="submit">{submitLabel}</button>
        {cancel && (
          <button type="button" className="button-secondary" aria-label={cancel.label} onClick={cancel.onCancel}>
            {t('admin.crisisLines.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
