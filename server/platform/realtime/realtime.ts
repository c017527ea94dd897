import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { Server, type Socket } from 'socket.io';
import type { MarkAck, SendAck } from '../../../shared/realtime/events.js';
import { type ClientToServerEvents, SOCKET_PATH, type ServerToClientEvents } from '../../../shared/realtime/events.js';
import type { Actor } from '../auth/actor.js';
import type { SessionStore } from '../auth/session-store.js';
import type { Clock } from '../clock.js';
import { HttpProblem, problemFor, problems } from '../errors.js';
import { EventBudget } from './event-budget.js';
import { type RealtimePublisher, rooms } from './publisher.js';

export interface SocketData {
  actor: Actor;
  /** Kept in memory only, to re-check the session when it would lapse and on activity. */
  sessionToken: string;
  expiresAt: string;
  checkedAt: number;
  initialRooms: string[];
  budget: EventBudget;
}

export type KindredSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Ack = (result: SendAck | MarkAck) => void;
type EventHandler = (actor: Actor, payload: unknown, socket: KindredSocket) => Promise<SendAck | MarkAck | void> | SendAck | MarkAck | void;

export interface RealtimeOptions {
  httpServer: HttpServer;
  origin: string;
  sessions: SessionStore;
  sessionCookie: string;
  parseCookie: (header: string) => Record<string, string | undefined>;
  redis: Redis | null;
  eventsPer10s: number;
  log: FastifyBaseLogger;
  clock: Clock;
}

/** Sending a message is activity; the session is re-checked (and its idle timer renewed) at most this often. */
const ACTIVITY_CHECK_MS = 60_000;
/** setTimeout cannot wait longer than this; a longer wait is re-armed when it fires. */
const MAX_TIMER_MS = 2_147_483_647;
const rateLimited = new HttpProblem(429, 'rate_limited', 'You are sending very quickly. Please wait a few seconds.');

export type Realtime = ReturnType<typeof createRealtime>;

/**
 * Socket.IO bound to the HTTP server: websocket only, no compression, sessions from the cookie with an
 * Origin check, and modules' events behind one wrapper that applies limits and turns errors into the
 * same problem documents the HTTP API returns.
 */
export function createRealtime(options: RealtimeOptions) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(options.httpServer, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    perMessageDeflate: false,
    serveClient: false,
    ...(options.redis ? { adapter: createAdapter(options.redis) } : {}),
  });
  const roomsOnConnect: Array<(actor: Actor) => Promise<string[]>> = [];
  const handlers: Array<[keyof ClientToServerEvents, EventHandler]> = [];

  const now = () => options.clock.now().getTime();

  function armExpiry(socket: KindredSocket): void {
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, new Date(socket.data.expiresAt).getTime() - now()));
    const timer = setTimeout(async () => {
      const session = await options.sessions.check(socket.data.sessionToken, { touch: false }).catch(() => null);
      if (!session) return void socket.disconnect(true);
      socket.data.expiresAt = session.expiresAt;
      armExpiry(socket);
    }, wait);
    timer.unref();
    socket.once('disconnect', () => clearTimeout(timer));
  }

  /** Re-checked on activity once a minute, and whenever the session would have lapsed by now. */
  async function stillSignedIn(socket: KindredSocket): Promise<boolean> {
    const at = now();
    if (at - socket.data.checkedAt < ACTIVITY_CHECK_MS && at < new Date(socket.data.expiresAt).getTime()) return true;
    const session = await options.sessions.check(socket.data.sessionToken, { touch: true });
    if (!session) return false;
    Object.assign(socket.data, { actor: session.actor, expiresAt: session.expiresAt, checkedAt: at });
    return true;
  }

  io.use(async (socket, next) => {
    // Browsers always send Origin on websocket upgrades; a page on another site must not ride the cookie.
    if (socket.handshake.headers.origin !== options.origin) return next(new Error('origin_not_allowed'));
    try {
      const token = options.parseCookie(socket.handshake.headers.cookie ?? '')[options.sessionCookie];
      const session = token ? await options.sessions.check(token, { touch: true }) : null;
      if (!token || !session) return next(new Error('unauthenticated'));
      // Rooms are worked out before the client hears it is connected, so nothing committed after its
      // catch-up request can miss it.
      const initialRooms = (await Promise.all(roomsOnConnect.map((find) => find(session.actor)))).flat();
      Object.assign(socket.data, {
        actor: session.actor, sessionToken: token, expiresAt: session.expiresAt, checkedAt: now(), initialRooms,
        budget: new EventBudget(options.eventsPer10s),
      });
      next();
    } catch (error) {
      options.log.error({ err: error }, 'socket handshake failed');
      next(new Error('unavailable'));
    }
  });

  io.on('connection', (socket) => {
    const { actor, initialRooms } = socket.data;
    void socket.join([rooms.user(actor.userId), rooms.session(actor.sessionId), ...initialRooms]);
    armExpiry(socket);
    for (const [event, handler] of handlers) {
      socket.on(event, async (payload: unknown, ack?: Ack) => {
        const reply = typeof ack === 'function' ? ack : () => {};
        if (!socket.data.budget.take()) return reply({ ok: false, problem: problemFor(rateLimited) });
        try {
          if (!(await stillSignedIn(socket))) {
            reply({ ok: false, problem: problemFor(problems.unauthenticated()) });
            return void socket.disconnect(true);
          }
          reply((await handler(socket.data.actor, payload, socket)) ?? { ok: true });
        } catch (error) {
          if (!(error instanceof HttpProblem)) options.log.error({ err: error, event }, 'socket event failed');
          reply({ ok: false, problem: problemFor(error) });
        }
      });
    }
  });

  options.sessions.onRevoked((revoked) => {
    if ('sessionId' in revoked) return void io.in(rooms.session(revoked.sessionId)).disconnectSockets(true);
    const everyone = io.in(rooms.user(revoked.userId));
    void (revoked.exceptSessionId ? everyone.except(rooms.session(revoked.exceptSessionId)) : everyone).disconnectSockets(true);
  });

  const publisher: RealtimePublisher = {
    toConversation: (conversationId, event, ...args) => void io.to(rooms.conversation(conversationId)).emit(event, ...args),
    toConversationExcept: (conversationId, exceptUserIds, event, ...args) =>
      void io.to(rooms.conversation(conversationId)).except(exceptUserIds.map(rooms.user)).emit(event, ...args),
    toUser: (userId, event, ...args) => void io.to(rooms.user(userId)).emit(event, ...args),
    toSafetyTeam: (event, ...args) => void io.to(rooms.safetyTeam).emit(event, ...args),
    joinConversation: (userId, conversationId) => io.in(rooms.user(userId)).socketsJoin(rooms.conversation(conversationId)),
    leaveConversation: (userId, conversationId) => io.in(rooms.user(userId)).socketsLeave(rooms.conversation(conversationId)),
  };

  return {
    publisher,
    /** Rooms a person's socket joins when it connects (their conversations, for example). */
    joinOnConnect(find: (actor: Actor) => Promise<string[]>): void {
      roomsOnConnect.push(find);
    },
    /** A client event; the handler's result (or the problem it throws) is the acknowledgement. */
    handle(event: keyof ClientToServerEvents, handler: EventHandler): void {
      handlers.push([event, handler]);
    },
    localConnectionCount: () => io.of('/').sockets.size,
    /** Before the HTTP server closes: open websockets would otherwise hold it open. Other processes keep theirs. */
    async close(): Promise<void> {
      io.local.disconnectSockets(true);
      io.engine.close();
      await io.of('/').adapter.close();
    },
  };
}
