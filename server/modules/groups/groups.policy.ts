import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { problems } from '../../platform/errors.js';
import { type FacilitatorRow, type GroupRow, groupsRepo } from './groups.repo.js';
import { type MembershipRow, membershipRepo } from './membership.repo.js';

/** Admins and supervisors start groups and choose their facilitators. */
export const CREATES_GROUPS: Access = ['admin', 'supervisor'];
/** Every other route decides per group below; the gate only asks for a session. */
export const GROUP_PEOPLE: Access = 'signed-in';

/** Staff who oversee groups: they see every group, and may edit them and manage members. */
export const isGroupStaff = (actor: Actor) => actor.roles.includes('admin') || actor.roles.includes('supervisor');

export interface GroupView {
  group: GroupRow;
  facilitator: FacilitatorRow | null;
  membership: MembershipRow | null;
  staff: boolean;
}

/** Waiting, invited or in: what lets someone see an invitation-only or archived group. */
const involved = (membership: MembershipRow | null) => membership !== null && ['member', 'waitlisted', 'invited'].includes(membership.status);

/**
 * How the actor stands to a group. Invitation-only and archived groups exist only for their members,
 * invitees, facilitators and staff: anyone else gets a 404, so a private group stays private.
 */
export async function groupViewFor(db: DbExecutor, actor: Actor, groupId: string): Promise<GroupView> {
  const group = await groupsRepo.find(db, groupId);
  if (!group) throw problems.notFound('group');
  const [facilitator, membership] = await Promise.all([groupsRepo.facilitator(db, groupId, actor.userId), membershipRepo.of(db, groupId, actor.userId)]);
  const view: GroupView = { group, facilitator: facilitator ?? null, membership: membership ?? null, staff: isGroupStaff(actor) };
  if (!canSee(view)) throw problems.notFound('group');
  return view;
}

export function canSee(view: GroupView): boolean {
  if (view.staff || view.facilitator || involved(view.membership)) return true;
  return view.group.listing === 'public' && view.group.status === 'active';
}

export const isMember = (view: GroupView) => view.membership?.status === 'member';

/** Facilitators run their group; staff may step in to edit it and manage its members. */
export function requireManager(view: GroupView): void {
  if (!view.facilitator && !view.staff) throw (isMember(view) || view.group.listing === 'public' ? problems.forbidden() : problems.notFound('group'));
}

/** Attendance and meeting notes are the facilitators' own work. */
export function requireFacilitator(view: GroupView): void {
  if (!view.facilitator) throw (view.staff || isMember(view) || view.group.listing === 'public' ? problems.forbidden() : problems.notFound('group'));
}

/** Notes are read by the group's facilitators and by supervisors (whose reads are audited). */
export function canReadNotes(view: GroupView, actor: Actor): 'facilitator' | 'supervisor' | null {
  if (view.facilitator) return 'facilitator';
  return actor.roles.includes('supervisor') ? 'supervisor' : null;
}

/** The video link and the room are for people in the group. */
export const seesPrivateDetails = (view: GroupView) => view.staff || view.facilitator !== null || isMember(view);
