import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../../shared/contracts/problem.js';
import { VISIBILITIES, type Visibility } from '../../../../../shared/vocabularies/profile-values.js';
import { SelectField } from '../../../ui/SelectField.js';

interface VisibilitySelectProps {
  id: string;
  label: string;
  value: Visibility;
  onChange: (value: Visibility) => void;
  error?: FieldError;
}

function isVisibility(value: string): value is Visibility {
  return VISIBILITIES.some((visibility) => visibility === value);
}

/** "Only me", "My supporters and facilitators" or "Signed-in members" for one part of a profile. */
export function VisibilitySelect({ id, label, value, onChange, error }: VisibilitySelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      className="visibility-field"
      options={VISIBILITIES.map((visibility) => ({ value: visibility, label: t(`visibility.${visibility}`) }))}
      onChange={(next) => {
        if (isVisibility(next)) onChange(next);
      }}
      error={error}
    />
  );
}
