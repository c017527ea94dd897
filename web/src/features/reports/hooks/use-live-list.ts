import { useEffect, useRef } from 'react';
import type { ServerToClientEvents } from '../../../../../shared/realtime/events.js';
import { useConnection, useSocketEvent } from '../../../app/socket.js';
import { useRefreshList, type LiveList } from '../queries.js';

const EVENTS = {
  queue: 'moderation:queue-changed',
  mine: 'moderation:my-reports-changed',
  notices: 'moderation:notices-changed',
} as const satisfies Record<LiveList, keyof ServerToClientEvents>;

/**
 * Keeps a moderation list current while its page is open: the server says only that it changed, and the
 * list is read again (with the reader's own permissions). After a reconnect it is read again too, since
 * changes may have been missed while the connection was down.
 */
export function useLiveList(list: LiveList): void {
  const refresh = useRefreshList(list);
  const { generation } = useConnection();
  const mountedAt = useRef(generation);
  useSocketEvent(EVENTS[list], () => void refresh());
  useEffect(() => {
    if (generation !== mountedAt.current) void refresh();
  }, [generation, refresh]);
}
