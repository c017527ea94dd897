import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { RoomForm, type RoomFormInput } from '../components/RoomForm.js';
import { RoomModerators } from '../components/RoomModerators.js';
import { useRoom, useUpdateRoom } from '../queries.js';

/** One room's settings for admins: its details and agreement, archiving, and its moderators. */
export function AdminRoomPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const room = useRoom(id);
  return (
    <Page title={room.data ? t('rooms.admin.editTitle', { title: room.data.title }) : t('rooms.loadingTitle')}>
      <p>
        <Link to="/admin/rooms">{t('rooms.admin.back')}</Link>
      </p>
      <QueryState query={room}>{(shown) => <RoomSettings room={shown} />}</QueryState>
    </Page>
  );
}

function RoomSettings({ room }: { room: RoomDto }) {
  const { t } = useTranslation();
  const update = useUpdateRoom(room.id);
  const [saved, setSaved] = useState(false);

  function handleSave(input: RoomFormInput, fail: (error: unknown) => void) {
    setSaved(false);
    update.mutate(input, { onSuccess: () => setSaved(true), onError: fail });
  }

  return (
    <>
      <RoomForm room={room} submitLabel={t('rooms.admin.save')} pending={update.isPending} onSubmit={handleSave} />
      <StatusMessage message={saved ? t('rooms.admin.saved') : null} />
      <RoomModerators room={room} />
    </>
  );
}
