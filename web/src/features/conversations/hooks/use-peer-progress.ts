import { useState } from 'react';
import type { ConversationDto } from '../../../../../shared/contracts/conversations.js';
import { useSocketEvent } from '../../../app/socket.js';
import type { PeerProgress } from '../receipt.js';

/**
 * How far the other person of a direct conversation has received and read: from the conversation list,
 * moved forward by live receipts. Null for rooms.
 */
export function usePeerProgress(conversation: ConversationDto | undefined, viewerId: string): PeerProgress | null {
  const [live, setLive] = useState<PeerProgress>({ deliveredSeq: 0, readSeq: 0 });

  useSocketEvent('conversation:receipt', (receipt) => {
    if (receipt.conversationId !== conversation?.id || receipt.userId === viewerId) return;
    setLive((previous) => ({
      deliveredSeq: Math.max(previous.deliveredSeq, receipt.deliveredSeq),
      readSeq: Math.max(previous.readSeq, receipt.readSeq),
    }));
  });

  if (conversation?.kind !== 'direct') return null;
  return {
    deliveredSeq: Math.max(conversation.peerDeliveredSeq ?? 0, live.deliveredSeq),
    readSeq: Math.max(conversation.peerReadSeq ?? 0, live.readSeq),
  };
}
