import { describe, expect, it } from 'vitest';
import type { MessageDto } from '../../../../shared/contracts/conversations.js';
import { lastOwnVisibleMessage, receiptState } from './receipt.js';

describe('receiptState', () => {
  it('reports the furthest the other person got', () => {
    expect(receiptState(5, { deliveredSeq: 4, readSeq: 2 })).toBe('sent');
    expect(receiptState(5, { deliveredSeq: 5, readSeq: 2 })).toBe('delivered');
    expect(receiptState(5, { deliveredSeq: 7, readSeq: 6 })).toBe('read');
  });
});

describe('lastOwnVisibleMessage', () => {
  const message = (seq: number, authorId: string, status: MessageDto['status'] = 'visible') =>
    ({ seq, authorId, status }) as MessageDto;

  it('skips other people’s messages and my held or deleted ones', () => {
    const messages = [message(1, 'me'), message(2, 'me'), message(3, 'them'), message(4, 'me', 'held'), message(5, 'me', 'deleted')];
    expect(lastOwnVisibleMessage(messages, 'me')?.seq).toBe(2);
    expect(lastOwnVisibleMessage([message(1, 'them')], 'me')).toBeUndefined();
  });
});
