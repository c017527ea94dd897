// The baseline: the least a broadcast server can do. Sockets join the room named in their query
// string; every text a socket sends goes, unchanged, to every socket in its room (the sender too, as
// Kindred echoes a message to its author). No auth, no storage, no parsing. Run as its own process:
//   node --import tsx bench/realtime/baseline-server.ts <port>
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.argv[2]);
const rooms = new Map<string, Set<WebSocket>>();
const server = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false });

server.on('connection', (socket, request) => {
  const room = new URL(request.url ?? '/', 'http://localhost').searchParams.get('room') ?? '';
  const members = rooms.get(room) ?? new Set<WebSocket>();
  rooms.set(room, members);
  members.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const member of members) member.send(data, { binary: isBinary });
  });
  socket.on('close', () => members.delete(socket));
});

server.on('listening', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
