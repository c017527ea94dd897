import type { MessageDto } from '../contracts/conversations.js';
import type { NotificationDto } from '../contracts/notifications.js';
import type { Problem } from '../contracts/problem.js';
import type { ConcernDto, SafetyAlertDto, SupportCardDto } from '../contracts/safety.js';

/** Sent with every acknowledgement: the stored message, or the same problem the HTTP route would answer. */
export type SendAck = { ok: true; message: MessageDto; supportCard: SupportCardDto | null } | { ok: false; problem: Problem };
export type MarkAck = { ok: true } | { ok: false; problem: Problem };

export interface ConversationRef {
  conversationId: string;
}

export interface Receipt extends ConversationRef {
  userId: string;
  deliveredSeq: number;
  readSeq: number;
}

export interface ServerToClientEvents {
  'message:new': (message: MessageDto) => void;
  /** An edit, a deletion, a moderator's hiding, or a held message released. */
  'message:updated': (message: MessageDto) => void;
  'conversation:typing': (typing: ConversationRef & { userId: string; handle: string }) => void;
  /** Direct conversations only: the other person received or read up to a sequence number. */
  'conversation:receipt': (receipt: Receipt) => void;
  /** The list of conversations changed for this person (joined a room, a relationship began or ended). */
  'conversations:changed': () => void;
  /** To the person on call (and, escalating, the next ones): someone may be in danger now. */
  'safety:alert': (alert: SafetyAlertDto) => void;
  /** To everyone on the safety team: an alert opened, was acknowledged, escalated or resolved. */
  'safety:alerts-changed': () => void;
  /** To a member's supporter or a room's moderators: words that suggest someone is struggling. */
  'safety:concern': (concern: ConcernDto) => void;
  /** To everyone on the safety team: a report was filed or decided, or an appeal was lodged or decided. */
  'moderation:queue-changed': () => void;
  /** To a reporter: one of their reports was decided (or its decision was reviewed on appeal). */
  'moderation:my-reports-changed': () => void;
  /** To the person a decision is about: a decision about them was made, appealed or reviewed. */
  'moderation:notices-changed': () => void;
}

export interface ServerToClientEvents {
  /** To the person notified, after the notification is stored: it and their new unread count. */
  'notification:new': (payload: { notification: NotificationDto; unreadCount: number }) => void;
  /** To the person's other tabs and devices: they marked notifications read. */
  'notifications:read': (payload: { unreadCount: number }) => void;
}

export interface ClientToServerEvents {
  'message:send': (input: ConversationRef & { clientId: string; body: string }, ack: (result: SendAck) => void) => void;
  'conversation:typing': (ref: ConversationRef) => void;
  'conversation:delivered': (mark: ConversationRef & { seq: number }, ack?: (result: MarkAck) => void) => void;
  'conversation:read': (mark: ConversationRef & { seq: number }, ack?: (result: MarkAck) => void) => void;
}

export const SOCKET_PATH = '/socket.io';
