import { describe, expect, it } from 'vitest';
import type { MessageDto } from '../../../../shared/contracts/conversations.js';
import {
  addPending,
  discardPending,
  EMPTY_TIMELINE,
  highestSeq,
  leavesGap,
  lowestSeq,
  markFailed,
  markSending,
  mergeMessages,
  newArrivals,
  shownMessages,
  type Timeline,
} from './message-timeline.js';

function message(seq: number, change: Partial<MessageDto> = {}): MessageDto {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    authorId: 'ada',
    authorHandle: 'Ada Example',
    clientId: '',
    body: `message ${seq}`,
    status: 'visible',
    heldReason: null,
    hiddenReason: null,
    createdAt: `2026-11-22T10:00:${String(seq).padStart(2, '0')}.000Z`,
    editedAt: null,
    ...change,
  };
}

const seqs = (timeline: Timeline) => timeline.messages.map((m) => m.seq);

describe('mergeMessages', () => {
  it('keeps every message once, in sequence order, whatever order pages and live events arrive in', () => {
    let timeline = mergeMessages(EMPTY_TIMELINE, [message(4), message(5), message(6)]);
    timeline = mergeMessages(timeline, [message(8)]);
    timeline = mergeMessages(timeline, [message(6), message(7), message(8)]);
    timeline = mergeMessages(timeline, [message(1), message(2), message(3)]);
    timeline = mergeMessages(timeline, [message(7)]);
    expect(seqs(timeline)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(timeline.messages.map((m) => m.id)).size).toBe(8);
  });

  it('replaces a message by id with its update', () => {
    const timeline = mergeMessages(mergeMessages(EMPTY_TIMELINE, [message(1), message(2)]), [
      message(2, { body: 'changed my mind', editedAt: '2026-11-22T11:00:00.000Z' }),
    ]);
    expect(timeline.messages.map((m) => m.body)).toEqual(['message 1', 'changed my mind']);
  });

  it('never lets a slow older copy undo a newer one', () => {
    const edited = message(3, { body: 'second thought', editedAt: '2026-11-22T11:00:00.000Z' });
    const deleted = message(3, { body: '', status: 'deleted', editedAt: '2026-11-22T11:00:00.000Z' });
    const released = message(4);
    let timeline = mergeMessages(EMPTY_TIMELINE, [edited, released]);
    timeline = mergeMessages(timeline, [message(3), message(4, { status: 'held', body: '' })]);
    expect(timeline.messages.map((m) => [m.body, m.status])).toEqual([
      ['second thought', 'visible'],
      ['message 4', 'visible'],
    ]);
    timeline = mergeMessages(mergeMessages(timeline, [deleted]), [edited]);
    expect(timeline.messages[0]?.status).toBe('deleted');
  });

  it('replaces an optimistic send with its echo, matched by client id, and only that one', () => {
    let timeline = mergeMessages(EMPTY_TIMELINE, [message(1)]);
    timeline = addPending(timeline, 'client-aaaa', 'Hello there');
    timeline = addPending(timeline, 'client-bbbb', 'Are you around?');
    timeline = mergeMessages(timeline, [message(2, { clientId: 'client-aaaa', body: 'Hello there' })]);
    expect(seqs(timeline)).toEqual([1, 2]);
    expect(timeline.pending.map((send) => send.clientId)).toEqual(['client-bbbb']);

    // The acknowledgement and the live event of the same send both arrive: still one message.
    const echo = message(3, { clientId: 'client-bbbb', body: 'Are you around?' });
    timeline = mergeMessages(mergeMessages(timeline, [echo]), [echo]);
    expect(seqs(timeline)).toEqual([1, 2, 3]);
    expect(timeline.pending).toEqual([]);
  });

  it('does not queue the same client id twice', () => {
    const once = addPending(EMPTY_TIMELINE, 'client-aaaa', 'Hi');
    expect(addPending(once, 'client-aaaa', 'Hi').pending).toHaveLength(1);
  });

  it('returns the same timeline when nothing arrives', () => {
    const timeline = mergeMessages(EMPTY_TIMELINE, [message(1)]);
    expect(mergeMessages(timeline, [])).toBe(timeline);
  });
});

describe('failed sends', () => {
  it('keep their client id and body for a retry, and can be discarded', () => {
    let timeline = addPending(EMPTY_TIMELINE, 'client-aaaa', 'Hello');
    timeline = markFailed(timeline, 'client-aaaa', new Error('offline'));
    expect(timeline.pending[0]).toMatchObject({ clientId: 'client-aaaa', body: 'Hello', state: 'failed' });
    timeline = markSending(timeline, 'client-aaaa');
    expect(timeline.pending[0]).toMatchObject({ clientId: 'client-aaaa', state: 'sending', error: null });
    expect(discardPending(timeline, 'client-aaaa').pending).toEqual([]);
  });
});

describe('catching up', () => {
  it('knows where to start and when a live message skipped some', () => {
    expect(highestSeq(EMPTY_TIMELINE)).toBe(0);
    expect(lowestSeq(EMPTY_TIMELINE)).toBeNull();
    const timeline = mergeMessages(EMPTY_TIMELINE, [message(10), message(11)]);
    expect(highestSeq(timeline)).toBe(11);
    expect(lowestSeq(timeline)).toBe(10);
    expect(leavesGap(timeline, message(12))).toBe(false);
    expect(leavesGap(timeline, message(11))).toBe(false);
    expect(leavesGap(timeline, message(14))).toBe(true);
    // Before the first page is in, there is nothing to compare with.
    expect(leavesGap(EMPTY_TIMELINE, message(14))).toBe(false);
  });

  it('fills a gap from a catch-up page without duplicating what the live events brought', () => {
    let timeline = mergeMessages(EMPTY_TIMELINE, [message(1), message(2)]);
    timeline = mergeMessages(timeline, [message(5)]);
    timeline = mergeMessages(timeline, [message(3), message(4), message(5), message(6)]);
    expect(seqs(timeline)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('shownMessages', () => {
  it('shows a held message to its author only', () => {
    const held = message(2, { status: 'held', authorId: 'sam', heldReason: 'contact_details' });
    const removed = message(3, { status: 'deleted', body: '' });
    expect(shownMessages([message(1), held, removed], 'sam').map((m) => m.seq)).toEqual([1, 2, 3]);
    // Others are sent its place in the sequence without its words.
    expect(shownMessages([message(1), { ...held, heldReason: null, body: '' }, removed], 'ada').map((m) => m.seq)).toEqual([1, 3]);
  });

  it('shows a message held for safety to the moderators the server sent its words to', () => {
    const forModerator = message(2, { status: 'held', authorId: 'sam', heldReason: 'safety', body: 'words waiting for review' });
    expect(shownMessages([message(1), forModerator], 'ada').map((m) => m.seq)).toEqual([1, 2]);
  });
});

describe('newArrivals', () => {
  it('counts only messages by others that were not there before', () => {
    const timeline = mergeMessages(EMPTY_TIMELINE, [message(1), message(2)]);
    const incoming = [message(2), message(3), message(4, { authorId: 'sam' }), message(5, { status: 'held', body: '' })];
    expect(newArrivals(timeline, incoming, 'sam').map((m) => m.seq)).toEqual([3]);
  });
});
