import { describe, expect, it } from 'vitest';
import type { ConversationDto, MessageDto } from '../../../../shared/contracts/conversations.js';
import { peopleInConversation } from './report-people.js';

const room = {
  id: 'room-1', kind: 'room', title: 'Evening circle', relationshipId: null, inDirectory: true, myRole: 'member', lastSeq: 3, lastReadSeq: 3, unread: 0,
  lastMessageAt: null, peerDeliveredSeq: null, peerReadSeq: null,
  members: [{ userId: 'mod', handle: 'Sol Moderator', role: 'moderator' }],
} satisfies ConversationDto;

function message(authorId: string | null, authorHandle: string | null): MessageDto {
  return {
    id: `m-${authorId}`, conversationId: 'room-1', seq: 1, authorId, authorHandle, clientId: '', body: 'words', status: 'visible',
    heldReason: null, hiddenReason: null, createdAt: '2026-11-22T12:00:00.000Z', editedAt: null,
  };
}

describe('people to report in a conversation', () => {
  it('are the listed members and the authors on screen, once each, without me or deleted members, by handle', () => {
    const messages = [message('kai', 'Kit Member'), message('me', 'Me Myself'), message('kai', 'Kit Member'), message(null, null), message('mod', 'Sol Moderator'), message('ada', 'Ada Member')];
    expect(peopleInConversation(room, messages, 'me')).toEqual([
      { userId: 'ada', handle: 'Ada Member' },
      { userId: 'kai', handle: 'Kit Member' },
      { userId: 'mod', handle: 'Sol Moderator' },
    ]);
  });

  it('is nobody when I am alone', () => {
    expect(peopleInConversation({ ...room, members: [{ userId: 'me', handle: 'Me Myself', role: 'moderator' }] }, [message('me', 'Me Myself')], 'me')).toEqual([]);
  });
});
