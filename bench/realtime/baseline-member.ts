import WebSocket from 'ws';
import type { MemberConnection } from './member-connection.js';

/** A plain websocket on the bare broadcast server, in the room named by the query string. */
export function connectBaselineMember(port: number, room: number, onBody: (body: string) => void): Promise<MemberConnection> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/?room=${room}`, { perMessageDeflate: false });
  socket.on('message', (data) => onBody(data.toString()));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => resolve({
      send: async (body) => {
        socket.send(body);
        return true;
      },
      close: () => socket.close(),
    }));
  });
}
