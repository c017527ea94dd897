import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { blockInput, type BlockDto } from '../../../../../shared/contracts/privacy.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useBlock } from '../queries.js';

/** Blocks someone by their handle. */
export function BlockForm({ onBlocked }: { onBlocked: (block: BlockDto) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const fields = { handle: { id: `${id}-handle`, label: t('privacy.blockHandle') } };
  const { values, bind, setValues } = useFormValues({ handle: '' });
  const errors = useFormErrors();
  const block = useBlock();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (block.isPending) return;
    const input = errors.validate(blockInput, values);
    if (!input) return;
    block.mutate(input, {
      onSuccess: (blocked) => {
        setValues({ handle: '' });
        onBlocked(blocked);
      },
      onError: errors.fail,
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField
        {...fields.handle}
        {...bind('handle')}
        required
        hint={t('privacy.blockHandleHint')}
        error={errors.fields.handle}
      />
      <button type="submit">{t('privacy.block')}</button>
    </form>
  );
}
