import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { ScrollRegion } from '../../../ui/ScrollRegion.js';

/** Every room for admins, each linked to its settings. */
export function RoomsTable({ rooms }: { rooms: RoomDto[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table>
        <caption id={captionId}>{t('rooms.admin.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rooms.admin.fieldTitle')}</th>
            <th scope="col">{t('rooms.membersLabel')}</th>
            <th scope="col">{t('rooms.moderators')}</th>
            <th scope="col">{t('rooms.admin.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id}>
              <th scope="row">
                <Link to={`/admin/rooms/${encodeURIComponent(room.id)}`}>{room.title}</Link>
              </th>
              <td>{t('rooms.members', { count: room.memberCount, cap: room.memberCap })}</td>
              <td>{room.moderators.length}</td>
              <td>{room.archived ? t('rooms.archived') : t('rooms.admin.open')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
