import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { UserSearchForm } from '../../admin/components/UserSearchForm.js';
import { useUsers } from '../../admin/queries.js';
import { chatProblemText } from '../../conversations/chat-problems.js';
import { useAddModerator, useRemoveModerator } from '../queries.js';

/** The room's moderators, each removable, and a search to pick someone to add. */
export function RoomModerators({ room }: { room: RoomDto }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [search, setSearch] = useState('');
  const users = useUsers(search);
  const add = useAddModerator(room.id);
  const remove = useRemoveModerator(room.id);
  const [status, setStatus] = useState<string | null>(null);
  const failure = add.error ?? remove.error;
  const moderatorIds = new Set(room.moderators.map((moderator) => moderator.userId));
  const candidates = search ? (users.data ?? []).filter((user) => !moderatorIds.has(user.id)) : [];

  function change(action: typeof add | typeof remove, userId: string, done: 'moderatorAdded' | 'moderatorRemoved', handle: string) {
    if (add.isPending || remove.isPending) return;
    setStatus(null);
    action.mutate(userId, {
      onSuccess: () => {
        setStatus(t(`rooms.admin.${done}`, { handle }));
        document.getElementById(headingId)?.focus();
      },
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('rooms.moderators')}
      </h2>
      <StatusMessage message={status} />
      {failure && (
        <p role="alert" className="notice notice-error">
          {chatProblemText(t, failure)}
        </p>
      )}
      {room.moderators.length === 0 ? (
        <p>{t('rooms.noModerators')}</p>
      ) : (
        <ul className="plain-list">
          {room.moderators.map((moderator) => (
            <li key={moderator.userId} className="list-row">
              <span>{moderator.handle}</span>
              <button type="button" className="button-secondary button-small" onClick={() => change(remove, moderator.userId, 'moderatorRemoved', moderator.handle)}>
                {t('rooms.admin.removeModerator', { handle: moderator.handle })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('rooms.admin.findModerator')}</h3>
      <UserSearchForm onSearch={setSearch} />
      {search && users.isSuccess && candidates.length === 0 && <p>{t('rooms.admin.noOneFound')}</p>}
      {candidates.length > 0 && (
        <ul className="plain-list">
          {candidates.map((user) => (
            <li key={user.id} className="list-row">
              <span>{user.handle}</span>
              <button type="button" className="button-small" onClick={() => change(add, user.id, 'moderatorAdded', user.handle)}>
                {t('rooms.admin.addModerator', { handle: user.handle })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
