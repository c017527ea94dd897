import { afterAll, beforeAll, inject } from 'vitest';
import type { SupportRequestInput } from '../../shared/contracts/matching.js';
import { profileInput, type ProfileInput } from '../../shared/contracts/profiles.js';
import type { Role } from '../../shared/roles.js';
import { buildApp, type KindredApp } from '../../server/app.js';
import { connectDatabase, type DatabaseHandle } from '../../server/platform/db/connect.js';
import { seedActor } from '../../server/seeding.js';
import { createActiveSupporter, createUser, type TestUser } from '../../server/test/factories.js';
import { TestClient } from '../../server/test/test-client.js';
import { e2eConfig } from './e2e-config.js';

type SupporterOptions = NonNullable<Parameters<typeof createActiveSupporter>[1]>;

/** Seeds matching journeys (members, active supporters, profiles) through the same factories as the API tests. */
export class MatchingSeeder {
  private constructor(
    private readonly app: KindredApp,
    private readonly database: DatabaseHandle,
    private readonly origin: string,
  ) {}

  static async open(): Promise<MatchingSeeder> {
    const databaseUrl = inject('databaseUrl');
    const baseUrl = inject('baseUrl');
    const database = connectDatabase(databaseUrl);
    const app = await buildApp(e2eConfig(baseUrl, databaseUrl), { database });
    return new MatchingSeeder(app, database, baseUrl);
  }

  user(options: { roles?: Role[]; email?: string; handle?: string } = {}): Promise<TestUser> {
    return createUser(this.app, options);
  }

  /** A trained, active supporter who takes new people, sharing the given profile facts with members. */
  activeSupporter(options: SupporterOptions): Promise<TestUser> {
    return createActiveSupporter(this.app, options);
  }

  /** Saves a person's whole profile, as they would on the profile page. */
  async profile(user: TestUser, profile: Partial<ProfileInput>): Promise<void> {
    await this.app.kindred.profiles.profiles.update(seedActor(user.id, user.handle), profileInput.parse({ handle: user.handle, ...profile }));
  }

  /** Signs the member in behind the scenes and opens a support request for them, as the request form would. */
  async openRequest(member: TestUser, request: SupportRequestInput): Promise<string> {
    const client = await this.signedIn(member);
    const created = await client.request('POST', '/api/support-requests', { body: request, headers: { origin: this.origin } });
    if (created.statusCode !== 201 && created.statusCode !== 200) throw new Error(`opening a request for ${member.handle} failed: ${created.body}`);
    return (created.json() as { request: { id: string } }).request.id;
  }

  /** The member cancels their request, as the "Cancel my request" button would. */
  async cancelRequest(member: TestUser, requestId: string): Promise<void> {
    const client = await this.signedIn(member);
    const cancelled = await client.request('POST', `/api/support-requests/${encodeURIComponent(requestId)}/cancel`, { headers: { origin: this.origin } });
    if (cancelled.statusCode !== 200) throw new Error(`cancelling the request of ${member.handle} failed: ${cancelled.body}`);
  }

  /**
   * The member asks the supporter and the supporter accepts, through the API as their pages would.
   * Returns the id of the private conversation the relationship opens.
   */
  async supportRelationship(member: TestUser, supporter: TestUser): Promise<string> {
    const requestId = await this.openRequest(member, { topics: ['anxiety'], languages: ['en'], meetingModes: ['text'] });
    const memberClient = await this.signedIn(member);
    const headers = { origin: this.origin };
    const offer = await memberClient.request('POST', `/api/support-requests/${encodeURIComponent(requestId)}/choose`, { body: { supporterId: supporter.id }, headers });
    if (offer.statusCode !== 200 && offer.statusCode !== 201) throw new Error(`${member.handle} could not choose ${supporter.handle}: ${offer.body}`);
    const offerId = (offer.json() as { offer: { id: string } }).offer.id;
    const supporterClient = await this.signedIn(supporter);
    const accepted = await supporterClient.request('POST', `/api/supporter/requests/${encodeURIComponent(offerId)}/accept`, { headers });
    if (accepted.statusCode !== 200 && accepted.statusCode !== 201) throw new Error(`${supporter.handle} could not accept: ${accepted.body}`);
    const conversations = (await memberClient.request('GET', '/api/conversations')).json() as { conversations: Array<{ id: string; kind: string }> };
    const direct = conversations.conversations.find((conversation) => conversation.kind === 'direct');
    if (!direct) throw new Error(`no conversation for ${member.handle} and ${supporter.handle}`);
    return direct.id;
  }

  /** Sends messages one after another as the person would from their chat (ahead of the page opening). */
  async sendMessages(author: TestUser, conversationId: string, bodies: readonly string[]): Promise<void> {
    const client = await this.signedIn(author);
    for (const [index, body] of bodies.entries()) {
      const sent = await client.request('POST', `/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
        body: { clientId: `seeded-${conversationId}-${index}`, body },
        headers: { origin: this.origin },
      });
      if (sent.statusCode !== 201) throw new Error(`sending as ${author.handle} failed: ${sent.body}`);
    }
  }

  private async signedIn(user: TestUser): Promise<TestClient> {
    const client = new TestClient(this.app);
    const response = await client.request('POST', '/api/auth/sign-in', { body: { email: user.email, password: user.password }, headers: { origin: this.origin } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed for ${user.handle}: ${response.body}`);
    return client;
  }

  /**
   * Runs program intake through the API (quicker than the intake page) and sends the member the
   * supporter it proposes for their open request. Returns that supporter's handle.
   */
  async proposeFor(member: TestUser): Promise<string> {
    const admin = await createUser(this.app, { roles: ['admin'] });
    const client = new TestClient(this.app);
    const post = (url: string, body: unknown) => client.request('POST', url, { body, headers: { origin: this.origin } });
    await post('/api/auth/sign-in', { email: admin.email, password: admin.password });
    const plan = (await client.request('GET', '/api/admin/intake/proposals')).json() as {
      proposals: Array<{ requestId: string; memberId: string; supporterId: string; supporterHandle: string }>;
    };
    const proposal = plan.proposals.find((candidate) => candidate.memberId === member.id);
    if (!proposal) throw new Error(`intake proposed nobody for ${member.handle}`);
    const confirmed = await post('/api/admin/intake/confirm', { assignments: [{ requestId: proposal.requestId, supporterId: proposal.supporterId }] });
    if (confirmed.json().proposed !== 1) throw new Error(`intake confirmation failed: ${confirmed.body}`);
    return proposal.supporterHandle;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
  }
}

/** One matching seeder per spec file, opened before its tests (and their own beforeAll hooks) and closed after. */
export function useMatchingSeed() {
  const state = {} as { seed: MatchingSeeder };
  beforeAll(async () => {
    state.seed = await MatchingSeeder.open();
  });
  afterAll(async () => {
    await state.seed?.close();
  });
  return {
    get seed() {
      return state.seed;
    },
  };
}
