import type { ConversationDto, MessageDto } from '../../../shared/contracts/conversations.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { type DbExecutor, isUniqueViolation } from '../../platform/db/connect.js';
import { problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { presentMessage } from './conversations.presenter.js';
import { conversationsRepo } from './conversations.repo.js';
import type { MessageScreen } from './message-screen.js';

export type ConversationsService = ReturnType<typeof createConversationsService>;

export function createConversationsService({ db, clock }: PlatformContext, screen: MessageScreen) {
  async function requireMember(executor: DbExecutor, actor: Actor, conversationId: string): Promise<void> {
    // Non-members learn nothing, not even that the conversation exists.
    if (!(await conversationsRepo.isMember(executor, conversationId, actor.userId))) throw problems.notFound('conversation');
  }

  async function existing(executor: DbExecutor, actor: Actor, conversationId: string, clientId: string): Promise<MessageDto | null> {
    const row = await conversationsRepo.findByClientId(executor, conversationId, actor.userId, clientId);
    return row ? presentMessage(row, actor.userId) : null;
  }

  return {
    /** A support relationship's private conversation; called inside the accepting transaction. */
    async openForRelationship(trx: DbExecutor, relationshipId: string, memberId: string, supporterId: string): Promise<void> {
      const at = clock.now().toISOString();
      const id = newId();
      await conversationsRepo.insertConversation(trx, { id, kind: 'direct', relationship_id: relationshipId, title: null, created_at: at });
      await conversationsRepo.addMember(trx, id, memberId, 'member', at);
      await conversationsRepo.addMember(trx, id, supporterId, 'supporter', at);
    },

    /** When a relationship ends both people leave its conversation at once; the history stays. */
    closeForRelationship: (trx: DbExecutor, relationshipId: string) =>
      conversationsRepo.removeMembersOfRelationship(trx, relationshipId, clock.now().toISOString()),

    async list(actor: Actor): Promise<ConversationDto[]> {
      const rows = await conversationsRepo.listFor(db, actor.userId);
      const members = await conversationsRepo.membersOf(db, rows.map((row) => row.id));
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind as ConversationDto['kind'],
        title: row.title,
        members: members.filter((m) => m.conversation_id === row.id).map((m) => ({ userId: m.id, handle: m.handle })),
        lastSeq: row.last_seq,
        lastReadSeq: row.last_read_seq,
        unread: Math.max(0, row.last_seq - row.last_read_seq),
      }));
    },

    /** Never past the last message, so a client cannot hide messages that have not arrived yet. */
    async markRead(actor: Actor, conversationId: string, seq: number): Promise<void> {
      await requireMember(db, actor, conversationId);
      await conversationsRepo.markRead(db, conversationId, actor.userId, Math.min(seq, await conversationsRepo.lastSeq(db, conversationId)));
    },

    async messages(actor: Actor, conversationId: string, options: { after?: number; before?: number; limit: number }): Promise<MessageDto[]> {
      await requireMember(db, actor, conversationId);
      return (await conversationsRepo.page(db, conversationId, options)).map((row) => presentMessage(row, actor.userId));
    },

    /**
     * Validate, check membership, screen, then insert with the next sequence number and commit. A send
     * repeated with the same client id returns the message already stored instead of a second copy.
     */
    async send(actor: Actor, conversationId: string, input: { clientId: string; body: string }): Promise<{ message: MessageDto; created: boolean }> {
      await requireMember(db, actor, conversationId);
      const already = await existing(db, actor, conversationId, input.clientId);
      if (already) return { message: already, created: false };
      const { hold } = await screen.screen(input.body, { authorId: actor.userId, conversationId });
      try {
        const message = await db.transaction().execute(async (trx) => {
          await requireMember(trx, actor, conversationId);
          const seq = await conversationsRepo.nextSeq(trx, conversationId);
          const id = newId();
          await conversationsRepo.insertMessage(trx, {
            id, conversation_id: conversationId, seq, author_id: actor.userId, client_id: input.clientId,
            body: input.body, status: hold ? 'held' : 'visible', created_at: clock.now().toISOString(), edited_at: null,
          });
          return (await existing(trx, actor, conversationId, input.clientId))!;
        });
        return { message, created: true };
      } catch (error) {
        // Two copies of one send racing each other: the second finds the first.
        if (!isUniqueViolation(error)) throw error;
        const winner = await existing(db, actor, conversationId, input.clientId);
        if (!winner) throw error;
        return { message: winner, created: false };
      }
    },
  };
}
