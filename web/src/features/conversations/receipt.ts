import type { MessageDto } from '../../../../shared/contracts/conversations.js';

export type ReceiptState = 'sent' | 'delivered' | 'read';

export interface PeerProgress {
  deliveredSeq: number;
  readSeq: number;
}

/** How far the other person of a direct conversation got with one of my messages. */
export function receiptState(seq: number, peer: PeerProgress): ReceiptState {
  if (peer.readSeq >= seq) return 'read';
  if (peer.deliveredSeq >= seq) return 'delivered';
  return 'sent';
}

/** My latest message that the other person can see: the one a receipt is shown under. */
export function lastOwnVisibleMessage(messages: readonly MessageDto[], viewerId: string): MessageDto | undefined {
  return messages.findLast((message) => message.authorId === viewerId && message.status === 'visible');
}
