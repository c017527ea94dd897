import { useTranslation } from 'react-i18next';
import type { GoalVisibility } from '../../../../../shared/contracts/goals.js';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';

/** Private or shared, with what each means said plainly, including where safety outranks privacy. */
export function VisibilityChoice({ id, value, onChange, error }: { id: string; value: GoalVisibility; onChange: (value: GoalVisibility) => void; error?: FieldError }) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      legend={t('goals.form.visibility')}
      hint={t('goals.form.visibilityHint')}
      options={[
        { value: 'private', label: t('goals.visibility.private.label') },
        { value: 'shared', label: t('goals.visibility.shared.label') },
      ]}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
