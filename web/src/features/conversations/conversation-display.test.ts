import { describe, expect, it } from 'vitest';
import type { ConversationDto } from '../../../../shared/contracts/conversations.js';
import { conversationName, isPeerConversation, totalUnread } from './conversation-display.js';

function conversation(change: Partial<ConversationDto>): ConversationDto {
  return {
    id: 'c1',
    kind: 'direct',
    title: null,
    relationshipId: 'r1',
    inDirectory: false,
    members: [
      { userId: 'me', handle: 'Mira Example', role: 'member' },
      { userId: 'sol', handle: 'Sol Example', role: 'supporter' },
    ],
    myRole: 'member',
    lastSeq: 0,
    lastReadSeq: 0,
    unread: 0,
    lastMessageAt: null,
    peerDeliveredSeq: 0,
    peerReadSeq: 0,
    ...change,
  };
}

describe('conversationName', () => {
  it('names a direct conversation after the other person and a room by its title', () => {
    expect(conversationName(conversation({}), 'me')).toBe('Sol Example');
    expect(conversationName(conversation({}), 'sol')).toBe('Mira Example');
    expect(conversationName(conversation({ kind: 'room', title: 'Night owls' }), 'me')).toBe('Night owls');
    expect(conversationName(conversation({ members: [{ userId: 'me', handle: 'Mira Example', role: 'member' }] }), 'me')).toBeNull();
  });
});

describe('totalUnread', () => {
  it('adds up every conversation', () => {
    expect(totalUnread([conversation({ unread: 2 }), conversation({ id: 'c2', unread: 3 })])).toBe(5);
    expect(totalUnread([])).toBe(0);
  });
});

describe('isPeerConversation', () => {
  it('tells conversations between two members from support conversations and rooms', () => {
    expect(isPeerConversation(conversation({}))).toBe(false);
    const peers = conversation({ relationshipId: null, members: [{ userId: 'me', handle: 'Mira Example', role: 'member' }, { userId: 'ana', handle: 'Ana Example', role: 'member' }] });
    expect(isPeerConversation(peers)).toBe(true);
    expect(isPeerConversation({ ...peers, kind: 'room', title: 'Night owls' })).toBe(false);
    // A support conversation stays one even after the supporter's account is gone.
    expect(isPeerConversation(conversation({ members: [{ userId: 'me', handle: 'Mira Example', role: 'member' }] }))).toBe(false);
  });
});
