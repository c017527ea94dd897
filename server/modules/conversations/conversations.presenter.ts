import type { ConversationDto, MessageDto } from '../../../shared/contracts/conversations.js';
import type { MessageView } from './conversations.repo.js';

/** Who is looking: the author sees their own held words; moderators see what waits for review and why something was hidden. */
export interface MessageViewer {
  userId: string | null;
  moderator: boolean;
}

export const bystander: MessageViewer = { userId: null, moderator: false };

function bodyFor(row: MessageView, isAuthor: boolean, viewer: MessageViewer): string {
  if (row.status === 'visible') return row.body;
  // Moderators read what waits for their review; a supporter's held contact details wait for the supporter alone.
  if (row.status === 'held') return isAuthor || (viewer.moderator && row.held_reason === 'safety') ? row.body : '';
  if (row.status === 'hidden') return isAuthor || viewer.moderator ? row.body : '';
  return '';
}

/** Held, hidden and removed messages keep their place in the sequence but not, for others, their words. */
export function presentMessage(row: MessageView, viewer: MessageViewer): MessageDto {
  const isAuthor = row.author_id !== null && row.author_id === viewer.userId;
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    authorId: row.author_id,
    authorHandle: row.author_handle,
    clientId: isAuthor ? row.client_id : '',
    body: bodyFor(row, isAuthor, viewer),
    status: row.status as MessageDto['status'],
    heldReason: isAuthor || (viewer.moderator && row.held_reason === 'safety') ? (row.held_reason as MessageDto['heldReason']) : null,
    hiddenReason: isAuthor || viewer.moderator ? row.hidden_reason : null,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}

interface ListedConversation {
  id: string;
  kind: string;
  title: string | null;
  relationship_id: string | null;
  last_seq: number;
  created_at: string;
  last_read_seq: number;
  role: string;
  last_message_at: string | null;
  /** Rooms in the public room directory; a group's own room is not. */
  in_directory: number | boolean;
}

interface ListedMember {
  id: string;
  handle: string;
  role: string;
  last_read_seq: number;
  last_delivered_seq: number;
}

export function presentConversation(row: ListedConversation, members: ListedMember[], viewerId: string): ConversationDto {
  const peers = row.kind === 'direct' ? members.filter((m) => m.id !== viewerId) : [];
  const lowest = (values: number[]) => (values.length > 0 ? Math.min(...values) : null);
  return {
    id: row.id,
    kind: row.kind as ConversationDto['kind'],
    title: row.title,
    relationshipId: row.relationship_id,
    inDirectory: Boolean(row.in_directory),
    members: members.map((m) => ({ userId: m.id, handle: m.handle, role: m.role as ConversationDto['myRole'] })),
    myRole: row.role as ConversationDto['myRole'],
    lastSeq: row.last_seq,
    lastReadSeq: row.last_read_seq,
    unread: Math.max(0, row.last_seq - row.last_read_seq),
    lastMessageAt: row.last_message_at,
    peerDeliveredSeq: lowest(peers.map((m) => m.last_delivered_seq)),
    peerReadSeq: lowest(peers.map((m) => m.last_read_seq)),
  };
}
