import { useTranslation } from 'react-i18next';
import type { RoomDto } from '../../../../../shared/contracts/rooms.js';
import { formatList } from '../../../lib/format.js';
import { FactList } from '../../../ui/FactList.js';
import { useTopicLabel } from '../../topics/topic-labels.js';

/** Topic, how full the room is, and who moderates it. */
export function RoomFacts({ room }: { room: RoomDto }) {
  const { t, i18n } = useTranslation();
  const topicLabel = useTopicLabel();
  const moderators = room.moderators.map((moderator) => moderator.handle);
  return (
    <FactList
      facts={[
        ...(room.topic ? [[t('rooms.topic'), topicLabel(room.topic)] as const] : []),
        [t('rooms.membersLabel'), t('rooms.members', { count: room.memberCount, cap: room.memberCap })],
        [t('rooms.moderators'), moderators.length > 0 ? formatList(moderators, i18n.language) : t('rooms.noModerators')],
      ]}
    />
  );
}
