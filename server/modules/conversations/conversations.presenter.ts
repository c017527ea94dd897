import type { MessageDto } from '../../../shared/contracts/conversations.js';
import type { MessageView } from './conversations.repo.js';

/** Held, hidden and removed messages keep their place in the sequence but not their words. */
export function presentMessage(row: MessageView, viewerId: string): MessageDto {
  const showBody = row.status === 'visible' || (row.status === 'held' && row.author_id === viewerId);
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    authorId: row.author_id,
    authorHandle: row.author_handle,
    clientId: row.author_id === viewerId ? row.client_id : '',
    body: showBody ? row.body : '',
    status: row.status as MessageDto['status'],
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}
