import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SAFETY_PLAN_ITEM_MAX,
  SAFETY_PLAN_SECTIONS,
  safetyPlanContent,
  type SafetyPlanContent,
  type SafetyPlanSection,
} from '../../../../../shared/contracts/safety-plan.js';
import { errorAt, withNestedTargets } from '../../../lib/field-paths.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { TextListField } from '../../../ui/TextListField.js';
import { useSaveSafetyPlan } from '../queries.js';
import { CrisisLinesPrefill } from './CrisisLinesPrefill.js';

/** The six steps and reasons for living, each a list the member adds to and removes from; Save sends the whole plan. */
export function SafetyPlanForm({ plan }: { plan: SafetyPlanContent }) {
  const { t } = useTranslation();
  const base = useId();
  const [lists, setLists] = useState<SafetyPlanContent>(plan);
  const errors = useFormErrors();
  const save = useSaveSafetyPlan();
  const [saved, setSaved] = useState(false);
  const inputId = (section: SafetyPlanSection) => `${base}-${section}`;
  const update = (section: SafetyPlanSection, items: string[]) => {
    setSaved(false);
    setLists((previous) => ({ ...previous, [section]: items }));
  };
  const summaryFields = withNestedTargets(
    Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, { id: inputId(section), label: t(`safetyPlan.sections.${section}.title`) }])),
    errors.fields,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const input = errors.validate(safetyPlanContent, lists);
    if (!input) return;
    save.mutate(input, { onSuccess: () => setSaved(true), onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <ErrorSummary errors={errors} fields={summaryFields} />
      {SAFETY_PLAN_SECTIONS.map((section) => (
        <TextListField
          key={section}
          id={inputId(section)}
          legend={t(`safetyPlan.sections.${section}.title`)}
          hint={t(`safetyPlan.sections.${section}.hint`)}
          inputLabel={t(`safetyPlan.sections.${section}.inputLabel`)}
          addLabel={t(`safetyPlan.sections.${section}.add`)}
          removeLabel={(item) => t('safetyPlan.remove', { item })}
          emptyText={t('safetyPlan.emptyStep')}
          items={lists[section]}
          onChange={(items) => update(section, items)}
          error={errors.fields[section]}
          itemError={(index) => errorAt(errors.fields, section, index)}
          maxLength={SAFETY_PLAN_ITEM_MAX}
        >
          {section === 'professionals' && <CrisisLinesPrefill items={lists.professionals} onChange={(items) => update('professionals', items)} />}
        </TextListField>
      ))}
      <StatusMessage message={saved ? t('safetyPlan.saved') : null} />
      <button type="submit">{t('safetyPlan.save')}</button>
    </form>
  );
}
