import type { ConversationDto, MessageDto } from '../../../../shared/contracts/conversations.js';

export interface ReportablePerson {
  userId: string;
  handle: string;
}

/** Everyone else the viewer can see in a conversation: its listed members and whoever wrote the messages on screen. */
export function peopleInConversation(conversation: ConversationDto, messages: readonly MessageDto[], viewerId: string): ReportablePerson[] {
  const people = new Map<string, string>();
  for (const member of conversation.members) people.set(member.userId, member.handle);
  for (const message of messages) {
    if (message.authorId !== null && message.authorHandle !== null && !people.has(message.authorId)) people.set(message.authorId, message.authorHandle);
  }
  people.delete(viewerId);
  return [...people].map(([userId, handle]) => ({ userId, handle })).sort((a, b) => a.handle.localeCompare(b.handle));
}
