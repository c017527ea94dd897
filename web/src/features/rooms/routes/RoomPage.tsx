import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { ApiError } from '../../../lib/http.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useCurrentUser } from '../../auth/queries.js';
import { chatProblemText } from '../../conversations/chat-problems.js';
import { JoinRoomForm } from '../components/JoinRoomForm.js';
import { LeaveRoom } from '../components/LeaveRoom.js';
import { isFull, RoomBadges } from '../components/RoomBadges.js';
import { RoomFacts } from '../components/RoomFacts.js';
import { RoomMembers } from '../components/RoomMembers.js';
import { useJoinRoom, useLeaveRoom, useRoom } from '../queries.js';
import { DeadEndPage } from '../../../ui/DeadEndPage.js';

/** A room: what it is for, its agreement to accept before joining, its conversation, and moderator tools. */
export function RoomPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const room = useRoom(id);

  if (room.error instanceof ApiError && room.error.status === 404) {
    return (
      <DeadEndPage title={t('rooms.notFoundTitle')} text={t('rooms.notFoundText')} backTo="/rooms" backLabel={t('rooms.backToRooms')} />
    );
  }
  return (
    <Page title={room.data?.title ?? t('rooms.loadingTitle')}>
      <QueryState query={room}>{(shown) => <RoomDetails room={shown} />}</QueryState>
    </Page>
  );
}

function RoomDetails({ room }: { room: RoomDto }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const join = useJoinRoom(room.id);
  const leave = useLeaveRoom(room.id);
  const [status, setStatus] = useState<string | null>(null);
  const chatLink = useRef<HTMLAnchorElement>(null);
  const focusChatLink = useRef(false);
  const canWrite = room.joined && room.agreementAccepted;
  const canJoin = !room.archived && (room.joined || !isFull(room));

  // After joining, the form is gone: continue from the link into the conversation.
  useEffect(() => {
    if (!canWrite || !focusChatLink.current) return;
    focusChatLink.current = false;
    chatLink.current?.focus();
  }, [canWrite]);

  function handleJoin(agreementVersion: number) {
    setStatus(null);
    const again = room.joined;
    // Set before the request: the link appears as soon as the room is updated, before these callbacks run.
    focusChatLink.current = true;
    join.mutate(agreementVersion, {
      onSuccess: (joined) => setStatus(t(again ? 'rooms.acceptedAgainStatus' : 'rooms.joinedStatus', { title: joined.title })),
      onError: () => {
        focusChatLink.current = false;
      },
    });
  }

  function handleLeave() {
    setStatus(null);
    leave.mutate(undefined, {
      onSuccess: () => {
        setStatus(t('rooms.leftStatus', { title: room.title }));
        // The Leave button is gone: start again from the page's heading, above the agreement to rejoin.
        document.querySelector<HTMLElement>('main h1')?.focus();
      },
    });
  }

  return (
    <>
      <p>
        <RoomBadges room={room} />
      </p>
      <StatusMessage message={status} />
      {leave.isError && (
        <p role="alert" className="notice notice-error">
          {chatProblemText(t, leave.error)}
        </p>
      )}
      {room.description && <p className="lead story">{room.description}</p>}
      <RoomFacts room={room} />
      {canWrite && (
        <p>
          <Link ref={chatLink} className="button" to={`/conversations/${encodeURIComponent(room.id)}`}>
            {t('rooms.openChat')}
          </Link>
        </p>
      )}
      {!canWrite && canJoin && <JoinRoomForm room={room} onJoin={handleJoin} pending={join.isPending} error={join.error} />}
      {!room.joined && room.archived && <p className="notice">{t('rooms.archivedText')}</p>}
      {!room.joined && !room.archived && isFull(room) && <p className="notice">{t('rooms.fullText')}</p>}
      {room.joined && <LeaveRoom title={room.title} onLeave={handleLeave} />}
      {room.isModerator && me && <RoomMembers roomId={room.id} viewerId={me.id} />}
      <p>
        <Link to="/rooms">{t('rooms.backToRooms')}</Link>
      </p>
    </>
  );
}
