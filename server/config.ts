import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
    .default('sqlite:./data/kindred.sqlite'),
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  SESSION_IDLE_MINUTES_MEMBER: z.coerce.number().int().min(1).default(14 * 24 * 60),
  SESSION_IDLE_MINUTES_STAFF: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_IP_MAX_FAILURES: z.coerce.number().int().min(1).default(30),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  PASSWORD_HASH_MEMORY_KIB: z.coerce.number().int().min(1024).default(19_456),
  TRUST_PROXY: booleanFromEnv.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default('web/dist'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  SOCKET_EVENTS_PER_10S: z.coerce.number().int().min(1).default(60),
  SAFETY_ACK_MINUTES: z.coerce.number().min(0.1).max(120).default(5),
  SAFETY_ESCALATION_CHECK_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  JOBS_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  JOBS_LEASE_SECONDS: z.coerce.number().int().min(5).max(86_400).default(120),
  JOBS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Kindred <no-reply@localhost>'),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string;
  demoData: 'auto' | 'on' | 'off';
  sessions: { idleMinutesMember: number; idleMinutesStaff: number; absoluteDays: number };
  rateLimitPerMinute: number;
  signIn: { maxFailures: number; ipMaxFailures: number; lockoutMinutes: number };
  passwordHashMemoryKib: number;
  trustProxy: boolean;
  logLevel: string;
  webDist: string;
  /** Set when several server processes share one Redis: socket events and rate limits span them all. */
  redisUrl: string | null;
  socketEventsPer10s: number;
  /** An urgent alert nobody acknowledges within this time goes to the next person on call, then to every admin. */
  safety: { ackMinutes: number; escalationCheckSeconds: number };
  /** Durable jobs (reminders, expiries, emails): how often each process looks for due work (0: never). */
  jobs: { pollSeconds: number; leaseSeconds: number; maxAttempts: number };
  /** Without an SMTP URL, emails are written to the log instead of sent. */
  mail: { smtpUrl: string | null; from: string };
}

export class ConfigError extends Error {}

/** Parses the environment; the error names every bad variable so an operator can fix it at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => (env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]])),
  );
  const parsed = envSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    demoData: e.DEMO_DATA,
    sessions: {
      idleMinutesMember: e.SESSION_IDLE_MINUTES_MEMBER,
      idleMinutesStaff: e.SESSION_IDLE_MINUTES_STAFF,
      absoluteDays: e.SESSION_ABSOLUTE_DAYS,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    signIn: {
      maxFailures: e.SIGN_IN_MAX_FAILURES,
      ipMaxFailures: e.SIGN_IN_IP_MAX_FAILURES,
      lockoutMinutes: e.SIGN_IN_LOCKOUT_MINUTES,
    },
    passwordHashMemoryKib: e.PASSWORD_HASH_MEMORY_KIB,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    redisUrl: e.REDIS_URL ?? null,
    socketEventsPer10s: e.SOCKET_EVENTS_PER_10S,
    safety: { ackMinutes: e.SAFETY_ACK_MINUTES, escalationCheckSeconds: e.SAFETY_ESCALATION_CHECK_SECONDS },
    jobs: { pollSeconds: e.JOBS_POLL_SECONDS, leaseSeconds: e.JOBS_LEASE_SECONDS, maxAttempts: e.JOBS_MAX_ATTEMPTS },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
  };
}
