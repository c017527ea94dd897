import { z } from 'zod';
import {
  chatInvitationDto,
  conversationDto,
  messageDto,
  type ChatInvitationDto,
  type ConversationDto,
  type MessageDto,
} from '../../../../shared/contracts/conversations.js';
import type { Problem } from '../../../../shared/contracts/problem.js';
import { supportCardDto, type SupportCardDto } from '../../../../shared/contracts/safety.js';
import { connectedSocket } from '../../app/socket.js';
import { ApiError, getJson, send, sendJson } from '../../lib/http.js';

/** The server's page size for history and catch-up. */
export const MESSAGE_PAGE = 50;
/** How long a socket send may wait for its acknowledgement before it counts as not sent. */
const ACK_TIMEOUT_MS = 10_000;

const conversationsResponse = z.object({ conversations: z.array(conversationDto) });
const messagesResponse = z.object({ messages: z.array(messageDto) });
const messageResponse = z.object({ message: messageDto });
const authoredResponse = z.object({ message: messageDto, supportCard: supportCardDto.nullable() });
const invitationsResponse = z.object({ received: z.array(chatInvitationDto), sent: z.array(chatInvitationDto) });
const invitationResponse = z.object({ invitation: chatInvitationDto });

const conversationPath = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;
const messagePath = (id: string, messageId: string) => `${conversationPath(id)}/messages/${encodeURIComponent(messageId)}`;

function lostAcknowledgement(): ApiError {
  return new ApiError({ type: 'about:blank', title: 'No acknowledgement', status: 0, code: 'network_error' });
}

function fromProblem(problem: Problem): ApiError {
  return new ApiError(problem);
}

/** Newest activity first, with unread counts. */
export async function fetchConversations(): Promise<ConversationDto[]> {
  return (await getJson('/api/conversations', conversationsResponse)).conversations;
}

/** `after`: what came since (catching up); `before`: older history; neither: the latest page. Ascending. */
export async function fetchMessages(conversationId: string, page: { after?: number; before?: number } = {}): Promise<MessageDto[]> {
  const query = { ...page, limit: MESSAGE_PAGE };
  return (await getJson(`${conversationPath(conversationId)}/messages`, messagesResponse, query)).messages;
}

/** A message I wrote or changed, with the private support card when my words suggested I may be struggling. */
export interface AuthoredMessage {
  message: MessageDto;
  supportCard: SupportCardDto | null;
}

/**
 * Sends over the socket when it is connected (acknowledged with the stored message), otherwise over HTTP.
 * Either way the client id makes a retry safe: the server stores the message once.
 */
export async function sendMessage(conversationId: string, clientId: string, body: string): Promise<AuthoredMessage> {
  const socket = connectedSocket();
  if (!socket) return sendJson('POST', `${conversationPath(conversationId)}/messages`, authoredResponse, { clientId, body });
  const ack = await socket
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('message:send', { conversationId, clientId, body })
    .catch(() => {
      throw lostAcknowledgement();
    });
  if (!ack.ok) throw fromProblem(ack.problem);
  return { message: ack.message, supportCard: ack.supportCard };
}

export function editMessage(conversationId: string, messageId: string, body: string): Promise<AuthoredMessage> {
  return sendJson('PATCH', messagePath(conversationId, messageId), authoredResponse, { body });
}

export async function deleteMessage(conversationId: string, messageId: string): Promise<MessageDto> {
  return (await sendJson('DELETE', messagePath(conversationId, messageId), messageResponse)).message;
}

/** Room moderators only; the reason is shown to the author and the other moderators. */
export async function hideMessage(conversationId: string, messageId: string, reason: string): Promise<MessageDto> {
  return (await sendJson('POST', `${messagePath(conversationId, messageId)}/hide`, messageResponse, { reason })).message;
}

/** Room moderators only: lets a message held for safety review reach the room. */
export async function releaseMessage(conversationId: string, messageId: string): Promise<MessageDto> {
  return (await sendJson('POST', `${messagePath(conversationId, messageId)}/release`, messageResponse)).message;
}

type Mark = 'read' | 'delivered';

/** Moves my read or delivered marker forward (it never moves back), over the socket when connected. */
export async function markConversation(mark: Mark, conversationId: string, seq: number): Promise<void> {
  const socket = connectedSocket();
  if (!socket) return send('POST', `${conversationPath(conversationId)}/${mark}`, { seq });
  const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck(`conversation:${mark}`, { conversationId, seq });
  if (!ack.ok) throw fromProblem(ack.problem);
}

/** Tells the others I am typing; only over the socket, as it is worthless late. */
export function sendTyping(conversationId: string): void {
  connectedSocket()?.emit('conversation:typing', { conversationId });
}

export type Invitations = z.infer<typeof invitationsResponse>;

/** Invitations to a private conversation between members, received and sent, not yet answered. */
export function fetchInvitations(): Promise<Invitations> {
  return getJson('/api/chat-invitations', invitationsResponse);
}

export async function inviteToChat(handle: string): Promise<ChatInvitationDto> {
  return (await sendJson('POST', '/api/chat-invitations', invitationResponse, { handle })).invitation;
}

/** Accepting opens the conversation for both; the answer names it. */
export async function acceptInvitation(id: string): Promise<ChatInvitationDto> {
  return (await sendJson('POST', `/api/chat-invitations/${encodeURIComponent(id)}/accept`, invitationResponse)).invitation;
}

export function declineInvitation(id: string): Promise<void> {
  return send('POST', `/api/chat-invitations/${encodeURIComponent(id)}/decline`);
}

/** Ends a conversation two members opened by invitation, for both of them. */
export function endPeerConversation(conversationId: string): Promise<void> {
  return send('POST', `${conversationPath(conversationId)}/leave`);
}
