import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeRoomMemberInput } from '../../../../../shared/contracts/rooms.js';
import { DateTime } from '../../../ui/DateTime.js';
import { QueryState } from '../../../ui/QueryState.js';
import { ReasonConfirmButton } from '../../../ui/ReasonConfirmButton.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { chatProblemText } from '../../conversations/chat-problems.js';
import { useRemoveRoomMember, useRoomMembers } from '../queries.js';

/** For the room's moderators: who is in the room, and removing someone with a reason. */
export function RoomMembers({ roomId, viewerId }: { roomId: string; viewerId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const members = useRoomMembers(roomId, true);
  const remove = useRemoveRoomMember(roomId);
  const [status, setStatus] = useState<string | null>(null);

  function handleRemove(userId: string, handle: string, reason: string) {
    if (remove.isPending) return;
    setStatus(null);
    remove.mutate(
      { userId, reason },
      {
        onSuccess: () => {
          setStatus(t('rooms.memberList.removed', { handle }));
          document.getElementById(headingId)?.focus();
        },
      },
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('rooms.memberList.heading')}
      </h2>
      <StatusMessage message={status} />
      {remove.isError && (
        <p role="alert" className="notice notice-error">
          {chatProblemText(t, remove.error)}
        </p>
      )}
      <QueryState query={members}>
        {(list) => (
          <ul className="plain-list">
            {list.map((member) => (
              <li key={member.userId} className="card">
                <h3>{member.handle}</h3>
                <p className="muted">
                  {member.role === 'moderator' ? t('rooms.memberList.moderator') : t('rooms.memberList.member')}
                  {' · '}
                  {t('rooms.memberList.joinedAt')} <DateTime iso={member.joinedAt} />
                </p>
                {member.role !== 'moderator' && member.userId !== viewerId && (
                  <ReasonConfirmButton
                    schema={removeRoomMemberInput}
                    onConfirm={(reason) => handleRemove(member.userId, member.handle, reason)}
                    label={t('rooms.memberList.remove', { handle: member.handle })}
                    question={t('rooms.memberList.removeQuestion', { handle: member.handle })}
                    confirmLabel={t('rooms.memberList.removeYes', { handle: member.handle })}
                    cancelLabel={t('rooms.memberList.removeNo')}
                    reasonLabel={t('rooms.memberList.reason')}
                    reasonHint={t('rooms.memberList.reasonHint')}
                    reasonRequired
                    danger
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
