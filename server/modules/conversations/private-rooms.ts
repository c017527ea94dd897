import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { conversationsRepo } from './conversations.repo.js';
import type { Announcement } from './conversations.service.js';
import type { MessageDelivery } from './message-delivery.js';

/**
 * Rooms that belong to something else (a peer group): conversations of the room kind, moderated and
 * screened like any room, but without a directory entry, so nobody finds or joins them through /api/rooms.
 * Their owner decides who is in them and calls these inside its own transactions; each returns what
 * to announce once that transaction has committed.
 */
export function createPrivateRooms(deps: { clock: Clock; delivery: MessageDelivery }) {
  const { clock, delivery } = deps;
  return {
    async open(trx: DbExecutor, title: string): Promise<string> {
      const id = newId();
      await conversationsRepo.insertConversation(trx, { id, kind: 'room', relationship_id: null, title, created_at: clock.now().toISOString() });
      return id;
    },

    async rename(trx: DbExecutor, roomId: string, title: string): Promise<void> {
      await trx.updateTable('conversations').set({ title }).where('id', '=', roomId).where('kind', '=', 'room').execute();
    },

    /** Adds the person (or brings them back, clearing an earlier removal) with this role. */
    async add(trx: DbExecutor, roomId: string, userId: string, role: 'member' | 'moderator'): Promise<Announcement> {
      const current = await trx.selectFrom('conversation_members').select(['role', 'joined_at', 'removed_at'])
        .where('conversation_id', '=', roomId).where('user_id', '=', userId).executeTakeFirst();
      const active = current !== undefined && current.removed_at === null;
      if (active && current.role === role) return () => undefined;
      await conversationsRepo.upsertMember(trx, {
        conversation_id: roomId, user_id: userId, role, joined_at: active ? current.joined_at : clock.now().toISOString(), agreement_version: null,
      });
      return active ? () => undefined : () => delivery.joined([userId], roomId);
    },

    /** Stops their delivery at once; the reason is kept when a moderator removed them. */
    async remove(trx: DbExecutor, roomId: string, userId: string, removal: { by: string | null; reason: string | null }): Promise<Announcement> {
      const removed = await conversationsRepo.removeMember(trx, roomId, userId, { at: clock.now().toISOString(), ...removal });
      return removed ? () => delivery.left([userId], roomId) : () => undefined;
    },
  };
}

export type PrivateRooms = ReturnType<typeof createPrivateRooms>;
