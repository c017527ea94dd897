import type { GroupDto, GroupMemberDto, MyGroupMembershipDto } from '../../../shared/contracts/groups.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { Trx } from '../../platform/db/connect.js';
import { fieldError, HttpProblem, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { GroupCore, GroupsDependencies, Later } from './group-core.js';
import { groupViewFor, isGroupStaff, requireManager } from './groups.policy.js';
import { presentMember, presentMembership } from './groups.presenter.js';
import { type GroupRow, groupsRepo } from './groups.repo.js';
import { type MembershipRow, membershipRepo } from './membership.repo.js';

export interface JoinResult {
  created: boolean;
  membership: MyGroupMembershipDto;
  group: GroupDto;
}

export function createMembershipService(ctx: PlatformContext, deps: GroupsDependencies, core: GroupCore) {
  const { db, clock } = ctx;
  const nowIso = () => clock.now().toISOString();

  async function mine(trx: Trx, group: GroupRow, userId: string): Promise<MyGroupMembershipDto> {
    const row = (await membershipRepo.of(trx, group.id, userId))!;
    const rank = row.status === 'waitlisted' && row.waitlist_position !== null ? await membershipRepo.rank(trx, group.id, row.waitlist_position) : null;
    return presentMembership(row, group, rank, clock.now());
  }

  /** A member or someone waiting stops being either; a member's seat goes to the first person waiting. */
  async function end(trx: Trx, group: GroupRow, row: MembershipRow, status: 'left' | 'removed', removal: { by: string | null; reason: string | null }, later: Later): Promise<void> {
    const moved = await membershipRepo.move(trx, row.id, row.status, {
      status, waitlist_position: null, updated_at: nowIso(), ...(status === 'removed' ? { removed_by: removal.by, removed_reason: removal.reason } : {}),
    });
    if (!moved) throw problems.stateConflict('membership_changed', 'This membership changed just now. Reload to see it.');
    if (row.status === 'member') await core.vacate(trx, group, row.user_id, removal, later);
  }

  async function memberRow(trx: Trx, groupId: string, userId: string, statuses: string[]): Promise<MembershipRow> {
    const row = await membershipRepo.of(trx, groupId, userId);
    if (!row || !statuses.includes(row.status)) throw problems.notFound('group member');
    return row;
  }

  return {
    /**
     * Accepting the agreement (the version read) and joining. A full group puts the person on the
     * waitlist, in order; that is an answer, not an error. Members accept a changed agreement the same way.
     */
    async join(actor: Actor, groupId: string, agreementVersion: number): Promise<JoinResult> {
      if (await deps.suspendedUntil(actor.userId)) {
        throw new HttpProblem(403, 'suspended', 'You cannot join groups while suspended. Your supporter and crisis lines are still here for you.');
      }
      return core.transaction(async (trx, later) => {
        await groupsRepo.lock(trx, groupId);
        const view = await groupViewFor(trx, actor, groupId);
        const { group } = view;
        const row = view.membership;
        if (group.status !== 'active') throw problems.stateConflict('group_archived', 'This group has closed.');
        if (view.facilitator) throw problems.stateConflict('already_facilitator', 'You facilitate this group.');
        if (row?.status === 'removed') throw new HttpProblem(403, 'removed_from_group', 'A facilitator removed you from this group. You can ask a supervisor about it.');
        if (agreementVersion !== group.agreement_version) {
          throw problems.stateConflict('agreement_changed', 'The group agreement changed while you were reading it. Please read the current version.');
        }
        const at = nowIso();
        if (row && (row.status === 'member' || row.status === 'waitlisted')) {
          if (row.agreement_version !== agreementVersion) await membershipRepo.update(trx, row.id, { agreement_version: agreementVersion, updated_at: at });
          return { created: false, membership: await mine(trx, group, actor.userId), group: await core.present(trx, await groupViewFor(trx, actor, groupId)) };
        }
        if (group.listing === 'invitation' && row?.status !== 'invited') {
          throw new HttpProblem(403, 'invitation_needed', 'This group is by invitation. A facilitator can invite you.');
        }
        // Nobody jumps the queue: while people wait, a newcomer waits behind them.
        const someoneWaiting = (await membershipRepo.firstWaiting(trx, groupId)) !== undefined;
        const seated = !someoneWaiting && (await groupsRepo.takeSeat(trx, groupId, at));
        const placement = seated
          ? { status: 'member', waitlist_position: null }
          : { status: 'waitlisted', waitlist_position: (await membershipRepo.lastWaitlistPosition(trx, groupId)) + 1 };
        const membershipId = row?.id ?? newId();
        if (row) {
          await membershipRepo.update(trx, row.id, { ...placement, agreement_version: agreementVersion, muted_until: null, joined_at: at, updated_at: at });
        } else {
          await membershipRepo.insert(trx, {
            id: membershipId, group_id: groupId, user_id: actor.userId, ...placement, agreement_version: agreementVersion, attendance_recorded: 1,
            muted_until: null, removed_reason: null, removed_by: null, joined_at: at, updated_at: at,
          });
        }
        if (seated) await core.seat(trx, group, { id: membershipId, user_id: actor.userId }, later);
        return { created: true, membership: await mine(trx, group, actor.userId), group: await core.present(trx, await groupViewFor(trx, actor, groupId)) };
      });
    },

    /** Leaving the group (or the waitlist, or declining an invitation); a freed seat goes to the first person waiting. */
    async leave(actor: Actor, groupId: string): Promise<void> {
      await core.transaction(async (trx, later) => {
        await groupsRepo.lock(trx, groupId);
        const view = await groupViewFor(trx, actor, groupId);
        const row = view.membership;
        if (!row || !['member', 'waitlisted', 'invited'].includes(row.status)) throw problems.notFound('group membership');
        await end(trx, view.group, row, 'left', { by: actor.userId, reason: null }, later);
      });
    },

    /** Whether facilitators record my name at meetings; when not, I am only counted. */
    async settings(actor: Actor, groupId: string, input: { attendanceRecorded: boolean }): Promise<MyGroupMembershipDto> {
      return core.transaction(async (trx) => {
        const view = await groupViewFor(trx, actor, groupId);
        const row = view.membership;
        if (!row || !['member', 'waitlisted'].includes(row.status)) throw problems.notFound('group membership');
        await membershipRepo.update(trx, row.id, { attendance_recorded: input.attendanceRecorded ? 1 : 0, updated_at: nowIso() });
        return mine(trx, view.group, actor.userId);
      });
    },

    /** Facilitators invite someone by handle; the person joins by accepting the agreement (an invitation-only group opens to them). */
    async invite(actor: Actor, groupId: string, handle: string, ip: string): Promise<GroupMemberDto> {
      return core.transaction(async (trx) => {
        const view = await groupViewFor(trx, actor, groupId);
        requireManager(view);
        if (view.group.status !== 'active') throw problems.stateConflict('group_archived', 'This group has closed.');
        const target = await deps.accounts.identityByHandle(trx, handle);
        if (!target) throw problems.invalidFields([fieldError('handle', 'user_not_found', 'Nobody uses this handle.')]);
        if (await groupsRepo.facilitator(trx, groupId, target.id)) throw problems.invalidFields([fieldError('handle', 'already_facilitator', 'This person facilitates the group.')]);
        const row = await membershipRepo.of(trx, groupId, target.id);
        if (row && ['member', 'waitlisted', 'invited'].includes(row.status)) {
          throw problems.invalidFields([fieldError('handle', 'already_in_group', 'This person is already in the group, waiting or invited.')]);
        }
        const at = nowIso();
        if (row) {
          // An invitation is how a facilitator lets someone they removed come back.
          await membershipRepo.update(trx, row.id, { status: 'invited', waitlist_position: null, removed_by: null, removed_reason: null, muted_until: null, joined_at: at, updated_at: at });
        } else {
          await membershipRepo.insert(trx, {
            id: newId(), group_id: groupId, user_id: target.id, status: 'invited', waitlist_position: null, agreement_version: null, attendance_recorded: 1,
            muted_until: null, removed_reason: null, removed_by: null, joined_at: at, updated_at: at,
          });
        }
        await core.notify(trx, [target.id], 'group.invited', view.group, { handle: actor.handle });
        await recordAudit(trx, { action: 'group.member_invited', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: target.id, ip, details: { groupId } });
        return presentMember({ ...(await membershipRepo.of(trx, groupId, target.id))!, handle: target.handle }, view.group, null, clock.now());
      });
    },

    /** Members, the waitlist in order and open invitations, for facilitators (and staff, whose read is audited). */
    async members(actor: Actor, groupId: string, ip: string): Promise<{ members: GroupMemberDto[]; waitlist: GroupMemberDto[]; invited: GroupMemberDto[] }> {
      const view = await groupViewFor(db, actor, groupId);
      requireManager(view);
      const rows = await membershipRepo.listed(db, groupId);
      if (!view.facilitator && isGroupStaff(actor)) {
        await recordAudit(db, { action: 'group.members_read', at: clock.now(), actorId: actor.userId, subjectType: 'group', subjectId: groupId, ip, details: { count: rows.length } });
      }
      const waiting = rows.filter((row) => row.status === 'waitlisted');
      return {
        members: rows.filter((row) => row.status === 'member').map((row) => presentMember(row, view.group, null, clock.now())),
        waitlist: waiting.map((row, index) => presentMember(row, view.group, index + 1, clock.now())),
        invited: rows.filter((row) => row.status === 'invited').map((row) => presentMember(row, view.group, null, clock.now())),
      };
    },

    /** A facilitator removes a member (or someone waiting), with a reason: out of the group and its room, audited, told. */
    async remove(actor: Actor, groupId: string, userId: string, reason: string, ip: string): Promise<void> {
      await core.transaction(async (trx, later) => {
        await groupsRepo.lock(trx, groupId);
        const view = await groupViewFor(trx, actor, groupId);
        requireManager(view);
        const row = await memberRow(trx, groupId, userId, ['member', 'waitlisted', 'invited']);
        await end(trx, view.group, row, 'removed', { by: actor.userId, reason }, later);
        await core.notify(trx, [userId], 'group.removed', view.group);
        await recordAudit(trx, { action: 'group.member_removed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip, details: { groupId, reason } });
      });
    },

    /** A facilitator mutes a member in the group room for a while (or lifts it), with a reason; audited. */
    async mute(actor: Actor, groupId: string, userId: string, input: { reason: string; hours: number | null }, ip: string): Promise<GroupMemberDto> {
      return core.transaction(async (trx) => {
        const view = await groupViewFor(trx, actor, groupId);
        requireManager(view);
        const row = await memberRow(trx, groupId, userId, ['member']);
        const until = input.hours === null ? null : new Date(clock.now().getTime() + input.hours * 3600_000).toISOString();
        await membershipRepo.update(trx, row.id, { muted_until: until, updated_at: nowIso() });
        await recordAudit(trx, {
          action: until ? 'group.member_muted' : 'group.member_unmuted', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: userId, ip,
          details: { groupId, reason: input.reason, until },
        });
        const handle = (await deps.accounts.identity(trx, userId))?.handle ?? '';
        return presentMember({ ...(await membershipRepo.of(trx, groupId, userId))!, handle }, view.group, null, clock.now());
      });
    },

    /** Every group a person is in or waiting for, left at once when their account is deleted (seats go to the waitlist). */
    async leaveAllOnErase(trx: Trx, userId: string): Promise<() => void> {
      const announcements: Array<() => void> = [];
      const later: Later = (announcement) => announcements.push(announcement);
      for (const row of await membershipRepo.activeOf(trx, userId)) {
        await groupsRepo.lock(trx, row.group_id);
        const group = (await groupsRepo.find(trx, row.group_id))!;
        await end(trx, group, row, 'left', { by: null, reason: null }, later);
      }
      return () => announcements.forEach((announce) => announce());
    },
  };
}

export type MembershipService = ReturnType<typeof createMembershipService>;
