import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, SendAck, ServerToClientEvents } from '../../shared/realtime/events.js';
import { SOCKET_PATH } from '../../shared/realtime/events.js';
import { TEST_ORIGIN } from '../../server/test/test-client.js';
import type { MemberConnection } from './member-connection.js';

let sequence = 0;
/** Unique per message, as the web client makes them (8-64 of [A-Za-z0-9_-]). */
const nextClientId = () => `bench-message-${(sequence += 1)}`;

/** A signed-in browser's socket on a Kindred server process, the way the web client opens it. */
export function connectKindredMember(baseUrl: string, cookie: string, conversationId: string, onBody: (body: string) => void): Promise<MemberConnection> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(baseUrl, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { origin: TEST_ORIGIN, cookie },
  });
  socket.on('message:new', (message) => onBody(message.body));
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('connect', () => resolve({
      send: (body) => new Promise((answered) => {
        socket.emit('message:send', { conversationId, clientId: nextClientId(), body }, (ack: SendAck) => answered(ack.ok));
      }),
      close: () => void socket.disconnect(),
    }));
  });
}
