import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../lib/form-errors.js';
import { SupportErrorSummary } from './SupportErrorSummary.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { EMPTY_FEEDBACK, FEEDBACK_QUESTIONS, feedbackFormSchema, feedbackRequestFrom, MOODS, type FeedbackFormValues } from '../check-in-forms.js';
import { useGiveFeedback } from '../queries.js';
import type { SupportView } from '../support-view.js';

interface FeedbackFormProps {
  view: SupportView;
  checkInId: string;
  headingLevel: 3 | 4;
  onSent: () => void;
}

/** The member's four answers, 1 to 5, in plain words; given once per check-in. */
export function FeedbackForm({ view, checkInId, headingLevel, onSent }: FeedbackFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const titleId = `${base}-title`;
  const [values, setValues] = useState<FeedbackFormValues>(EMPTY_FEEDBACK);
  const errors = useFormErrors();
  const give = useGiveFeedback(view.summary.id);
  const Heading = `h${headingLevel}` as const;
  const supporter = view.summary.supporter.handle;
  const fieldId = (question: string) => `${base}-${question}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (give.isPending) return;
    const feedback = errors.validate(feedbackFormSchema, feedbackRequestFrom(values));
    if (!feedback) return;
    give.mutate({ checkInId, feedback }, { onSuccess: onSent, onError: errors.fail });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form support-feedback" aria-labelledby={titleId}>
      <Heading id={titleId}>{t('support.feedbackForm.heading')}</Heading>
      <p>{t('support.feedbackForm.intro', { supporter })}</p>
      <SupportErrorSummary
        errors={errors}
        fields={Object.fromEntries(FEEDBACK_QUESTIONS.map((question) => [question, { id: fieldId(question), label: t(`support.feedbackForm.questions.${question}`) }]))}
      />
      {FEEDBACK_QUESTIONS.map((question) => (
        <RadioGroup
          key={question}
          id={fieldId(question)}
          legend={t(`support.feedbackForm.questions.${question}`)}
          options={MOODS.map((score) => ({ value: String(score), label: t(`support.feedbackForm.${question === 'overall' ? 'overallScale' : 'agreeScale'}.level${score}`) }))}
          value={values[question]}
          onChange={(value) => setValues((previous) => ({ ...previous, [question]: value }))}
          error={errors.fields[question]}
        />
      ))}
      <button type="submit">{t('support.feedbackForm.submit')}</button>
    </form>
  );
}
