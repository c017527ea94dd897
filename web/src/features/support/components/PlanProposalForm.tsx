import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInPlanDto } from '../../../../../shared/contracts/support.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { timeZoneOptions } from '../../../lib/intl-options.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { SelectField } from '../../../ui/SelectField.js';
import { DateTimeLocalField } from '../../safety/components/DateTimeLocalField.js';
import { planFormSchema, planFormValues, planRequestFrom, type PlanFormValues } from '../check-in-forms.js';
import { RULE_PRESETS } from '../plan-rule.js';
import { useProposePlan } from '../queries.js';
import type { SupportView } from '../support-view.js';
import { DurationField } from './DurationField.js';
import { MeetingModeChoice } from './MeetingModeChoice.js';

interface PlanProposalFormProps {
  view: SupportView;
  /** The agreed plan, whose choices a new proposal starts from. */
  current: CheckInPlanDto | null;
  onProposed: (plan: CheckInPlanDto) => void;
  onCancel?: () => void;
  /** Opened by a button that then goes away: focus moves to the form's title. */
  focusOnOpen?: boolean;
}

/** A rhythm to propose: how often, the first meeting, its time zone, how long, and how to meet. */
export function PlanProposalForm({ view, current, onProposed, onCancel, focusOnOpen }: PlanProposalFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const ids = {
    preset: `${base}-preset`, customRule: `${base}-rule`, startsLocal: `${base}-start`, timeZone: `${base}-zone`,
    durationMinutes: `${base}-duration`, meetingMode: `${base}-mode`, meetingDetail: `${base}-detail`,
  };
  const [values, setValues] = useState<PlanFormValues>(() => planFormValues(view.zone, current));
  const errors = useFormErrors();
  const titleId = `${base}-title`;
  const focusFirst = useRef(Boolean(focusOnOpen));
  useEffect(() => {
    if (focusFirst.current) document.getElementById(titleId)?.focus();
    focusFirst.current = false;
  }, [titleId]);
  const propose = useProposePlan(view.summary.id);
  const zones = useMemo(() => timeZoneOptions(values.timeZone).map((zone) => ({ value: zone.code, label: zone.name })), [values.timeZone]);
  const set = <K extends keyof PlanFormValues>(key: K) => (value: PlanFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const custom = values.preset === 'custom';
  const labels = {
    preset: t('support.proposeForm.preset'),
    customRule: t('support.proposeForm.customRule'),
    startsLocal: t('support.proposeForm.startsLocal'),
    timeZone: t('support.proposeForm.timeZone'),
    durationMinutes: t('support.proposeForm.duration'),
    meetingMode: t('support.meeting.mode'),
    meetingDetail: t('support.meeting.detail'),
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (propose.isPending) return;
    const plan = errors.validate(planFormSchema, planRequestFrom(values));
    if (!plan) return;
    propose.mutate({ relationshipId: view.summary.id, plan }, { onSuccess: onProposed, onError: errors.fail });
  }

  // A problem with the rule belongs to the custom rule's field when one is typed, else to the choice of rhythm.
  const ruleError = errors.fields.rule;
  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide" aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1}>{current ? t('support.proposeForm.changeTitle') : t('support.proposeForm.title')}</h3>
      <p>{t('support.proposeForm.intro', { handle: view.otherHandle })}</p>
      <SupportErrorSummary
        errors={errors}
        fields={{
          rule: { id: custom ? ids.customRule : ids.preset, label: custom ? labels.customRule : labels.preset },
          startsLocal: { id: ids.startsLocal, label: labels.startsLocal },
          timeZone: { id: ids.timeZone, label: labels.timeZone },
          durationMinutes: { id: ids.durationMinutes, label: labels.durationMinutes },
          meetingMode: { id: ids.meetingMode, label: labels.meetingMode },
          meetingDetail: { id: ids.meetingDetail, label: labels.meetingDetail },
        }}
      />
      <RadioGroup
        id={ids.preset}
        legend={labels.preset}
        options={RULE_PRESETS.map((preset) => ({ value: preset, label: t(`support.proposeForm.presets.${preset}`) }))}
        value={values.preset}
        onChange={set('preset')}
        error={custom ? undefined : ruleError}
      />
      {custom && (
        <FormField
          id={ids.customRule}
          label={labels.customRule}
          hint={t('support.proposeForm.customRuleHint')}
          value={values.customRule}
          onChange={set('customRule')}
          error={ruleError}
          autoComplete="off"
        />
      )}
      <DateTimeLocalField id={ids.startsLocal} label={labels.startsLocal} hint={t('support.proposeForm.startsLocalHint')} value={values.startsLocal} onChange={set('startsLocal')} error={errors.fields.startsLocal} />
      <SelectField id={ids.timeZone} label={labels.timeZone} hint={t('support.proposeForm.timeZoneHint', { zone: view.zone })} value={values.timeZone} options={zones} onChange={set('timeZone')} error={errors.fields.timeZone} />
      <DurationField id={ids.durationMinutes} value={values.durationMinutes} onChange={set('durationMinutes')} error={errors.fields.durationMinutes} />
      <MeetingModeChoice ids={ids} values={values} onChange={(change) => setValues((previous) => ({ ...previous, ...change }))} errors={errors.fields} />
      <div className="actions">
        <button type="submit">{t('support.proposeForm.submit', { handle: view.otherHandle })}</button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('support.proposeForm.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
