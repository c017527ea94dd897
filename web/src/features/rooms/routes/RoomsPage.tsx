import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page.js';
import { QueryState } from '../../../ui/QueryState.js';
import { RoomCard } from '../components/RoomCard.js';
import { useRooms } from '../queries.js';

/** The directory of topic rooms anyone signed in can join. */
export function RoomsPage() {
  const { t } = useTranslation();
  const rooms = useRooms();
  return (
    <Page title={t('rooms.title')}>
      <p className="lead">{t('rooms.intro')}</p>
      <QueryState query={rooms}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('rooms.empty')}</p>
          ) : (
            <ul className="plain-list">
              {list.map((room) => (
                <RoomCard key={room.id} room={room} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
