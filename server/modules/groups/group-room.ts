import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { HttpProblem, problems } from '../../platform/errors.js';
import { groupsRepo } from './groups.repo.js';
import { membershipRepo } from './membership.repo.js';

/**
 * Who may write in a group's room: its facilitators, and members who hold the current agreement and
 * are not muted. Everything written there still passes the room's safety screen.
 */
export function groupRoomGate(db: Db, clock: Clock) {
  return async (conversationId: string, userId: string): Promise<HttpProblem | null> => {
    const group = await groupsRepo.byConversation(db, conversationId);
    if (!group) return null;
    if (group.status !== 'active') return problems.stateConflict('group_archived', 'This group has closed. Its room stays readable.');
    if (await groupsRepo.facilitator(db, group.id, userId)) return null;
    const membership = await membershipRepo.of(db, group.id, userId);
    if (membership?.status !== 'member') return problems.notFound('conversation');
    if (membership.muted_until && new Date(membership.muted_until) > clock.now()) {
      return new HttpProblem(403, 'muted', `A facilitator has paused your writing in this room until ${membership.muted_until}. You can still read, and your supporter and crisis lines are here for you.`);
    }
    if (membership.agreement_version !== group.agreement_version) {
      return problems.stateConflict('agreement_changed', 'The group agreement has changed. Please read and accept it on the group page to keep writing.');
    }
    return null;
  };
}
