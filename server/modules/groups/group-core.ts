// What the groups services share: transactions that announce after commit, seats and the waitlist,
// the group's room, the next-meeting fact the finder searches on, and telling people what changed.
import type { GroupDto } from '../../../shared/contracts/groups.js';
import type { NotificationKind } from '../../../shared/contracts/notifications.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor, Trx } from '../../platform/db/connect.js';
import type { AccountsService } from '../accounts/index.js';
import type { Announcement, PrivateRooms } from '../conversations/index.js';
import type { Notifier } from '../notifications/index.js';
import type { TopicsService } from '../profiles/index.js';
import type { TextSafety } from '../safety/index.js';
import type { GroupView } from './groups.policy.js';
import { presentGroup } from './groups.presenter.js';
import { type GroupRow, groupsRepo } from './groups.repo.js';
import { meetingsRepo } from './meetings.repo.js';
import { createMeetingReminders } from './meeting-reminders.js';
import { membershipRepo } from './membership.repo.js';
import { nextMeeting } from './schedule.js';

export const NEXT_MEETING_JOB = 'groups.next_meeting';
const nextMeetingKey = (groupId: string, at: string) => `${NEXT_MEETING_JOB}:${groupId}:${at}`;

export interface GroupsDependencies {
  notifier: Notifier;
  privateRooms: PrivateRooms;
  accounts: AccountsService;
  topics: TopicsService;
  /** When the person's suspension from shared spaces ends, or null. */
  suspendedUntil: (userId: string) => Promise<string | null>;
  /** The member's own country, so the finder prefers their Cambridge or Valencia over another one. */
  countryOf?: (userId: string) => Promise<string | null>;
  /** Meeting notes pass the safety screen like all text. */
  textSafety: TextSafety;
  /** A facilitator's supervisors hear of worrying words in their meeting notes. */
  supervisorsOf: (supporterId: string) => Promise<string[]>;
}

export type Later = (announcement: Announcement) => void;

export const groupLink = (groupId: string) => `/groups/${groupId}`;

export function createGroupCore(ctx: PlatformContext, deps: GroupsDependencies) {
  const { db, clock, jobs } = ctx;
  const now = () => clock.now();

  /** One transaction; what it announces (room joins and leaves) goes out only once it has committed. */
  async function transaction<T>(work: (trx: Trx, later: Later) => Promise<T>): Promise<T> {
    const announcements: Announcement[] = [];
    const result = await db.transaction().execute((trx) => work(trx, (announcement) => announcements.push(announcement)));
    for (const announce of announcements) announce();
    return result;
  }

  async function notify(trx: Trx, userIds: string[], kind: NotificationKind, group: GroupRow, data: Record<string, string | number | null> = {}): Promise<void> {
    for (const userId of new Set(userIds)) {
      await deps.notifier.notify(trx, { userId, kind, data: { groupName: group.name, ...data }, link: groupLink(group.id) });
    }
  }

  const reminders = createMeetingReminders(ctx, deps.notifier, notify);

  /** Someone takes a seat: they join the group's room and will be reminded of its next meeting. */
  async function seat(trx: Trx, group: GroupRow, membership: { id: string; user_id: string }, later: Later): Promise<void> {
    if (group.conversation_id) later(await deps.privateRooms.add(trx, group.conversation_id, membership.user_id, 'member'));
    const next = group.status === 'active' ? nextMeeting(group, await meetingsRepo.changes(trx, group.id), now()) : null;
    if (next) await reminders.schedule(trx, group.id, next, [membership.id]);
  }

  async function facilitatorIds(executor: DbExecutor, groupId: string): Promise<string[]> {
    return (await groupsRepo.facilitatorsOf(executor, [groupId])).map((f) => f.user_id);
  }

  /**
   * Freed seats go to the waitlist in order, in the same transaction that freed them: each person
   * promoted joins the room and is told. Stops when the group is full or nobody is waiting.
   */
  async function fillFreedSeats(trx: Trx, groupId: string, later: Later): Promise<string[]> {
    const promoted: string[] = [];
    for (;;) {
      const waiting = await membershipRepo.firstWaiting(trx, groupId);
      if (!waiting) break;
      const at = now().toISOString();
      if (!(await groupsRepo.takeSeat(trx, groupId, at))) break;
      await membershipRepo.update(trx, waiting.id, { status: 'member', waitlist_position: null, joined_at: at, updated_at: at });
      const group = (await groupsRepo.find(trx, groupId))!;
      await seat(trx, group, waiting, later);
      await notify(trx, [waiting.user_id], 'group.waitlist_promoted', group);
      promoted.push(waiting.user_id);
    }
    return promoted;
  }

  return {
    now,
    transaction,
    notify,
    facilitatorIds,
    fillFreedSeats,
    seat,
    reminders,

    /** Members and facilitators, except the person who made the change. */
    async everyoneBut(executor: DbExecutor, groupId: string, actorId: string): Promise<string[]> {
      const ids = [...(await membershipRepo.memberIds(executor, groupId)), ...(await facilitatorIds(executor, groupId))];
      return ids.filter((id) => id !== actorId);
    },

    async present(executor: DbExecutor, view: GroupView): Promise<GroupDto> {
      const [facilitators, waitlist] = await Promise.all([groupsRepo.facilitatorsOf(executor, [view.group.id]), membershipRepo.waitlistCounts(executor, [view.group.id])]);
      const position = view.membership?.status === 'waitlisted' && view.membership.waitlist_position !== null
        ? await membershipRepo.rank(executor, view.group.id, view.membership.waitlist_position) : null;
      return presentGroup(view, { facilitators, waitlistCount: waitlist.get(view.group.id) ?? 0, rank: position, now: now() });
    },

    /**
     * Keeps `next_meeting_at` (which the group finder searches and sorts on) true: the next meeting that
     * has not started and is not cancelled. A job at that time looks again once the meeting has begun.
     */
    async refreshNextMeeting(trx: DbExecutor, groupId: string): Promise<void> {
      const group = await groupsRepo.find(trx, groupId);
      if (!group) return;
      await jobs.cancel(trx, `${NEXT_MEETING_JOB}:${groupId}:*`);
      await reminders.cancelPending(trx, groupId);
      const next = group.status === 'active' ? nextMeeting(group, await meetingsRepo.changes(trx, groupId), now()) : null;
      const at = next?.start.toISOString() ?? null;
      if (at !== group.next_meeting_at) await groupsRepo.update(trx, groupId, { next_meeting_at: at });
      if (next) {
        await jobs.schedule(trx, { kind: NEXT_MEETING_JOB, runAt: next.start, payload: { groupId }, dedupeKey: nextMeetingKey(groupId, next.start.toISOString()) });
        await reminders.schedule(trx, groupId, next, await membershipRepo.seatIds(trx, groupId));
      }
    },

    /** A member's seat is given up (left, removed, account deleted): the room stops, the next person waiting gets the seat. */
    async vacate(trx: Trx, group: GroupRow, userId: string, removal: { by: string | null; reason: string | null }, later: Later): Promise<void> {
      await groupsRepo.releaseSeat(trx, group.id, now().toISOString());
      if (group.conversation_id) later(await deps.privateRooms.remove(trx, group.conversation_id, userId, removal));
      await fillFreedSeats(trx, group.id, later);
    },
  };
}

export type GroupCore = ReturnType<typeof createGroupCore>;

export type { Actor };
