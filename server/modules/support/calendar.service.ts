import type { Actor } from '../../platform/auth/actor.js';
import { newSecretToken, sha256Hex } from '../../platform/auth/tokens.js';
import { type CalendarEvent, renderCalendar } from '../../platform/calendar/ics.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { STORED_AHEAD_DAYS } from './check-in-schedule.js';
import { checkInsRepo } from './check-ins.repo.js';
import { calendarRepo } from './calendar.repo.js';

const DAY = 24 * 3600_000;
const PAST_DAYS_IN_FEED = 60;

/** A feature's events for one person's feed; groups add their meetings the same way. */
export type CalendarSource = (db: DbExecutor, person: { userId: string; locale: string }, window: { from: Date; until: Date }) => Promise<CalendarEvent[]>;

const WORDS = {
  en: { calendar: 'Kindred', checkIn: 'Check-in with {handle}', modes: { chat: 'Chat on Kindred', call: 'Phone call', video: 'Video call', in_person: 'In person' } },
  es: { calendar: 'Kindred', checkIn: 'Encuentro con {handle}', modes: { chat: 'Chat en Kindred', call: 'Llamada', video: 'Videollamada', in_person: 'En persona' } },
} as const;

export function checkInEvents(publicUrl: string): CalendarSource {
  return async (db, person, window) => {
    const words = person.locale === 'es' ? WORDS.es : WORDS.en;
    const rows = await checkInsRepo.forCalendar(db, person.userId, window.from.toISOString(), window.until.toISOString());
    return rows.map((row) => {
      const other = row.member_id === person.userId ? row.supporter_handle : row.member_handle;
      const mode = words.modes[row.meeting_mode as keyof typeof words.modes] ?? row.meeting_mode;
      const start = new Date(row.planned_at);
      return {
        uid: `check-in-${row.id}@kindred`,
        start,
        end: new Date(start.getTime() + row.duration_minutes * 60_000),
        summary: words.checkIn.replace('{handle}', other),
        description: [mode, row.meeting_detail].filter(Boolean).join('\n'),
        location: row.meeting_mode === 'in_person' ? row.meeting_detail ?? undefined : undefined,
        url: `${publicUrl}/support/${row.relationship_id}`,
        cancelled: row.status === 'cancelled',
        updatedAt: new Date(row.updated_at),
      };
    });
  };
}

/**
 * Private calendar feeds. The link holds a 256-bit secret; only its hash is stored, so the link is shown
 * once, and making a new one (or turning the feed off) stops the old one at once.
 */
export function createCalendarService({ db, clock, config }: PlatformContext, sources: CalendarSource[]) {
  const feedUrl = (token: string) => `${config.publicUrl}/calendar/${token}.ics`;
  return {
    async status(actor: Actor) {
      const feed = await calendarRepo.active(db, actor.userId);
      return { active: feed !== undefined, createdAt: feed?.created_at ?? null };
    },

    async create(actor: Actor) {
      const token = newSecretToken();
      const at = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await calendarRepo.revokeAll(trx, actor.userId, at);
        await calendarRepo.insert(trx, { id: newId(), user_id: actor.userId, token_hash: sha256Hex(token), created_at: at, revoked_at: null });
      });
      return { active: true, createdAt: at, url: feedUrl(token) };
    },

    async revoke(actor: Actor): Promise<void> {
      await calendarRepo.revokeAll(db, actor.userId, clock.now().toISOString());
    },

    /** The feed's text, or null for a token that is unknown or revoked. */
    async render(token: string): Promise<string | null> {
      const person = await calendarRepo.byTokenHash(db, sha256Hex(token));
      if (!person) return null;
      const now = clock.now();
      const window = { from: new Date(now.getTime() - PAST_DAYS_IN_FEED * DAY), until: new Date(now.getTime() + STORED_AHEAD_DAYS * DAY) };
      const events = (await Promise.all(sources.map((source) => source(db, { userId: person.user_id, locale: person.locale }, window)))).flat();
      return renderCalendar({ name: `Kindred · ${person.handle}`, now, events });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
