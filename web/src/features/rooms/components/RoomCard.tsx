import { Link } from 'react-router';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { RoomBadges } from './RoomBadges.js';
import { RoomFacts } from './RoomFacts.js';

/** A room in the directory. */
export function RoomCard({ room }: { room: RoomDto }) {
  return (
    <li className="card">
      <h2>
        <Link to={`/rooms/${encodeURIComponent(room.id)}`}>{room.title}</Link> <RoomBadges room={room} />
      </h2>
      {room.description && <p className="story">{room.description}</p>}
      <RoomFacts room={room} />
    </li>
  );
}
