import { useTranslation } from 'react-i18next';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';

export function isFull(room: RoomDto): boolean {
  return room.memberCount >= room.memberCap;
}

/** "Joined", "Full", "Archived": in words, beside the room's name. */
export function RoomBadges({ room }: { room: RoomDto }) {
  const { t } = useTranslation();
  return (
    <>
      {room.joined && <span className="badge">{t('rooms.joined')}</span>}
      {!room.joined && isFull(room) && <span className="badge badge-quiet">{t('rooms.full')}</span>}
      {room.archived && <span className="badge badge-quiet">{t('rooms.archived')}</span>}
    </>
  );
}
