import type { KindredApp } from '../../server/app.js';
import { cookiePolicy } from '../../server/platform/auth/cookies.js';
import { createActiveSupporter, createUser, signedInClient } from '../../server/test/factories.js';
import { seededDatabase } from '../../server/test/processes/seeded-database.js';
import type { TestDatabase } from '../../server/test/test-database.js';
import { TEST_ORIGIN } from '../../server/test/test-client.js';

export interface BenchRoom {
  conversationId: string;
  /** One Cookie header per member, each a signed-in browser of that member. */
  memberCookies: string[];
}

export interface BenchSeed {
  database: TestDatabase;
  rooms: BenchRoom[];
  /** Further sessions of the same members, for the idle-connection count. */
  idleSessions: Array<{ cookie: string; conversationId: string }>;
}

export interface SeedLayout {
  rooms: number;
  membersPerRoom: number;
  idleSessionsPerMember: number;
}

const sessionCookie = cookiePolicy(TEST_ORIGIN).sessionName;

/**
 * Like createRoomWithMembers (a room, a moderator, members who accepted the agreement, all through the
 * real routes), but with handles given here: the factory's random handles read as phone numbers now and
 * then once a run has a thousand people, and handle validation refuses them.
 */
async function seedRoom(app: KindredApp, admin: Awaited<ReturnType<typeof signedInClient>>, index: number, layout: SeedLayout) {
  const created = await admin.post('/api/admin/rooms', {
    title: `Bench room ${index}`, agreement: 'Be kind. What is shared here stays here.', memberCap: layout.membersPerRoom + 10,
  });
  if (created.statusCode >= 300) throw new Error(`creating a bench room failed: ${created.statusCode} ${created.body}`);
  const conversationId = created.json().room.id as string;
  // Not connected during the run, but every message to a room looks its moderators up, so rooms have one.
  const moderator = await createActiveSupporter(app, { handle: `Bench moderator ${index}` });
  await admin.post(`/api/admin/rooms/${conversationId}/moderators`, { userId: moderator.id });
  const room: BenchRoom = { conversationId, memberCookies: [] };
  const idleSessions: BenchSeed['idleSessions'] = [];
  for (let m = 1; m <= layout.membersPerRoom; m += 1) {
    const user = await createUser(app, { handle: `Bench member ${index}-${m}` });
    const client = await signedInClient(app, user);
    const joined = await client.post(`/api/rooms/${conversationId}/join`, { agreementVersion: 1 });
    if (joined.statusCode >= 300) throw new Error(`joining a bench room failed: ${joined.statusCode} ${joined.body}`);
    room.memberCookies.push(client.cookieHeader());
    for (let s = 0; s < layout.idleSessionsPerMember; s += 1) {
      const { token } = await app.kindred.sessions.create(app.kindred.db, user.id, { userAgent: 'bench', ip: '127.0.0.1' });
      idleSessions.push({ cookie: `${sessionCookie}=${token}`, conversationId });
    }
  }
  return { room, idleSessions };
}

/** Rooms full of members on a fresh embedded database, plus extra sessions so every idle socket is a distinct signed-in browser. */
export async function seedRooms(layout: SeedLayout): Promise<BenchSeed> {
  const { database, seeded } = await seededDatabase('sqlite', async (app) => {
    const admin = await signedInClient(app, await createUser(app, { roles: ['admin'], handle: 'Bench admin' }));
    const rooms: BenchRoom[] = [];
    const idleSessions: BenchSeed['idleSessions'] = [];
    for (let r = 1; r <= layout.rooms; r += 1) {
      const seeded = await seedRoom(app, admin, r, layout);
      rooms.push(seeded.room);
      idleSessions.push(...seeded.idleSessions);
    }
    return { rooms, idleSessions };
  });
  return { database, ...seeded };
}
