import { describe, expect, it } from 'vitest';
import { createRoomWithMembers } from '../../test/factories.js';
import { ChatClient } from '../../test/processes/chat-client.js';
import { startServerProcess } from '../../test/processes/server-process.js';
import { seededDatabase } from '../../test/processes/seeded-database.js';
import { waitFor } from '../../test/sockets.js';

const CLIENTS = 20;
const MESSAGES_EACH = 10;
const KILL_AFTER_ACKNOWLEDGED = 60;

describe.each(['sqlite', 'postgres'] as const)('a server killed with SIGKILL mid-conversation, on %s', (dialect) => {
  it('keeps every acknowledged message exactly once, and every client catches up with no gap and no duplicate', async () => {
    const { database, seeded: room } = await seededDatabase(dialect, (app) => createRoomWithMembers(app, CLIENTS));
    let server = await startServerProcess({ DATABASE_URL: database.url });
    const clients = room.members.map(({ client }, i) => new ChatClient(server.url, client, room.roomId, `client${i}`));
    try {
      await Promise.all(clients.map((client) => new Promise((resolve) => (client.socket.connected ? resolve(null) : client.socket.once('connect', () => resolve(null))))));
      const sending = Promise.all(clients.map(async (client, i) => {
        for (let n = 0; n < MESSAGES_EACH; n += 1) await client.send(`message ${n} from client ${i}`);
      }));
      const acknowledgedCount = () => clients.reduce((sum, client) => sum + client.acknowledged.length, 0);
      await waitFor(() => acknowledgedCount() >= KILL_AFTER_ACKNOWLEDGED, 30_000);

      await server.kill();
      const acknowledgedBeforeKill = clients.flatMap((client) => [...client.acknowledged]);
      expect(acknowledgedBeforeKill.length).toBeLessThan(CLIENTS * MESSAGES_EACH);
      server = await startServerProcess({ DATABASE_URL: database.url }, { port: server.port });
      await sending;
      await Promise.all(clients.map((client) => client.catchUp()));

      const stored = await database.db.selectFrom('messages').select(['id', 'seq', 'client_id']).where('conversation_id', '=', room.roomId).orderBy('seq').execute();
      const total = CLIENTS * MESSAGES_EACH;
      expect(stored.map((row) => row.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(new Set(stored.map((row) => row.client_id)).size).toBe(total);
      const storedClientIds = new Set(stored.map((row) => row.client_id));
      expect(acknowledgedBeforeKill.filter((id) => !storedClientIds.has(id))).toEqual([]);

      const storedIds = stored.map((row) => row.id);
      for (const client of clients) {
        expect(client.contiguousUpTo()).toBe(total);
        expect([...client.seen.keys()].length).toBe(total);
        expect([...client.seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id)).toEqual(storedIds);
      }
    } finally {
      clients.forEach((client) => client.close());
      await server.stop();
      await database.dispose();
    }
  });
});
