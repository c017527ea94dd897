import type { z } from 'zod';
import type { createRoomInput, RoomDto, updateRoomInput } from '../../../shared/contracts/rooms.js';
import type { Actor } from '../../platform/auth/actor.js';
import { rolesRepo } from '../../platform/auth/roles.repo.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import { afterCommit, type DbExecutor } from '../../platform/db/connect.js';
import { fieldError, HttpProblem, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { TopicsService } from '../profiles/index.js';
import { conversationsRepo } from './conversations.repo.js';
import type { ConversationsService } from './conversations.service.js';
import { MODERATOR_ELIGIBLE_ROLES } from './rooms.policy.js';
import { presentRoom } from './rooms.presenter.js';
import { roomsRepo, type RoomView } from './rooms.repo.js';

export type RoomsService = ReturnType<typeof createRoomsService>;
type ValidRoom = z.output<typeof createRoomInput>;
type ValidRoomChanges = z.output<typeof updateRoomInput>;

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

export function createRoomsService(
  { db, clock }: PlatformContext,
  deps: { conversations: ConversationsService; topics: TopicsService; suspendedUntil: (userId: string) => Promise<string | null> },
) {
  const { delivery } = deps.conversations;

  async function present(executor: DbExecutor, rows: RoomView[], actor: Actor): Promise<RoomDto[]> {
    const memberships = new Map((await roomsRepo.membershipsOf(executor, actor.userId)).map((m) => [m.conversation_id, m]));
    const moderators = await roomsRepo.moderatorsOf(executor, rows.map((row) => row.conversation_id));
    return rows.map((row) => presentRoom(row, {
      membership: memberships.get(row.conversation_id),
      moderators: moderators.filter((m) => m.conversation_id === row.conversation_id),
    }));
  }

  async function requireRoom(executor: DbExecutor, actor: Actor, roomId: string): Promise<RoomView> {
    const room = await roomsRepo.find(executor, roomId);
    if (!room) throw problems.notFound('room');
    // Archived rooms stay visible to their members and admins only.
    if (room.archived_at && !isAdmin(actor)) {
      const member = await roomsRepo.memberRow(executor, roomId, actor.userId);
      if (!member || member.removed_at !== null) throw problems.notFound('room');
    }
    return room;
  }

  async function presentOne(executor: DbExecutor, actor: Actor, roomId: string): Promise<RoomDto> {
    return (await present(executor, [(await roomsRepo.find(executor, roomId))!], actor))[0]!;
  }

  async function requireModerator(actor: Actor, roomId: string): Promise<void> {
    const membership = await conversationsRepo.membership(db, roomId, actor.userId);
    if (membership?.kind !== 'room' || membership.role !== 'moderator') throw problems.notFound('room');
  }

  async function assertTopic(topic: string | null | undefined): Promise<void> {
    if (topic && !(await deps.topics.list()).some((known) => known.key === topic)) {
      throw problems.invalidFields([fieldError('topic', 'topic_unknown', `Unknown topic "${topic}".`)]);
    }
  }

  return {
    async list(actor: Actor): Promise<RoomDto[]> {
      return present(db, await roomsRepo.list(db, { includeArchived: isAdmin(actor) }), actor);
    },

    async get(actor: Actor, roomId: string): Promise<RoomDto> {
      await requireRoom(db, actor, roomId);
      return presentOne(db, actor, roomId);
    },

    async create(actor: Actor, input: ValidRoom, ip: string): Promise<RoomDto> {
      await assertTopic(input.topic);
      return db.transaction().execute(async (trx) => {
        const id = newId();
        const at = clock.now().toISOString();
        await conversationsRepo.insertConversation(trx, { id, kind: 'room', relationship_id: null, title: input.title, created_at: at });
        await roomsRepo.insertRoom(trx, {
          conversation_id: id, description: input.description, topic: input.topic, agreement: input.agreement, agreement_version: 1,
          member_cap: input.memberCap, created_by: actor.userId, created_at: at, updated_at: at, archived_at: null,
        });
        await recordAudit(trx, { action: 'room.created', at: clock.now(), actorId: actor.userId, subjectType: 'room', subjectId: id, ip });
        return presentOne(trx, actor, id);
      });
    },

    /** A changed agreement gets a new version, which every member accepts before writing again. */
    async update(actor: Actor, roomId: string, changes: ValidRoomChanges, ip: string): Promise<RoomDto> {
      await assertTopic(changes.topic);
      return db.transaction().execute(async (trx) => {
        const room = await requireRoom(trx, actor, roomId);
        const memberCount = Number(room.member_count ?? 0);
        if (changes.memberCap !== undefined && changes.memberCap < memberCount) {
          throw problems.invalidFields([fieldError('memberCap', 'member_cap_below_members', `This room already has ${memberCount} members; the limit cannot be lower.`)]);
        }
        const agreementChanged = changes.agreement !== undefined && changes.agreement !== room.agreement;
        const at = clock.now().toISOString();
        await roomsRepo.updateRoom(trx, roomId, {
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          ...(changes.topic !== undefined ? { topic: changes.topic } : {}),
          ...(changes.memberCap !== undefined ? { member_cap: changes.memberCap } : {}),
          ...(agreementChanged ? { agreement: changes.agreement, agreement_version: room.agreement_version + 1 } : {}),
          ...(changes.archived !== undefined ? { archived_at: changes.archived ? (room.archived_at ?? at) : null } : {}),
          updated_at: at,
        }, changes.title);
        await recordAudit(trx, { action: 'room.updated', at: clock.now(), actorId: actor.userId, subjectType: 'room', subjectId: roomId, ip, details: { agreementChanged } });
        return presentOne(trx, actor, roomId);
      });
    },

    addModerator: (actor: Actor, roomId: string, userId: string, ip: string) =>
      afterCommit(db, async (trx) => {
        const room = await requireRoom(trx, actor, roomId);
        const roles = await rolesRepo.of(trx, userId);
        if (!roles.some((role) => MODERATOR_ELIGIBLE_ROLES.includes(role))) {
          throw problems.invalidFields([fieldError('userId', 'moderator_not_trained', 'Moderators must be supporters, supervisors or admins.')]);
        }
        // Moderators are trusted to uphold the agreement they moderate, so they hold its current version.
        await conversationsRepo.upsertMember(trx, { conversation_id: roomId, user_id: userId, role: 'moderator', joined_at: clock.now().toISOString(), agreement_version: room.agreement_version });
        await recordAudit(trx, { action: 'room.moderator_added', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { roomId } });
        return { result: await presentOne(trx, actor, roomId), announce: () => delivery.joined([userId], roomId) };
      }),

    async removeModerator(actor: Actor, roomId: string, userId: string, ip: string): Promise<RoomDto> {
      return db.transaction().execute(async (trx) => {
        await requireRoom(trx, actor, roomId);
        const member = await roomsRepo.memberRow(trx, roomId, userId);
        if (member?.role !== 'moderator' || member.removed_at) throw problems.notFound('moderator');
        await roomsRepo.setRole(trx, roomId, userId, 'member');
        await recordAudit(trx, { action: 'room.moderator_removed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { roomId } });
        return presentOne(trx, actor, roomId);
      });
    },

    /** Joining (or accepting a changed agreement) names the version read, so nothing is accepted unseen. */
    join: async (actor: Actor, roomId: string, agreementVersion: number) => {
      if (await deps.suspendedUntil(actor.userId)) throw new HttpProblem(403, 'suspended', 'You cannot join rooms while suspended. Your supporter and crisis lines are still here for you.');
      return afterCommit(db, async (trx) => {
        const room = await requireRoom(trx, actor, roomId);
        if (room.archived_at) throw problems.stateConflict('room_archived', 'This room is closed.');
        if (agreementVersion !== room.agreement_version) {
          throw problems.stateConflict('agreement_changed', 'The community agreement changed while you were reading it. Please read the current version.');
        }
        await roomsRepo.lockRoom(trx, roomId);
        const previous = await roomsRepo.memberRow(trx, roomId, actor.userId);
        const active = previous !== undefined && previous.removed_at === null;
        if (previous?.removed_at && previous.removal_reason !== null) {
          throw new HttpProblem(403, 'removed_from_room', 'A moderator removed you from this room. You can ask a supervisor about it.');
        }
        if (!active && Number((await roomsRepo.find(trx, roomId))!.member_count) >= room.member_cap) {
          throw problems.stateConflict('room_full', 'This room is full right now. Please try again later or choose another room.');
        }
        await conversationsRepo.upsertMember(trx, {
          conversation_id: roomId, user_id: actor.userId, role: active ? previous.role : 'member',
          joined_at: active ? previous.joined_at : clock.now().toISOString(), agreement_version: agreementVersion,
        });
        return { result: await presentOne(trx, actor, roomId), announce: () => (active ? undefined : delivery.joined([actor.userId], roomId)) };
      });
    },

    leave: (actor: Actor, roomId: string) =>
      afterCommit(db, async (trx) => {
        await requireRoom(trx, actor, roomId);
        const left = await conversationsRepo.removeMember(trx, roomId, actor.userId, { at: clock.now().toISOString(), by: actor.userId, reason: null });
        if (!left) throw problems.notFound('room membership');
        return { result: undefined, announce: () => delivery.left([actor.userId], roomId) };
      }),

    async members(actor: Actor, roomId: string) {
      if (!isAdmin(actor)) await requireModerator(actor, roomId);
      await requireRoom(db, actor, roomId);
      return (await roomsRepo.members(db, roomId)).map((m) => ({ userId: m.id, handle: m.handle, role: m.role, joinedAt: m.joined_at }));
    },

    /** Stops their delivery at once; they cannot rejoin on their own. */
    async removeMember(actor: Actor, roomId: string, userId: string, reason: string, ip: string): Promise<void> {
      await requireModerator(actor, roomId);
      await afterCommit(db, async (trx) => {
        const member = await roomsRepo.memberRow(trx, roomId, userId);
        if (!member || member.removed_at) throw problems.notFound('room member');
        if (member.role === 'moderator') throw problems.stateConflict('cannot_remove_moderator', 'Moderators are removed by an admin.');
        await conversationsRepo.removeMember(trx, roomId, userId, { at: clock.now().toISOString(), by: actor.userId, reason });
        await recordAudit(trx, { action: 'room.member_removed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { roomId, reason } });
        return { result: undefined, announce: () => delivery.left([userId], roomId) };
      });
    },
  };
}
