import type { ServerToClientEvents } from '../../../shared/realtime/events.js';

type EventName = keyof ServerToClientEvents;
type Payload<E extends EventName> = Parameters<ServerToClientEvents[E]>;

/**
 * What feature modules may do to connected clients. Everything here reaches sockets on every server
 * process when the Redis adapter is in use, and is called only after the database has committed.
 */
export interface RealtimePublisher {
  toConversation<E extends EventName>(conversationId: string, event: E, ...args: Payload<E>): void;
  /** The same, to everyone in the conversation except these people (who get their own version). */
  toConversationExcept<E extends EventName>(conversationId: string, exceptUserIds: string[], event: E, ...args: Payload<E>): void;
  toUser<E extends EventName>(userId: string, event: E, ...args: Payload<E>): void;
  /** Supervisors and admins, who watch over safety alerts. */
  toSafetyTeam<E extends EventName>(event: E, ...args: Payload<E>): void;
  joinConversation(userId: string, conversationId: string): void;
  /** Stops delivery at once: every socket of the person leaves the conversation's room. */
  leaveConversation(userId: string, conversationId: string): void;
}

export const rooms = {
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  safetyTeam: 'safety-team',
};
