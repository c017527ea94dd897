import type { ConversationDto, MessageDto } from '../../../shared/contracts/conversations.js';
import type { SupportCardDto } from '../../../shared/contracts/safety.js';
import { findContactDetails } from '../../../shared/contact-details.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { createBatchedWriter } from '../../platform/db/batched-writes.js';
import { type DbExecutor, isUniqueViolation } from '../../platform/db/connect.js';
import { HttpProblem, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { presentConversation, presentMessage } from './conversations.presenter.js';
import { conversationsRepo, type MessageView } from './conversations.repo.js';
import { createMessageDelivery } from './message-delivery.js';
import type { MessageScreen, ScreenContext, ScreenVerdict } from './message-screen.js';

export type ConversationsService = ReturnType<typeof createConversationsService>;
export interface SentMessage {
  message: MessageDto;
  created: boolean;
  /** For the author only, when their words suggest they may be struggling. */
  supportCard: SupportCardDto | null;
}
type Membership = NonNullable<Awaited<ReturnType<typeof conversationsRepo.membership>>>;
/** Runs after the caller's transaction commits, so nobody hears of something that was rolled back. */
export type Announcement = () => void;

export interface ConversationsDependencies {
  screen: MessageScreen;
  /** When the person's suspension from shared spaces ends, or null: rooms and member chats are closed to them meanwhile. */
  suspendedUntil: (userId: string) => Promise<string | null>;
  /** Crisis line numbers a supporter may always share. */
  allowedNumbers: () => Promise<string[]>;
  /**
   * For private rooms (rooms another feature owns, such as a group's room): whether this person may
   * write there now, or the problem that says why not (muted, agreement changed, group archived).
   */
  privateRoomGate?: (conversationId: string, userId: string) => Promise<HttpProblem | null>;
}


type NewMessage = Omit<MessageView, 'seq' | 'author_handle'> & { author_handle: string };

export function createConversationsService({ db, clock, realtime }: PlatformContext, deps: ConversationsDependencies) {
  const delivery = createMessageDelivery(db, realtime);
  const store = createBatchedWriter(db, async (trx, message: NewMessage): Promise<MessageView> => {
    const seq = await conversationsRepo.nextSeqFor(trx, message.conversation_id, message.author_id!);
    if (seq === null) throw problems.notFound('conversation');
    const { author_handle: _handle, ...row } = message;
    await conversationsRepo.insertMessage(trx, { ...row, seq });
    return { ...message, seq };
  });

  async function requireMembership(executor: DbExecutor, actor: Actor, conversationId: string): Promise<Membership> {
    const membership = await conversationsRepo.membership(executor, conversationId, actor.userId);
    // Non-members learn nothing, not even that the conversation exists.
    if (!membership) throw problems.notFound('conversation');
    return membership;
  }

  async function requireWritable(membership: Membership, actor: Actor, conversationId: string): Promise<void> {
    const sharedSpace = membership.kind === 'room' || membership.relationship_id === null;
    const until = sharedSpace ? await deps.suspendedUntil(actor.userId) : null;
    if (until) throw new HttpProblem(403, 'suspended', `You cannot write in rooms or member chats until ${until === 'indefinite' ? 'a supervisor lifts the suspension' : until}. Your supporter, your safety plan and crisis lines are still here for you.`);
    if (membership.kind !== 'room') return;
    if (membership.archived_at) throw problems.stateConflict('room_archived', 'This room is closed. Its history stays readable.');
    if (membership.accepted_version !== membership.current_version) {
      throw problems.stateConflict('agreement_changed', "The room's community agreement has changed. Please read and accept it to keep writing.");
    }
    // A room without a directory entry belongs to another feature, which decides who may write in it.
    if (membership.current_version === null && deps.privateRoomGate) {
      const refusal = await deps.privateRoomGate(conversationId, actor.userId);
      if (refusal) throw refusal;
    }
  }

  /**
   * The safety screen first; then supporters keep one-to-one support on the platform, where supervision
   * and safety can reach it: a message with contact details waits for them to edit it.
   */
  async function screen(membership: Membership, actor: Actor, conversationId: string, body: string): Promise<{ held: string | null; verdict: ScreenVerdict }> {
    const verdict = await deps.screen.screen(body, {
      authorId: actor.userId, authorHandle: actor.handle, locale: actor.locale, conversationId, conversationKind: membership.kind as ScreenContext['conversationKind'],
      carers: () => conversationsRepo.carersOf(db, conversationId, actor.userId, membership.kind),
    });
    if (verdict.hold) return { held: 'safety', verdict };
    const guarded = membership.kind === 'direct' && membership.relationship_id !== null && membership.role === 'supporter';
    const contactDetails = guarded && findContactDetails(body, { allowedNumbers: await deps.allowedNumbers() }).length > 0;
    return { held: contactDetails ? 'contact_details' : null, verdict };
  }

  async function ownMessage(actor: Actor, conversationId: string, messageId: string): Promise<{ membership: Membership; row: MessageView }> {
    const membership = await requireMembership(db, actor, conversationId);
    const row = await conversationsRepo.findMessage(db, conversationId, messageId);
    if (!row) throw problems.notFound('message');
    if (row.author_id !== actor.userId) throw problems.forbidden();
    return { membership, row };
  }

  async function changeMessage(
    membership: Membership, actor: Actor, row: MessageView, changes: Parameters<typeof conversationsRepo.updateMessage>[2],
    alsoInTransaction: (trx: DbExecutor) => Promise<void> = async () => {},
  ): Promise<MessageDto> {
    const updated = await db.transaction().execute(async (trx) => {
      await conversationsRepo.updateMessage(trx, row.id, changes);
      await alsoInTransaction(trx);
      return (await conversationsRepo.findMessage(trx, row.conversation_id, row.id))!;
    });
    await delivery.announce('message:updated', updated, membership.kind);
    return presentMessage(updated, { userId: actor.userId, moderator: membership.role === 'moderator' });
  }

  async function advance(actor: Actor, conversationId: string, marker: 'last_read_seq' | 'last_delivered_seq', seq: number): Promise<void> {
    const membership = await requireMembership(db, actor, conversationId);
    // Never past the last message, so a client cannot mark messages that have not arrived yet.
    const capped = Math.min(seq, await conversationsRepo.lastSeq(db, conversationId));
    let moved = await conversationsRepo.advanceMarker(db, conversationId, actor.userId, marker, capped);
    // Reading a message means it arrived.
    if (marker === 'last_read_seq') moved = (await conversationsRepo.advanceMarker(db, conversationId, actor.userId, 'last_delivered_seq', capped)) || moved;
    if (!moved || membership.kind !== 'direct') return;
    const markers = await conversationsRepo.markers(db, conversationId, actor.userId);
    realtime.toConversation(conversationId, 'conversation:receipt', {
      conversationId, userId: actor.userId, deliveredSeq: markers.last_delivered_seq, readSeq: markers.last_read_seq,
    });
  }

  return {
    delivery,
    requireMembership: (actor: Actor, conversationId: string) => requireMembership(db, actor, conversationId),

    /** A support relationship's private conversation; called inside the accepting transaction. */
    async openForRelationship(trx: DbExecutor, relationshipId: string, memberId: string, supporterId: string): Promise<Announcement> {
      const at = clock.now().toISOString();
      const id = newId();
      await conversationsRepo.insertConversation(trx, { id, kind: 'direct', relationship_id: relationshipId, title: null, created_at: at });
      await conversationsRepo.upsertMember(trx, { conversation_id: id, user_id: memberId, role: 'member', joined_at: at, agreement_version: null });
      await conversationsRepo.upsertMember(trx, { conversation_id: id, user_id: supporterId, role: 'supporter', joined_at: at, agreement_version: null });
      return () => delivery.joined([memberId, supporterId], id);
    },

    /** When a relationship ends both people leave its conversation at once; the history stays. */
    async closeForRelationship(trx: DbExecutor, relationshipId: string): Promise<Announcement> {
      const closed = await conversationsRepo.removeMembersOfRelationship(trx, relationshipId, clock.now().toISOString());
      return () => closed && delivery.left(closed.userIds, closed.conversationId);
    },

    /** Either member can end a conversation they opened by invitation; it closes for both, like a support relationship ending. */
    async endPeerConversation(actor: Actor, conversationId: string): Promise<void> {
      const membership = await requireMembership(db, actor, conversationId);
      if (membership.kind !== 'direct' || membership.relationship_id !== null) {
        throw problems.stateConflict('not_a_peer_conversation', 'Support conversations end with the relationship; rooms are left from the room page.');
      }
      const at = clock.now().toISOString();
      const members = await db.transaction().execute(async (trx) => {
        const userIds = (await conversationsRepo.membersShownIn(trx, [conversationId])).map((m) => m.id);
        for (const userId of userIds) await conversationsRepo.removeMember(trx, conversationId, userId, { at, by: actor.userId, reason: null });
        return userIds;
      });
      delivery.left(members, conversationId);
    },

    async list(actor: Actor): Promise<ConversationDto[]> {
      const rows = await conversationsRepo.listFor(db, actor.userId);
      const members = await conversationsRepo.membersShownIn(db, rows.map((row) => row.id));
      return rows
        .map((row) => presentConversation(row, members.filter((m) => m.conversation_id === row.id), actor.userId))
        .sort((a, b) => (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? ''));
    },

    markRead: (actor: Actor, conversationId: string, seq: number) => advance(actor, conversationId, 'last_read_seq', seq),
    markDelivered: (actor: Actor, conversationId: string, seq: number) => advance(actor, conversationId, 'last_delivered_seq', seq),

    async messages(actor: Actor, conversationId: string, options: { after?: number; before?: number; limit: number }): Promise<MessageDto[]> {
      const membership = await requireMembership(db, actor, conversationId);
      const viewer = { userId: actor.userId, moderator: membership.role === 'moderator' };
      return (await conversationsRepo.page(db, conversationId, options)).map((row) => presentMessage(row, viewer));
    },

    /**
     * Validate, check membership, screen, then insert with the next sequence number, commit, and only
     * then tell the room. A send repeated with the same client id returns the stored message instead.
     * Kept to one read and two writes, committed together with other sends of the same moment: this is
     * the hottest path in Kindred.
     */
    async send(actor: Actor, conversationId: string, input: { clientId: string; body: string }): Promise<SentMessage> {
      const membership = await requireMembership(db, actor, conversationId);
      const viewer = { userId: actor.userId, moderator: membership.role === 'moderator' };
      const stored = async () => {
        const existing = await conversationsRepo.findByClientId(db, conversationId, actor.userId, input.clientId);
        return existing ? { message: presentMessage(existing, viewer), created: false, supportCard: null } : null;
      };
      await requireWritable(membership, actor, conversationId);
      const { held, verdict } = await screen(membership, actor, conversationId, input.body);
      let row: MessageView;
      try {
        row = await store.write({
          id: newId(), conversation_id: conversationId, author_id: actor.userId, author_handle: actor.handle, client_id: input.clientId,
          body: input.body, status: held ? 'held' : 'visible', held_reason: held, hidden_reason: null, hidden_by: null,
          created_at: clock.now().toISOString(), edited_at: null,
        });
      } catch (error) {
        // The same client id again (a retry, or two copies racing): the unique constraint answers with the stored message.
        const already = isUniqueViolation(error) ? await stored() : null;
        if (!already) throw error;
        return already;
      }
      await delivery.announce('message:new', row, membership.kind);
      return { message: presentMessage(row, viewer), created: true, supportCard: await verdict.afterStored(row) };
    },

    /** An edit passes the same screens as a new message; a held message that is now fine is delivered. */
    async edit(actor: Actor, conversationId: string, messageId: string, body: string): Promise<{ message: MessageDto; supportCard: SupportCardDto | null }> {
      const { membership, row } = await ownMessage(actor, conversationId, messageId);
      if (row.status !== 'visible' && row.status !== 'held') throw problems.stateConflict('message_not_editable', 'This message can no longer be edited.');
      await requireWritable(membership, actor, conversationId);
      const { held, verdict } = await screen(membership, actor, conversationId, body);
      const message = await changeMessage(membership, actor, row, { body, status: held ? 'held' : 'visible', held_reason: held, edited_at: clock.now().toISOString() });
      return { message, supportCard: await verdict.afterStored(row) };
    },

    /** The words go; the place stays, shown as "message removed", so the conversation keeps its order. */
    async remove(actor: Actor, conversationId: string, messageId: string): Promise<MessageDto> {
      const { membership, row } = await ownMessage(actor, conversationId, messageId);
      if (row.status === 'deleted') return presentMessage(row, { userId: actor.userId, moderator: false });
      return changeMessage(membership, actor, row, { body: '', status: 'deleted', held_reason: null });
    },

    /** What a member reports: a message in a conversation they are part of, with its words as written. */
    async reportable(actor: Actor, conversationId: string, messageId: string): Promise<{ authorId: string | null; body: string }> {
      await requireMembership(db, actor, conversationId);
      const row = await conversationsRepo.findMessage(db, conversationId, messageId);
      if (!row) throw problems.notFound('message');
      return { authorId: row.author_id, body: row.body };
    },

    /** The safety team's decision on a reported message, wherever it is: hidden with a reason, or restored. */
    async moderateByStaff(messageId: string, change: { hide: { by: string; reason: string } } | 'restore'): Promise<void> {
      const row = await conversationsRepo.findMessageAnywhere(db, messageId);
      if (!row || row.status === 'deleted') return;
      const changes = change === 'restore'
        ? { status: 'visible', hidden_reason: null, hidden_by: null }
        : { status: 'hidden', hidden_reason: change.hide.reason, hidden_by: change.hide.by };
      await conversationsRepo.updateMessage(db, messageId, changes);
      await delivery.announce('message:updated', (await conversationsRepo.findMessage(db, row.conversation_id, messageId))!, row.kind);
    },

    /** A moderator who has read a message held for safety lets the room see it. */
    async release(actor: Actor, conversationId: string, messageId: string, ip: string): Promise<MessageDto> {
      const membership = await requireMembership(db, actor, conversationId);
      if (membership.role !== 'moderator') throw problems.forbidden();
      const row = await conversationsRepo.findMessage(db, conversationId, messageId);
      if (!row) throw problems.notFound('message');
      if (row.status !== 'held' || row.held_reason !== 'safety') throw problems.stateConflict('message_not_held', 'This message is not waiting for review.');
      return changeMessage(membership, actor, row, { status: 'visible', held_reason: null }, (trx) =>
        recordAudit(trx, {
          action: 'conversation.message_released', at: clock.now(), actorId: actor.userId, subjectType: 'message', subjectId: messageId, ip,
          details: { conversationId, authorId: row.author_id },
        }));
    },

    async hide(actor: Actor, conversationId: string, messageId: string, reason: string, ip: string): Promise<MessageDto> {
      const membership = await requireMembership(db, actor, conversationId);
      if (membership.role !== 'moderator') throw problems.forbidden();
      const row = await conversationsRepo.findMessage(db, conversationId, messageId);
      if (!row) throw problems.notFound('message');
      if (row.status === 'deleted' || row.status === 'hidden') throw problems.stateConflict('message_not_hideable', 'This message is already hidden or removed.');
      return changeMessage(membership, actor, row, { status: 'hidden', hidden_reason: reason, hidden_by: actor.userId }, (trx) =>
        recordAudit(trx, {
          action: 'conversation.message_hidden', at: clock.now(), actorId: actor.userId, subjectType: 'message', subjectId: messageId, ip,
          details: { conversationId, authorId: row.author_id },
        }));
    },
  };
}
