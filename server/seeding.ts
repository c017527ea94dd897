import type { Role } from '../shared/roles.js';
import type { KindredApp } from './app.js';
import type { Actor } from './platform/auth/actor.js';

/** Seeding (demo data and test factories) acts as the people themselves, through the real services. */
export function seedActor(userId: string, handle: string, roles: Role[] = ['member']): Actor {
  return { userId, sessionId: 'seed', handle, locale: 'en', roles };
}

/** Applies, is approved and completes training: the path every supporter takes. */
export async function enrolSupporter(app: KindredApp, supporter: Actor, admin: Actor, story: string, topics: string[]): Promise<void> {
  const { supporters } = app.kindred.profiles;
  const application = await supporters.apply(supporter, { story, motivation: 'Seeded supporter.', supportTopics: topics }, '127.0.0.1');
  await supporters.decide(admin, application.id, true, null, '127.0.0.1');
  await supporters.completeTraining(admin, supporter.userId, '127.0.0.1');
}
