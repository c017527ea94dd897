import cookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { type AccountsService, accountsModule } from './modules/accounts/index.js';
import { adminModule } from './modules/admin/index.js';
import { conversationsModule } from './modules/conversations/index.js';
import { groupMeetingEvents, groupRoomGate, groupsModule } from './modules/groups/index.js';
import { matchingModule, relationshipCircle } from './modules/matching/index.js';
import { activeSuspension, moderationModule } from './modules/moderation/index.js';
import { createConsentsService, privacyModule } from './modules/privacy/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import { memberFacts, profilesModule } from './modules/profiles/index.js';
import { safetyModule } from './modules/safety/index.js';
import { supportModule } from './modules/support/index.js';
import { API_DOCS_PREFIX, registerApiDocs } from './platform/api-docs.js';
import { registerAccessControl, type RouteAccess } from './platform/auth/access.js';
import { registerAuthentication } from './platform/auth/authenticate.js';
import { cookiePolicy } from './platform/auth/cookies.js';
import { registerCsrfProtection } from './platform/auth/csrf.js';
import { createPasswordHasher } from './platform/auth/passwords.js';
import { createSessionStore } from './platform/auth/session-store.js';
import { createSignInThrottle } from './platform/auth/sign-in-throttle.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { PlatformContext } from './platform/context.js';
import type { DatabaseHandle } from './platform/db/connect.js';
import { registerAuditPersonalData } from './platform/audit.personal-data.js';
import { registerErrorHandling } from './platform/errors.js';
import { registerHealthRoutes } from './platform/health.js';
import { createJobQueue } from './platform/jobs/index.js';
import { loggerOptions } from './platform/logger.js';
import { createMailer } from './platform/mail.js';
import { PersonalDataRegistry } from './platform/personal-data.js';
import { registerRateLimit } from './platform/rate-limit.js';
import { createRealtime, type Realtime } from './platform/realtime/realtime.js';
import { connectRedis } from './platform/realtime/redis.js';
import { registerSecurityHeaders } from './platform/security-headers.js';
import { registerWebClient } from './platform/web-client.js';

export interface AppDependencies {
  database: DatabaseHandle;
  clock?: Clock;
  logStream?: DestinationStream;
  /** Tests capture email with memoryMailTransport(); otherwise SMTP_URL decides. */
  mailTransport?: Transporter;
}

export type KindredApp = FastifyInstance & {
  kindred: PlatformContext & { accounts: AccountsService; profiles: ReturnType<typeof profilesModule>;
    matching: ReturnType<typeof matchingModule>;
    conversations: ReturnType<typeof conversationsModule>;
    safety: ReturnType<typeof safetyModule>;
    notifications: ReturnType<typeof notificationsModule>;
    support: ReturnType<typeof supportModule>;
    groups: ReturnType<typeof groupsModule>;
    sockets: Realtime;
    routeAccess: RouteAccess[] };
};

/** Builds the whole server without listening, so tests drive it with inject(). */
export async function buildApp(config: Config, deps: AppDependencies): Promise<KindredApp> {
  const clock = deps.clock ?? systemClock;
  const { db } = deps.database;
  const cookies = cookiePolicy(config.publicUrl);
  const sessions = createSessionStore(db, clock, config.sessions);

  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  const redis = config.redisUrl ? await connectRedis(config.redisUrl) : null;
  await app.register(cookie);
  const sockets = createRealtime({
    httpServer: app.server, origin: new URL(config.publicUrl).origin, sessions, sessionCookie: cookies.sessionName,
    parseCookie: (header) => app.parseCookie(header), redis, eventsPer10s: config.socketEventsPer10s, log: app.log, clock,
  });
  app.addHook('preClose', () => sockets.close());
  app.addHook('onClose', async () => {
    await redis?.quit();
  });

  const jobs = createJobQueue({
    db, dialect: deps.database.dialect, clock, log: app.log, leaseSeconds: config.jobs.leaseSeconds, maxAttempts: config.jobs.maxAttempts,
  });
  // A hand-driven clock does not move by itself: whoever holds it calls jobs.runDue().
  app.addHook('onReady', async () => {
    if (clock === systemClock) jobs.start(config.jobs.pollSeconds);
  });
  app.addHook('onClose', () => jobs.stop());

  const ctx: PlatformContext = {
    config,
    db,
    clock,
    sessions,
    cookies,
    hasher: createPasswordHasher(config.passwordHashMemoryKib),
    throttle: createSignInThrottle(db, clock, config.signIn),
    personalData: new PersonalDataRegistry(),
    realtime: sockets.publisher,
    jobs,
    mail: createMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, env: config.env, log: app.log, ...(deps.mailTransport ? { transport: deps.mailTransport } : {}) }),
  };
  registerAuditPersonalData(ctx.personalData);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  const routeAccess = registerAccessControl(app, (route) => route.url.startsWith(API_DOCS_PREFIX) || !route.url.startsWith('/api/'));

  registerSecurityHeaders(app, { https: cookies.secure });
  await registerRateLimit(app, config.rateLimitPerMinute, redis);
  registerAuthentication(app, sessions, cookies);
  registerCsrfProtection(app, new URL(config.publicUrl).origin, cookies);
  await registerApiDocs(app);
  registerHealthRoutes(app, deps.database);

  const consents = createConsentsService(ctx);
  const accounts = accountsModule(ctx, { onRegistered: consents.recordRequired });
  const privacy = privacyModule(ctx, { accounts: accounts.service, consents });
  const profiles = profilesModule(ctx, { accounts: accounts.service, blocks: privacy.blocks, circle: relationshipCircle(db) });
  const safety = safetyModule(ctx, {
    circle: relationshipCircle(db), sockets, countryOf: async (userId) => (await memberFacts(db, userId)).country,
  });
  const conversations = conversationsModule(ctx, {
    sockets, topics: profiles.topics, accounts: accounts.service, blocks: privacy.blocks, allowedNumbers: safety.crisisLines.phoneNumbers, screen: safety.messageScreen,
    suspendedUntil: (userId) => activeSuspension(db, userId, clock.now().toISOString()),
    privateRoomGate: groupRoomGate(db, clock),
  });
  const moderation = moderationModule(ctx, { conversations: conversations.service, accounts: accounts.service });
  const matching = matchingModule(ctx, {
    blocks: privacy.blocks, topics: profiles.topics, conversations: conversations.service,
    // The support module is built below; an ending only happens once the app is running.
    onRelationshipEnded: (trx, ended) => support.checkIns.relationshipEnded(trx, ended),
  });
  const notifications = notificationsModule(ctx, { log: app.log });
  const support = supportModule(ctx, { notifier: notifications.notifier, textSafety: safety.textSafety, calendarSources: [groupMeetingEvents(config.publicUrl)] });
  const groups = groupsModule(ctx, {
    notifier: notifications.notifier, privateRooms: conversations.privateRooms, accounts: accounts.service, topics: profiles.topics,
    suspendedUntil: (userId) => activeSuspension(db, userId, clock.now().toISOString()),
    countryOf: async (userId) => (await memberFacts(db, userId)).country,
    textSafety: safety.textSafety, supervisorsOf: support.supervisorsOf,
  });
  await app.register(accounts.routes);
  await app.register(privacy.routes);
  await app.register(profiles.routes);
  await app.register(matching.routes);
  await app.register(conversations.routes);
  await app.register(moderation.routes);
  await app.register(adminModule(ctx).routes);
  await app.register(safety.routes);
  await app.register(notifications.routes);
  await app.register(support.routes);
  await app.register(groups.routes);
  await registerWebClient(app, config.webDist);

  const kindredApp = app as unknown as KindredApp;
  kindredApp.decorate('kindred', { ...ctx, accounts: accounts.service, profiles, matching, conversations, safety, notifications, support, groups, sockets, routeAccess });
  return kindredApp;
}
