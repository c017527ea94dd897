import type { Role } from '../../shared/roles.js';
import type { KindredApp } from '../app.js';
import { profileInput, type ProfileInput } from '../../shared/contracts/profiles.js';
import { enrolSupporter, seedActor } from '../seeding.js';
import { TestClient } from './test-client.js';

let sequence = 0;

export const FACTORY_PASSWORD = 'quiet-harbour-lantern-47';

export interface TestUser {
  id: string;
  email: string;
  handle: string;
  password: string;
  roles: Role[];
}

export async function createUser(app: KindredApp, options: { roles?: Role[]; email?: string; handle?: string } = {}): Promise<TestUser> {
  sequence += 1;
  const suffix = `${sequence}${Math.random().toString(36).slice(2, 6)}`;
  const user = {
    email: options.email ?? `person${suffix}@example.test`,
    handle: options.handle ?? `Person ${suffix}`,
    password: FACTORY_PASSWORD,
    roles: options.roles ?? ['member'],
  };
  const id = await app.kindred.accounts.createAccount(
    { email: user.email, handle: user.handle, password: user.password },
    user.roles,
    { checkStrength: false },
  );
  return { id, ...user };
}

export async function signedInClient(app: KindredApp, user: TestUser, defaults: { ip?: string; userAgent?: string } = {}): Promise<TestClient> {
  const client = new TestClient(app, defaults);
  const response = await client.post('/api/auth/sign-in', { email: user.email, password: user.password });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return client;
}

/** A trained, active supporter who accepts new people, with the given profile facts shared with members. */
export async function createActiveSupporter(
  app: KindredApp,
  options: { handle?: string; profile?: Partial<ProfileInput>; topics?: string[]; capacity?: number } = {},
): Promise<TestUser> {
  const user = await createUser(app, options.handle ? { handle: options.handle } : {});
  const admin = await createUser(app, { roles: ['admin'] });
  const actor = seedActor(user.id, user.handle);
  const topics = options.topics ?? ['anxiety'];
  await app.kindred.profiles.profiles.update(actor, profileInput.parse({
    handle: user.handle, languages: ['en'], meetingModes: ['text'], visibility: { topics: 'members', identities: 'members', interests: 'members' }, ...options.profile,
  }));
  await enrolSupporter(app, actor, seedActor(admin.id, admin.handle, ['member', 'admin']), 'A seeded recovery story.', topics);
  if (options.capacity) {
    await app.kindred.db.updateTable('supporter_profiles').set({ capacity: options.capacity }).where('user_id', '=', user.id).execute();
  }
  return { ...user, roles: ['member', 'supporter'] };
}

export interface SupportPair {
  member: TestClient;
  supporter: TestClient;
  memberUser: TestUser;
  supporterUser: TestUser;
  relationshipId: string;
  conversationId: string;
}

/** A member matched with a supporter through the real request, choose and accept flow. */
export async function createSupportPair(app: KindredApp, handles: { member?: string; supporter?: string } = {}): Promise<SupportPair> {
  const supporterUser = await createActiveSupporter(app, handles.supporter ? { handle: handles.supporter } : {});
  const memberUser = await createUser(app, handles.member ? { handle: handles.member } : {});
  const member = await signedInClient(app, memberUser);
  const supporter = await signedInClient(app, supporterUser);
  const request = await member.post('/api/support-requests', { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'] });
  const offer = await member.post(`/api/support-requests/${request.json().request.id}/choose`, { supporterId: supporterUser.id });
  const relationshipId = (await supporter.post(`/api/supporter/requests/${offer.json().offer.id}/accept`)).json().relationship.id;
  const conversationId = (await member.get('/api/conversations')).json().conversations[0].id;
  return { member, supporter, memberUser, supporterUser, relationshipId, conversationId };
}

export interface SeededRoom {
  roomId: string;
  moderator: TestClient;
  moderatorUser: TestUser;
  members: Array<{ user: TestUser; client: TestClient }>;
}

/** A topic room with a trained moderator and `memberCount` members who accepted its agreement. */
export async function createRoomWithMembers(app: KindredApp, memberCount: number, options: { title?: string } = {}): Promise<SeededRoom> {
  const admin = await signedInClient(app, await createUser(app, { roles: ['admin'] }));
  const room = await admin.post('/api/admin/rooms', {
    title: options.title ?? 'Evening check-in', agreement: 'Be kind. What is shared here stays here.', memberCap: memberCount + 10,
  });
  const roomId = room.json().room.id as string;
  const moderatorUser = await createActiveSupporter(app);
  await admin.post(`/api/admin/rooms/${roomId}/moderators`, { userId: moderatorUser.id });
  const members = [];
  for (let i = 0; i < memberCount; i += 1) {
    const user = await createUser(app);
    const client = await signedInClient(app, user);
    await client.post(`/api/rooms/${roomId}/join`, { agreementVersion: 1 });
    members.push({ user, client });
  }
  return { roomId, moderator: await signedInClient(app, moderatorUser), moderatorUser, members };
}
