import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { talkNowInput } from '../../../../../shared/contracts/safety.js';
import { problemText } from '../../../lib/error-text.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { FormField } from '../../../ui/FormField.js';
import { useTalkNow } from '../queries.js';

/**
 * "Talk to someone now": tells whoever is on call. Once sent, the form gives way to what happens next,
 * which takes focus so it is heard; when nobody can be reached it says so and points to the crisis lines.
 */
export function TalkNow({ available }: { available: boolean }) {
  const { t } = useTranslation();
  const noteId = useId();
  const answer = useRef<HTMLParagraphElement>(null);
  const { values, bind } = useFormValues({ note: '' });
  const errors = useFormErrors();
  const talk = useTalkNow();
  const reachable = talk.data;

  useEffect(() => {
    if (reachable !== undefined) answer.current?.focus();
  }, [reachable]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (talk.isPending) return;
    const input = errors.validate(talkNowInput, values);
    if (input) talk.mutate(input.note);
  }

  if (reachable !== undefined) {
    return (
      <p ref={answer} tabIndex={-1} role="status" className={reachable ? 'notice' : 'notice notice-urgent'}>
        {reachable ? t('safety.talkNow.sent') : t('safety.talkNow.sentUnreachable')}
      </p>
    );
  }
  return (
    <form noValidate className="form" onSubmit={handleSubmit}>
      <p>{available ? t('safety.talkNow.intro') : t('safety.talkNow.nobodyAvailable')}</p>
      <FormField id={noteId} label={t('safety.talkNow.noteLabel')} hint={t('safety.talkNow.noteHint')} multiline rows={2} error={errors.fields.note} {...bind('note')} />
      {talk.isError && (
        <p role="alert" className="inline-error">
          {problemText(t, talk.error)}
        </p>
      )}
      <button type="submit" aria-disabled={talk.isPending || undefined}>
        {talk.isPending ? t('safety.talkNow.sending') : t('safety.talkNow.button')}
      </button>
    </form>
  );
}
