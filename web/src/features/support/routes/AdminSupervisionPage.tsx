import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { supervisionAssignmentInput } from '../../../../../shared/contracts/support.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import type { SupervisionAssignment } from '../api.js';
import { PersonPicker } from '../components/PersonPicker.js';
import { SupportErrorSummary } from '../components/SupportErrorSummary.js';
import { useAssignSupervisor, useSupervisionAssignments, useUnassignSupervisor } from '../queries.js';
import { supervisionFieldErrors, supportProblemText } from '../support-problems.js';
import '../support.css';

const assignmentSchema = supervisionAssignmentInput.safeExtend({
  supporterId: z.string().min(1, { error: 'supporter_required' }),
  supervisorId: z.string().min(1, { error: 'supervisor_required' }),
});

/** Admins decide which supervisor looks after which supporter; a supervisor then sees that supporter's notes and trend. */
export function AdminSupervisionPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const assignments = useSupervisionAssignments();
  const listHeadingId = useId();
  const formHeadingId = useId();
  return (
    <Page title={t('support.adminSupervision.title')}>
      <p className="lead">{t('support.adminSupervision.intro')}</p>
      <StatusMessage message={message} />
      <section aria-labelledby={formHeadingId} className="card">
        <h2 id={formHeadingId}>{t('support.adminSupervision.assignHeading')}</h2>
        <AssignForm announce={setMessage} />
      </section>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} tabIndex={-1}>
          {t('support.adminSupervision.listHeading')}
        </h2>
        <QueryState query={assignments}>{(list) => <AssignmentTable assignments={list} announce={setMessage} headingId={listHeadingId} />}</QueryState>
      </section>
    </Page>
  );
}

function AssignForm({ announce }: { announce: (message: string) => void }) {
  const { t } = useTranslation();
  const base = useId();
  const ids = { supporterId: `${base}-supporter`, supervisorId: `${base}-supervisor` };
  const [values, setValues] = useState({ supporterId: '', supervisorId: '' });
  const [handles, setHandles] = useState<{ supporter: string | null; supervisor: string | null }>({ supporter: null, supervisor: null });
  const [pickers, setPickers] = useState(0);
  const errors = useFormErrors();
  const assign = useAssignSupervisor();
  const labels = { supporterId: t('support.adminSupervision.supporter'), supervisorId: t('support.adminSupervision.supervisor') };
  const fields = supervisionFieldErrors(errors.fields);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assign.isPending) return;
    const input = errors.validate(assignmentSchema, values);
    if (!input) return;
    const names = { supporter: handles.supporter ?? '', supervisor: handles.supervisor ?? '' };
    assign.mutate(input, {
      onSuccess: () => {
        announce(t('support.adminSupervision.assignedStatus', names));
        setValues({ supporterId: '', supervisorId: '' });
        setHandles({ supporter: null, supervisor: null });
        // The searches start afresh for the next assignment.
        setPickers((count) => count + 1);
      },
      onError: errors.fail,
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <SupportErrorSummary
        errors={{ ...errors, fields }}
        fields={{ supporterId: { id: ids.supporterId, label: labels.supporterId }, supervisorId: { id: ids.supervisorId, label: labels.supervisorId } }}
      />
      <PersonPicker
        key={`supporter-${pickers}`}
        id={ids.supporterId}
        role="supporter"
        searchLabel={t('support.adminSupervision.findSupporter')}
        selectLabel={labels.supporterId}
        value={values.supporterId}
        onChange={(supporterId, handle) => {
          setValues((previous) => ({ ...previous, supporterId }));
          setHandles((previous) => ({ ...previous, supporter: handle }));
        }}
        error={fields.supporterId}
      />
      <PersonPicker
        key={`supervisor-${pickers}`}
        id={ids.supervisorId}
        role="supervisor"
        searchLabel={t('support.adminSupervision.findSupervisor')}
        selectLabel={labels.supervisorId}
        value={values.supervisorId}
        onChange={(supervisorId, handle) => {
          setValues((previous) => ({ ...previous, supervisorId }));
          setHandles((previous) => ({ ...previous, supervisor: handle }));
        }}
        error={fields.supervisorId}
      />
      <button type="submit">{t('support.adminSupervision.assign')}</button>
    </form>
  );
}

function AssignmentTable({ assignments, announce, headingId }: { assignments: SupervisionAssignment[]; announce: (message: string) => void; headingId: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  const unassign = useUnassignSupervisor();

  function remove(assignment: SupervisionAssignment) {
    if (unassign.isPending) return;
    unassign.mutate(assignment, {
      onSuccess: () => {
        announce(t('support.adminSupervision.removedStatus', { supporter: assignment.supporterHandle, supervisor: assignment.supervisorHandle }));
        document.getElementById(headingId)?.focus();
      },
    });
  }

  if (assignments.length === 0) return <p className="muted">{t('support.adminSupervision.none')}</p>;
  return (
    <>
      {unassign.isError && (
        <p role="alert" className="notice notice-error">
          {supportProblemText(t, unassign.error)}
        </p>
      )}
      <ScrollRegion labelledBy={captionId}>
        <table>
          <caption id={captionId}>{t('support.adminSupervision.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('support.adminSupervision.supporter')}</th>
              <th scope="col">{t('support.adminSupervision.supervisor')}</th>
              <th scope="col">{t('support.adminSupervision.since')}</th>
              <th scope="col">{t('support.adminSupervision.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((assignment) => {
              const names = { supporter: assignment.supporterHandle, supervisor: assignment.supervisorHandle };
              return (
                <tr key={`${assignment.supporterId}-${assignment.supervisorId}`}>
                  <th scope="row">{assignment.supporterHandle}</th>
                  <td>{assignment.supervisorHandle}</td>
                  <td>
                    <DateTime iso={assignment.createdAt} />
                  </td>
                  <td>
                    <ConfirmButton
                      label={t('support.adminSupervision.remove', names)}
                      question={t('support.adminSupervision.removeQuestion', names)}
                      confirmLabel={t('support.adminSupervision.removeYes')}
                      cancelLabel={t('support.adminSupervision.removeNo')}
                      onConfirm={() => remove(assignment)}
                      danger
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
