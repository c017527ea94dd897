import type { ChatInvitationDto } from '../../../shared/contracts/conversations.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { afterCommit, type DbExecutor } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { AccountsService } from '../accounts/index.js';
import type { BlocksService } from '../privacy/index.js';
import { chatInvitationsRepo, type InvitationView } from './chat-invitations.repo.js';
import { conversationsRepo } from './conversations.repo.js';
import type { ConversationsService } from './conversations.service.js';

export type ChatInvitationsService = ReturnType<typeof createChatInvitationsService>;

const present = (row: InvitationView): ChatInvitationDto => ({
  id: row.id,
  from: { userId: row.from_user_id, handle: row.from_handle },
  to: { userId: row.to_user_id, handle: row.to_handle },
  status: row.status as ChatInvitationDto['status'],
  conversationId: row.conversation_id,
  createdAt: row.created_at,
});

export function createChatInvitationsService(
  { db, clock, realtime }: PlatformContext,
  deps: { conversations: ConversationsService; accounts: AccountsService; blocks: BlocksService },
) {
  const blockedEitherWay = async (executor: DbExecutor, a: string, b: string) =>
    (await deps.blocks.hasBlocked(a, b, executor)) || (await deps.blocks.hasBlocked(b, a, executor));

  async function requireRecipient(executor: DbExecutor, actor: Actor, id: string): Promise<InvitationView> {
    const row = await chatInvitationsRepo.find(executor, id);
    if (!row || row.to_user_id !== actor.userId || row.status !== 'pending' || (await blockedEitherWay(executor, row.from_user_id, row.to_user_id))) {
      throw problems.notFound('invitation');
    }
    return row;
  }

  return {
    /**
     * Inviting is the sender's opt-in; accepting is the other person's. A block in either direction keeps
     * the invitation from ever reaching them, without telling the sender so.
     */
    invite: (actor: Actor, handle: string) =>
      afterCommit(db, async (trx) => {
        const target = await deps.accounts.identityByHandle(trx, handle);
        if (!target) throw problems.invalidFields([fieldError('handle', 'user_not_found', 'Nobody uses this handle.')]);
        if (target.id === actor.userId) throw problems.invalidFields([fieldError('handle', 'invite_self', 'You cannot invite yourself.')]);
        const existing = await chatInvitationsRepo.between(trx, actor.userId, target.id);
        if (existing) return { result: present(existing), announce: () => {} };
        const id = newId();
        await chatInvitationsRepo.insert(trx, {
          id, from_user_id: actor.userId, to_user_id: target.id, status: 'pending', conversation_id: null, created_at: clock.now().toISOString(), responded_at: null,
        });
        const blocked = await blockedEitherWay(trx, actor.userId, target.id);
        return { result: present((await chatInvitationsRepo.find(trx, id))!), announce: () => (blocked ? undefined : realtime.toUser(target.id, 'conversations:changed')) };
      }),

    async pending(actor: Actor): Promise<{ received: ChatInvitationDto[]; sent: ChatInvitationDto[] }> {
      const rows = await chatInvitationsRepo.pendingFor(db, actor.userId);
      const received: ChatInvitationDto[] = [];
      for (const row of rows.filter((r) => r.to_user_id === actor.userId)) {
        if (!(await blockedEitherWay(db, row.from_user_id, row.to_user_id))) received.push(present(row));
      }
      return { received, sent: rows.filter((r) => r.from_user_id === actor.userId).map(present) };
    },

    accept: (actor: Actor, id: string) =>
      afterCommit(db, async (trx) => {
        const row = await requireRecipient(trx, actor, id);
        const conversationId = newId();
        const at = clock.now().toISOString();
        await conversationsRepo.insertConversation(trx, { id: conversationId, kind: 'direct', relationship_id: null, title: null, created_at: at });
        for (const userId of [row.from_user_id, row.to_user_id]) {
          await conversationsRepo.upsertMember(trx, { conversation_id: conversationId, user_id: userId, role: 'member', joined_at: at, agreement_version: null });
        }
        if (!(await chatInvitationsRepo.answer(trx, id, 'accepted', at, conversationId))) throw problems.stateConflict('invitation_answered', 'This invitation has already been answered.');
        return {
          result: present((await chatInvitationsRepo.find(trx, id))!),
          announce: () => deps.conversations.delivery.joined([row.from_user_id, row.to_user_id], conversationId),
        };
      }),

    async decline(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await requireRecipient(trx, actor, id);
        await chatInvitationsRepo.answer(trx, id, 'declined', clock.now().toISOString(), null);
      });
    },
  };
}
