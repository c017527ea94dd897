import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { RoomForm, type RoomFormInput } from '../components/RoomForm.js';
import { RoomsTable } from '../components/RoomsTable.js';
import { useCreateRoom, useRooms } from '../queries.js';

/** Admins see every room and create new ones; each room's own page edits it and its moderators. */
export function AdminRoomsPage() {
  const { t } = useTranslation();
  const createHeadingId = useId();
  const rooms = useRooms();
  const create = useCreateRoom();
  const [status, setStatus] = useState<string | null>(null);
  // A fresh, empty form after each room is created.
  const [formKey, setFormKey] = useState(0);

  function handleCreate(input: RoomFormInput, fail: (error: unknown) => void) {
    setStatus(null);
    create.mutate(input, {
      onSuccess: (room) => {
        setStatus(t('rooms.admin.created', { title: room.title }));
        setFormKey((key) => key + 1);
      },
      onError: fail,
    });
  }

  return (
    <Page title={t('rooms.admin.title')}>
      <StatusMessage message={status} />
      <QueryState query={rooms}>{(list) => (list.length === 0 ? <p>{t('rooms.empty')}</p> : <RoomsTable rooms={list} />)}</QueryState>
      <section aria-labelledby={createHeadingId}>
        <h2 id={createHeadingId}>{t('rooms.admin.createHeading')}</h2>
        <RoomForm key={formKey} room={null} submitLabel={t('rooms.admin.create')} pending={create.isPending} onSubmit={handleCreate} />
      </section>
    </Page>
  );
}
