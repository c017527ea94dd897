import type { MessageDto } from '../../../../shared/contracts/conversations.js';

/** A message written on this screen that the server has not confirmed yet. */
export interface PendingSend {
  clientId: string;
  body: string;
  state: 'sending' | 'failed';
  /** Why the last attempt failed, to explain it beside "Retry". */
  error: unknown;
}

export interface Timeline {
  /** Stored messages, ascending by sequence number, each id and each sequence number once. */
  messages: MessageDto[];
  /** Oldest first; shown after the stored messages until their echo arrives. */
  pending: PendingSend[];
}

export const EMPTY_TIMELINE: Timeline = { messages: [], pending: [] };

/** The highest sequence number seen: where catching up starts. 0 before any message. */
export function highestSeq(timeline: Timeline): number {
  return timeline.messages.at(-1)?.seq ?? 0;
}

export function lowestSeq(timeline: Timeline): number | null {
  return timeline.messages[0]?.seq ?? null;
}

/** Hiding and deleting are final; a copy without them is older, whatever order the copies arrive in. */
function finality(message: MessageDto): number {
  if (message.status === 'deleted') return 2;
  if (message.status === 'hidden') return 1;
  return 0;
}

function editedTime(message: MessageDto): number {
  return message.editedAt ? Date.parse(message.editedAt) : 0;
}

/** Whether `incoming` is an older copy of `existing` (a slow catch-up answer after a live update). */
function isOlderCopy(incoming: MessageDto, existing: MessageDto): boolean {
  if (finality(incoming) !== finality(existing)) return finality(incoming) < finality(existing);
  if (editedTime(incoming) !== editedTime(existing)) return editedTime(incoming) < editedTime(existing);
  // A held message that was released is newer than its held copy.
  return incoming.status === 'held' && existing.status === 'visible';
}

/**
 * Adds or replaces messages, whichever way they came (first page, history, catch-up, live event, send
 * acknowledgement), in any order: the result is sorted by sequence number with no id or number twice,
 * and pending sends whose echo has arrived (matched by client id) are gone.
 */
export function mergeMessages(timeline: Timeline, incoming: readonly MessageDto[]): Timeline {
  if (incoming.length === 0) return timeline;
  const bySeq = new Map<number, MessageDto>(timeline.messages.map((message) => [message.seq, message]));
  for (const message of incoming) {
    const existing = bySeq.get(message.seq);
    if (!existing || existing.id !== message.id || !isOlderCopy(message, existing)) bySeq.set(message.seq, message);
  }
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const echoed = new Set(messages.map((message) => message.clientId).filter(Boolean));
  const pending = timeline.pending.filter((send) => !echoed.has(send.clientId));
  return { messages, pending };
}

/** A live message that is not the next one: something was missed and must be fetched. */
export function leavesGap(timeline: Timeline, message: MessageDto): boolean {
  return timeline.messages.length > 0 && message.seq > highestSeq(timeline) + 1;
}

export function addPending(timeline: Timeline, clientId: string, body: string): Timeline {
  if (timeline.pending.some((send) => send.clientId === clientId)) return timeline;
  return { ...timeline, pending: [...timeline.pending, { clientId, body, state: 'sending', error: null }] };
}

function updatePending(timeline: Timeline, clientId: string, change: Partial<PendingSend>): Timeline {
  return { ...timeline, pending: timeline.pending.map((send) => (send.clientId === clientId ? { ...send, ...change } : send)) };
}

export function markSending(timeline: Timeline, clientId: string): Timeline {
  return updatePending(timeline, clientId, { state: 'sending', error: null });
}

export function markFailed(timeline: Timeline, clientId: string, error: unknown): Timeline {
  return updatePending(timeline, clientId, { state: 'failed', error });
}

export function discardPending(timeline: Timeline, clientId: string): Timeline {
  return { ...timeline, pending: timeline.pending.filter((send) => send.clientId !== clientId) };
}

/**
 * What the viewer is shown: a held message only to its author (others get an empty placeholder that
 * would only puzzle them).
 */
export function shownMessages(messages: readonly MessageDto[], viewerId: string): MessageDto[] {
  // The server sends a held message's words only to those who may read them: its author and, for safety holds, the room's moderators.
  return messages.filter((message) => message.status !== 'held' || message.authorId === viewerId || message.body !== '');
}

/** Messages by others that the viewer is seeing for the first time: what a screen reader is told about. */
export function newArrivals(timeline: Timeline, incoming: readonly MessageDto[], viewerId: string): MessageDto[] {
  const known = new Set(timeline.messages.map((message) => message.id));
  return incoming.filter((message) => !known.has(message.id) && message.authorId !== viewerId && message.status === 'visible');
}
