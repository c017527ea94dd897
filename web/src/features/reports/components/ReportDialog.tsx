import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import { createReportInput, reportReasons } from '../../../../../shared/contracts/reports.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary, type SummaryFields } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useCreateReport } from '../queries.js';
import type { ReportablePerson } from '../report-people.js';
import '../reports.css';

type Reason = (typeof reportReasons)[number];

/**
 * What is being reported: someone's message, or a person. A person is either known (a direct chat, a
 * profile) or chosen from the people of a place (a room), named in `place`.
 */
export type ReportTarget =
  | { kind: 'message'; message: MessageDto; handle: string }
  | { kind: 'person'; people: readonly ReportablePerson[]; place?: string };

interface ReportOpenerProps {
  target: ReportTarget;
  /** The button's visible text and, when it needs more context, its accessible name. */
  text: string;
  label?: string;
}

/** A button that opens the report dialog and takes focus back when it closes. */
export function ReportOpener({ target, text, label }: ReportOpenerProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  // The dialog is removed before focus moves back, with nothing in between: nobody (keyboard or screen reader) is
  // left on nothing.
  function close() {
    flushSync(() => setOpen(false));
    opener.current?.focus();
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button-quiet button-small"
        aria-label={label}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {text}
      </button>
      {open && <ReportDialog target={target} onClose={close} />}
    </>
  );
}

/** The dialog's texts for its target: the words differ, the form is the same. */
function useTexts(target: ReportTarget) {
  const { t } = useTranslation();
  if (target.kind === 'message') {
    return { title: t('reports.dialog.title', { handle: target.handle }), intro: t('reports.dialog.intro', { handle: target.handle }), reason: t('reports.dialog.reason') };
  }
  const only = target.people.length === 1 ? target.people[0] : undefined;
  if (only) {
    return { title: t('reports.personDialog.title', { handle: only.handle }), intro: t('reports.personDialog.intro', { handle: only.handle }), reason: t('reports.personDialog.reason') };
  }
  return { title: t('reports.personDialog.titleIn', { place: target.place ?? '' }), intro: t('reports.personDialog.introIn'), reason: t('reports.personDialog.reason') };
}

/**
 * A modal dialog asking why, for a message or a person; the person is never told who reported them.
 * Focus starts in the dialog, Escape cancels, and the thanks take focus once it is sent.
 */
export function ReportDialog({ target, onClose }: { target: ReportTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const texts = useTexts(target);
  const dialog = useRef<HTMLDialogElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  const personId = useId();
  const reasonId = useId();
  const detailsId = useId();
  const choosing = target.kind === 'person' && target.people.length > 1;
  const [userId, setUserId] = useState(target.kind === 'person' && !choosing ? (target.people[0]?.userId ?? '') : '');
  const [reason, setReason] = useState<Reason | ''>('');
  const [details, setDetails] = useState('');
  const errors = useFormErrors();
  const report = useCreateReport();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    if (report.isSuccess) thanks.current?.focus();
  }, [report.isSuccess]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (report.isPending) return;
    const subject =
      target.kind === 'message'
        ? { subjectType: 'message', conversationId: target.message.conversationId, messageId: target.message.id }
        : { subjectType: 'user', userId: userId || undefined };
    const input = errors.validate(createReportInput, { ...subject, reason: reason || undefined, details });
    if (!input) return;
    report.mutate(input, { onError: errors.fail });
  }

  const fields: SummaryFields = {
    ...(choosing ? { userId: { id: personId, label: t('reports.personDialog.who') } } : {}),
    reason: { id: reasonId, label: texts.reason },
    details: { id: detailsId, label: t('reports.dialog.details') },
  };

  return (
    <dialog
      ref={dialog}
      className="report-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{texts.title}</h2>
      {report.isSuccess ? (
        <>
          <p ref={thanks} tabIndex={-1} role="status">
            {t('reports.dialog.thanks')}
          </p>
          <p>
            {t('reports.dialog.followUp')} <Link to="/reports/mine">{t('reports.mine.title')}</Link>
          </p>
          <button type="button" onClick={onClose}>
            {t('reports.dialog.close')}
          </button>
        </>
      ) : (
        <form noValidate className="form" onSubmit={handleSubmit}>
          <p>{texts.intro}</p>
          <ErrorSummary errors={errors} fields={fields} />
          {choosing && (
            <SelectField
              id={personId}
              label={t('reports.personDialog.who')}
              value={userId}
              options={[
                { value: '', label: t('reports.personDialog.choose') },
                ...target.people.map((person) => ({ value: person.userId, label: person.handle })),
              ]}
              onChange={setUserId}
              error={errors.fields.userId}
            />
          )}
          <RadioGroup
            id={reasonId}
            legend={texts.reason}
            options={reportReasons.map((value) => ({ value, label: t(`reports.reasons.${value}`) }))}
            value={reason}
            onChange={setReason}
            error={errors.fields.reason}
          />
          <FormField
            id={detailsId}
            label={t('reports.dialog.details')}
            hint={t('reports.dialog.detailsHint')}
            value={details}
            onChange={setDetails}
            multiline
            error={errors.fields.details}
          />
          <div className="message-actions">
            <button type="submit" aria-disabled={report.isPending || undefined}>
              {t('reports.dialog.submit')}
            </button>
            <button type="button" className="button-secondary" onClick={onClose}>
              {t('reports.dialog.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
