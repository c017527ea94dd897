import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteInput, muteMemberInput, removeMemberInput, type GroupMemberDto } from '../../../../../shared/contracts/groups.js';
import { formatDateTime } from '../../../lib/format.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { DateTime } from '../../../ui/DateTime.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { QueryState } from '../../../ui/QueryState.js';
import { ReasonConfirmButton } from '../../../ui/ReasonConfirmButton.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { groupProblemText } from '../group-problems.js';
import { useGroupMembers, useInviteMember, useMuteMember, useRemoveMember } from '../queries.js';

/** Facilitators' view of the people: members (remove or pause writing, with a reason), the waiting list in order, invitations. */
export function MembersPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const members = useGroupMembers(groupId, true);
  const remove = useRemoveMember(groupId);
  const mute = useMuteMember(groupId);
  const [status, setStatus] = useState<string | null>(null);
  const failure = remove.error ?? mute.error;

  return (
    <section aria-labelledby={`${id}-members`}>
      <h2 id={`${id}-members`}>{t('groups.facilitate.membersHeading')}</h2>
      <StatusMessage message={status} />
      {failure && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, failure)}
        </p>
      )}
      <QueryState query={members}>
        {(lists) => (
          <>
            {lists.members.length === 0 ? (
              <p>{t('groups.facilitate.noMembers')}</p>
            ) : (
              <ScrollRegion labelledBy={`${id}-caption`}>
                <table>
                  <caption id={`${id}-caption`}>{t('groups.facilitate.membersHeading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('groups.facilitate.handle')}</th>
                      <th scope="col">{t('groups.facilitate.joined')}</th>
                      <th scope="col">{t('groups.facilitate.named')}</th>
                      <th scope="col">{t('groups.facilitate.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {lists.members.map((member) => (
                      <MemberRow
                        key={member.userId}
                        member={member}
                        onRemove={(reason) => {
                          setStatus(null);
                          remove.mutate({ userId: member.userId, reason }, { onSuccess: () => setStatus(t('groups.facilitate.removed', { handle: member.handle })) });
                        }}
                        onMute={(reason, hours) => {
                          setStatus(null);
                          mute.mutate(
                            { userId: member.userId, reason, hours },
                            {
                              onSuccess: (updated) =>
                                setStatus(
                                  updated.mutedUntil
                                    ? t('groups.facilitate.muted', { handle: member.handle, until: formatDateTime(updated.mutedUntil, document.documentElement.lang || 'en') })
                                    : t('groups.facilitate.unmuted', { handle: member.handle }),
                                ),
                            },
                          );
                        }}
                      />
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
            <h3>{t('groups.facilitate.waitlistHeading')}</h3>
            {lists.waitlist.length === 0 ? (
              <p>{t('groups.facilitate.noWaitlist')}</p>
            ) : (
              <ol>
                {lists.waitlist.map((person) => (
                  <li key={person.userId}>{person.handle}</li>
                ))}
              </ol>
            )}
            <h3>{t('groups.facilitate.invitedHeading')}</h3>
            {lists.invited.length === 0 ? (
              <p>{t('groups.facilitate.noInvited')}</p>
            ) : (
              <ul>
                {lists.invited.map((person) => (
                  <li key={person.userId}>{person.handle}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
      <InviteForm groupId={groupId} />
    </section>
  );
}

interface MemberRowProps {
  member: GroupMemberDto;
  onRemove: (reason: string) => void;
  onMute: (reason: string, hours: number | null) => void;
}

function MemberRow({ member, onRemove, onMute }: MemberRowProps) {
  const { t } = useTranslation();
  const muted = member.mutedUntil !== null && new Date(member.mutedUntil) > new Date();
  return (
    <tr>
      <th scope="row">
        {member.handle}
        {muted && member.mutedUntil && (
          <>
            <br />
            <span className="muted">{t('groups.facilitate.mutedUntil', { until: formatDateTime(member.mutedUntil, document.documentElement.lang || 'en') })}</span>
          </>
        )}
      </th>
      <td>
        <DateTime iso={member.joinedAt} />
      </td>
      <td>{member.attendanceRecorded ? t('groups.facilitate.namedYes') : t('groups.facilitate.namedNo')}</td>
      <td>
        <div className="actions">
          {muted ? (
            <ReasonConfirmButton
              schema={removeMemberInput}
              label={t('groups.facilitate.unmute', { handle: member.handle })}
              question={t('groups.facilitate.unmuteQuestion', { handle: member.handle })}
              confirmLabel={t('groups.facilitate.unmuteConfirm')}
              cancelLabel={t('groups.facilitate.cancel')}
              reasonLabel={t('groups.facilitate.reason')}
              reasonHint={t('groups.facilitate.reasonHint')}
              reasonRequired
              onConfirm={(reason) => onMute(reason, null)}
            />
          ) : (
            <MuteButton handle={member.handle} onMute={onMute} />
          )}
          <ReasonConfirmButton
            schema={removeMemberInput}
            label={t('groups.facilitate.remove', { handle: member.handle })}
            question={t('groups.facilitate.removeQuestion', { handle: member.handle })}
            confirmLabel={t('groups.facilitate.removeConfirm')}
            cancelLabel={t('groups.facilitate.cancel')}
            reasonLabel={t('groups.facilitate.reason')}
            reasonHint={t('groups.facilitate.reasonHint')}
            reasonRequired
            danger
            onConfirm={onRemove}
          />
        </div>
      </td>
    </tr>
  );
}

/** "Pause writing" asks why and for how long; both are checked before anything is sent. */
function MuteButton({ handle, onMute }: { handle: string; onMute: (reason: string, hours: number | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState('24');
  const errors = useFormErrors();

  function confirm() {
    const input = errors.validate(muteMemberInput, { reason, hours: hours.trim() === '' ? Number.NaN : Number(hours) });
    if (input) onMute(input.reason, input.hours);
    else document.getElementById(errors.fields.reason ? `${id}-reason` : `${id}-hours`)?.focus();
  }

  return (
    <ConfirmButton
      label={t('groups.facilitate.mute', { handle })}
      question={t('groups.facilitate.muteQuestion', { handle })}
      confirmLabel={t('groups.facilitate.muteConfirm')}
      cancelLabel={t('groups.facilitate.cancel')}
      onConfirm={confirm}
      onCancel={() => {
        setReason('');
        errors.clear();
      }}
    >
      <FormField id={`${id}-reason`} label={t('groups.facilitate.reason')} hint={t('groups.facilitate.reasonHint')} value={reason} onChange={setReason} multiline required error={errors.fields.reason} />
      <FormField id={`${id}-hours`} label={t('groups.facilitate.muteHours')} hint={t('groups.facilitate.muteHoursHint')} value={hours} onChange={setHours} type="number" min={1} max={720} error={errors.fields.hours} />
    </ConfirmButton>
  );
}

function InviteForm({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const invite = useInviteMember(groupId);
  const [handle, setHandle] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const input = errors.validate(inviteInput, { handle });
    if (!input) return;
    invite.mutate(input.handle, {
      onSuccess: (member) => {
        setHandle('');
        setStatus(t('groups.facilitate.invited', { handle: member.handle }));
      },
      onError: errors.fail,
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('groups.facilitate.inviteHeading')}</h3>
      <StatusMessage message={status} />
      <ErrorSummary errors={{ ...errors, problem: null }} fields={{ handle: { id: `${id}-handle`, label: t('groups.facilitate.inviteHandle') } }} />
      {errors.problem !== null && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, errors.problem)}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit} className="form">
        <FormField id={`${id}-handle`} label={t('groups.facilitate.inviteHandle')} value={handle} onChange={setHandle} autoComplete="off" error={errors.fields.handle} />
        <button type="submit">{t('groups.facilitate.invite')}</button>
      </form>
    </section>
  );
}
