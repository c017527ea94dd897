import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '../../../../../shared/contracts/conversations.js';
import { createReportInput, reportReasons } from '../../../../../shared/contracts/reports.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { useCreateReport } from '../queries.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';

type Reason = (typeof reportReasons)[number];

/** "Report" on someone else's message: a modal dialog asking why; the person is never told who reported them. */
export function ReportMessage({ message }: { message: MessageDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const author = message.authorHandle ?? t('conversations.deletedMember');

  function close() {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button-quiet button-small"
        aria-label={t('reports.dialog.open', { handle: author })}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('reports.dialog.openShort')}
      </button>
      {open && <ReportDialog message={message} author={author} onClose={close} />}
    </>
  );
}

function ReportDialog({ message, author, onClose }: { message: MessageDto; author: string; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const detailsId = useId();
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
    const input = errors.validate(createReportInput, {
      subjectType: 'message',
      conversationId: message.conversationId,
      messageId: message.id,
      reason: reason || undefined,
      details,
    });
    if (!input) return;
    report.mutate(input, { onError: errors.fail });
  }

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
      <h2 id={titleId}>{t('reports.dialog.title', { handle: author })}</h2>
      {report.isSuccess ? (
        <>
          <p ref={thanks} tabIndex={-1} role="status">
            {t('reports.dialog.thanks')}
          </p>
          <button type="button" onClick={onClose}>
            {t('reports.dialog.close')}
          </button>
        </>
      ) : (
        <form noValidate className="form" onSubmit={handleSubmit}>
          <p>{t('reports.dialog.intro')}</p>
          <ErrorSummary
            errors={errors}
            fields={{ reason: { id: reasonId, label: t('reports.dialog.reason') }, details: { id: detailsId, label: t('reports.dialog.details') } }}
          />
          <RadioGroup
            id={reasonId}
            legend={t('reports.dialog.reason')}
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
