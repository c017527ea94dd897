import type { ProfileInput } from '../shared/contracts/profiles.js';
import { profileInput } from '../shared/contracts/profiles.js';
import type { Role } from '../shared/roles.js';
import type { KindredApp } from './app.js';
import type { Actor } from './platform/auth/actor.js';
import type { Db } from './platform/db/connect.js';
import { seedDemoConversations } from './demo-conversations.js';
import { seedDemoGroups } from './demo-groups.js';
import { seedDemoSupport } from './demo-support.js';
import { enrolSupporter, seedActor } from './seeding.js';

/** Shared by every demo account so a newcomer can try each role; never used outside demo databases. */
export const DEMO_PASSWORD = 'kindred-demo-garden-lantern';

interface DemoPerson {
  email: string;
  handle: string;
  roles: Role[];
  locale?: 'en' | 'es';
  profile?: Omit<ProfileInput, 'handle'>;
  supports?: { story: string; topics: string[] };
}

const SHARE_TOPICS = { topics: 'members', interests: 'members' } as const;

/** Clearly fictional people on the reserved .invalid domain. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.kindred.invalid', handle: 'Demo Admin Aurora', roles: ['admin'] },
  { email: 'supervisor@demo.kindred.invalid', handle: 'Demo Supervisor Basil', roles: ['supervisor'] },
  { email: 'clinician@demo.kindred.invalid', handle: 'Demo Clinician Cedar', roles: ['clinician'] },
  {
    email: 'supporter@demo.kindred.invalid', handle: 'Demo Supporter Dahlia', roles: [],
    profile: { languages: ['en'], topics: ['anxiety', 'depression'], interests: ['baking', 'long walks'], meetingModes: ['text', 'video'], timeZone: 'America/Chicago', country: 'US', visibility: SHARE_TOPICS },
    supports: { story: 'A fictional demo story: years of panic attacks, and the slow work of recovery with a peer group.', topics: ['anxiety', 'depression'] },
  },
  {
    email: 'supporter2@demo.kindred.invalid', handle: 'Demo Supporter Elio', roles: [], locale: 'es',
    profile: { languages: ['es', 'en'], topics: ['substance_use'], interests: ['fútbol'], meetingModes: ['text', 'voice', 'in_person'], timeZone: 'Europe/Madrid', country: 'ES', visibility: SHARE_TOPICS },
    supports: { story: 'Historia ficticia de demostración: seis años en recuperación del consumo de alcohol.', topics: ['substance_use'] },
  },
  {
    email: 'supporter3@demo.kindred.invalid', handle: 'Demo Supporter Fern', roles: [],
    profile: { languages: ['en'], topics: ['grief_loss', 'ptsd_trauma'], interests: ['gardening'], meetingModes: ['video'], timeZone: 'Europe/London', country: 'GB', visibility: SHARE_TOPICS },
    supports: { story: 'A fictional demo story: finding my feet again after a loss.', topics: ['grief_loss', 'ptsd_trauma'] },
  },
  { email: 'member@demo.kindred.invalid', handle: 'Demo Member Juniper', roles: ['member'], profile: { languages: ['en'], topics: ['postpartum', 'anxiety'], meetingModes: ['text'], visibility: SHARE_TOPICS } },
  { email: 'member2@demo.kindred.invalid', handle: 'Demo Member Kestrel', roles: ['member'], locale: 'es', profile: { languages: ['es'], topics: ['depression'], meetingModes: ['text', 'voice'] } },
  { email: 'member3@demo.kindred.invalid', handle: 'Demo Member Linden', roles: ['member'] },
  { email: 'member4@demo.kindred.invalid', handle: 'Demo Member Marlow', roles: ['member'] },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Demo people go through the same flows real ones do: registration, profile, application, approval, training. */
export async function seedDemoPeople(app: KindredApp): Promise<DemoPerson[]> {
  const { accounts, profiles } = app.kindred;
  const actorFor = (userId: string, person: DemoPerson): Actor => seedActor(userId, person.handle, ['member', ...person.roles]);
  const ids = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const userId = await accounts.createAccount(
      { email: person.email, handle: person.handle, password: DEMO_PASSWORD, locale: person.locale ?? 'en' },
      person.roles,
      { checkStrength: false, registering: true },
    );
    ids.set(person.email, userId);
    if (person.profile) await profiles.profiles.update(actorFor(userId, person), profileInput.parse({ handle: person.handle, ...person.profile }));
  }
  const admin = actorFor(ids.get(DEMO_PEOPLE[0]!.email)!, DEMO_PEOPLE[0]!);
  for (const person of DEMO_PEOPLE.filter((p) => p.supports)) {
    await enrolSupporter(app, actorFor(ids.get(person.email)!, person), admin, person.supports!.story, person.supports!.topics);
  }
  const cast = (email: string) => actorFor(ids.get(email)!, DEMO_PEOPLE.find((p) => p.email === email)!);
  await seedDemoConversations(app, {
    admin,
    supporterEn: cast('supporter@demo.kindred.invalid'),
    supporterEs: cast('supporter2@demo.kindred.invalid'),
    supporterNight: cast('supporter3@demo.kindred.invalid'),
    memberEn: cast('member@demo.kindred.invalid'),
    memberEs: cast('member2@demo.kindred.invalid'),
  });
  await seedDemoSupport(app, {
    admin, supervisor: cast('supervisor@demo.kindred.invalid'), supporter: cast('supporter@demo.kindred.invalid'), member: cast('member@demo.kindred.invalid'),
  });
  await seedDemoGroups(app, {
    admin, supporterEn: cast('supporter@demo.kindred.invalid'), supporterEs: cast('supporter2@demo.kindred.invalid'), supporterNight: cast('supporter3@demo.kindred.invalid'),
    membersEn: [cast('member3@demo.kindred.invalid'), cast('member4@demo.kindred.invalid')], memberEs: cast('member2@demo.kindred.invalid'),
  });
  // Someone is always on call in the demo, so "talk to someone now" and urgent alerts reach a person.
  const now = new Date();
  await app.kindred.safety.onCall.add(admin, {
    userId: ids.get('supervisor@demo.kindred.invalid')!, startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 30 * 24 * 3600_000).toISOString(), position: 1,
  }, '127.0.0.1');
  return DEMO_PEOPLE;
}

export function demoRoles(person: DemoPerson): string {
  return [...person.roles, ...(person.supports ? ['supporter'] : [])].join(', ');
}
