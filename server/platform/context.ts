import type { Config } from '../config.js';
import type { CookiePolicy } from './auth/cookies.js';
import type { PasswordHasher } from './auth/passwords.js';
import type { SessionStore } from './auth/session-store.js';
import type { SignInThrottle } from './auth/sign-in-throttle.js';
import type { Clock } from './clock.js';
import type { Db } from './db/connect.js';
import type { JobQueue } from './jobs/index.js';
import type { Mailer } from './mail.js';
import type { PersonalDataRegistry } from './personal-data.js';
import type { RealtimePublisher } from './realtime/publisher.js';

/** The infrastructure every feature module is built from; modules receive it explicitly. */
export interface PlatformContext {
  config: Config;
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  hasher: PasswordHasher;
  throttle: SignInThrottle;
  cookies: CookiePolicy;
  personalData: PersonalDataRegistry;
  realtime: RealtimePublisher;
  /** Durable, exactly-once work for later (reminders, expiries, emails): see platform/jobs. */
  jobs: JobQueue;
  mail: Mailer;
}
