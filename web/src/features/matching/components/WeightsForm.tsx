import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchingWeightsSchema, type MatchingWeights } from '../../../../../shared/contracts/matching.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useSaveMatchingWeights } from '../queries.js';
import { formToWeights, WEIGHT_NAMES, weightsToForm, type WeightName } from '../weights-form.js';

/** One number per weight, each explained by its hint; saved together. */
export function WeightsForm({ weights }: { weights: MatchingWeights }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = Object.fromEntries(
    WEIGHT_NAMES.map((name) => [name, { id: `${id}-${name}`, label: t(`admin.matching.${name}`) }]),
  ) as Record<WeightName, { id: string; label: string }>;
  const { values, bind } = useFormValues(weightsToForm(weights));
  const errors = useFormErrors();
  const save = useSaveMatchingWeights();
  const [saved, setSaved] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const input = errors.validate(matchingWeightsSchema, formToWeights(values));
    if (input) save.mutate(input, { onSuccess: () => setSaved(true), onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      {WEIGHT_NAMES.map((name) => {
        const hours = name === 'offerHours';
        return (
          <FormField
            key={name}
            {...fields[name]}
            {...bind(name)}
            type="number"
            min={hours ? 1 : 0}
            max={hours ? 336 : 100}
            step={hours ? 1 : 0.1}
            hint={t(`admin.matching.${name}Hint`)}
            error={errors.fields[name]}
          />
        );
      })}
      <StatusMessage message={saved ? t('admin.matching.saved') : null} />
      <button type="submit">{t('admin.matching.save')}</button>
    </form>
  );
}
