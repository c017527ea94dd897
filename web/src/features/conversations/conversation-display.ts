import type { ConversationDto } from '../../../../shared/contracts/conversations.js';

/** A room's title, or for a direct conversation the other person's handle; null when they are gone. */
export function conversationName(conversation: ConversationDto, viewerId: string): string | null {
  if (conversation.title !== null) return conversation.title;
  return conversation.members.find((member) => member.userId !== viewerId)?.handle ?? null;
}

/** All unread messages across conversations, for the navigation. */
export function totalUnread(conversations: readonly ConversationDto[]): number {
  return conversations.reduce((sum, conversation) => sum + conversation.unread, 0);
}

/**
 * A private conversation two members opened by invitation (either may end it), as opposed to a support
 * relationship's, which ends with the relationship.
 */
export function isPeerConversation(conversation: ConversationDto): boolean {
  return conversation.kind === 'direct' && conversation.relationshipId === null;
}
