import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupDto } from '../../../../../shared/contracts/groups.js';
import { formatDateTime } from '../../../lib/format.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';
import { ConfirmButton } from '../../../ui/ConfirmButton.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { groupProblemText } from '../group-problems.js';
import { useAttendanceSetting, useJoinGroup, useLeaveGroup } from '../queries.js';
import { JoinGroupForm } from './JoinGroupForm.js';

/** The person's place in the group: join (or the waiting list), the room, being named at meetings, leaving. */
export function MyMembership({ group }: { group: GroupDto }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const join = useJoinGroup(group.id);
  const leave = useLeaveGroup(group.id);
  const setting = useAttendanceSetting(group.id);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const membership = group.myMembership;
  const state = membership?.status ?? null;
  const isMember = state === 'member';
  const canWrite = isMember && membership?.agreementAccepted;
  const mayJoin = group.status === 'active' && (state === null || state === 'left' || state === 'invited' || (isMember && !membership?.agreementAccepted));

  // Joining, the waiting list and leaving replace the form the person was in: continue from this section's heading.
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [state, membership?.agreementAccepted]);

  function handleJoin(agreementVersion: number) {
    setStatus(null);
    const again = isMember;
    join.mutate(agreementVersion, {
      onSuccess: (result) => {
        focusHeading.current = true;
        if (again) setStatus(t('groups.join.acceptedAgain'));
        else if (result.membership.status === 'waitlisted') setStatus(t('groups.join.waitlisted', { position: result.membership.waitlistPosition ?? '?' }));
        else setStatus(t('groups.join.joined', { name: group.name }));
      },
    });
  }

  function handleLeave() {
    setStatus(null);
    leave.mutate(undefined, {
      onSuccess: () => {
        focusHeading.current = true;
        setStatus(t('groups.membership.left', { name: group.name }));
      },
    });
  }

  return (
    <section aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {t('groups.membership.heading')}
      </h2>
      <StatusMessage message={status} />
      {(leave.isError || setting.isError) && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, leave.error ?? setting.error)}
        </p>
      )}
      {state === 'removed' && <p className="notice">{t('groups.membership.removed')}</p>}
      {group.status === 'archived' && <p className="notice">{t('groups.page.archived')}</p>}
      {isMember && <p>{t('groups.membership.member')}</p>}
      {state === 'waitlisted' && <p className="notice">{t('groups.membership.waitlisted', { position: membership?.waitlistPosition ?? '?' })}</p>}
      {state === 'invited' && <p>{t('groups.membership.invited')}</p>}
      {membership?.mutedUntil && new Date(membership.mutedUntil) > new Date() && (
        <p className="notice">
          {t('groups.membership.muted', { until: formatDateTime(membership.mutedUntil, i18n.language) })}
        </p>
      )}
      {canWrite && group.roomId && (
        <p>
          <Link className="button" to={`/conversations/${encodeURIComponent(group.roomId)}`}>
            {t('groups.membership.openRoom')}
          </Link>
        </p>
      )}
      {mayJoin && <JoinGroupForm group={group} onJoin={handleJoin} pending={join.isPending} error={join.error} />}
      {isMember && membership && (
        <CheckboxField
          id={`${id}-record`}
          label={t('groups.membership.recordMe')}
          hint={t('groups.membership.recordMeHint')}
          checked={membership.attendanceRecorded}
          onChange={(checked) => {
            setStatus(null);
            setting.mutate(checked, { onSuccess: () => setStatus(t(checked ? 'groups.membership.recordMeSaved' : 'groups.membership.recordMeOff')) });
          }}
        />
      )}
      {(isMember || state === 'waitlisted') && (
        <ConfirmButton
          label={isMember ? t('groups.membership.leave') : t('groups.membership.leaveWaitlist')}
          question={isMember ? t('groups.membership.leaveQuestion', { name: group.name }) : t('groups.membership.leaveWaitlistQuestion', { name: group.name })}
          confirmLabel={t('groups.membership.leaveConfirm')}
          cancelLabel={t('groups.membership.cancel')}
          onConfirm={handleLeave}
          danger
        />
      )}
    </section>
  );
}
