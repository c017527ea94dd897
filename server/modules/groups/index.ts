import type { PlatformContext } from '../../platform/context.js';
import type { ModulePlugin } from '../../platform/http.js';
import { facilitationRoutes } from './facilitation.routes.js';
import { finderRoutes } from './finder.routes.js';
import { createFinderService } from './finder.service.js';
import { createFacilitationService } from './facilitation.service.js';
import { createGroupCore, type GroupsDependencies, NEXT_MEETING_JOB } from './group-core.js';
import { registerGroupsPersonalData } from './groups.personal-data.js';
import { groupsRoutes } from './groups.routes.js';
import { createGroupsService } from './groups.service.js';
import { MEETING_REMINDER_JOB } from './meeting-reminders.js';
import { meetingsRoutes } from './meetings.routes.js';
import { createMeetingsService } from './meetings.service.js';
import { membershipRoutes } from './membership.routes.js';
import { createMembershipService } from './membership.service.js';

export type { GroupsDependencies } from './group-core.js';
/** Built before the conversations module, which asks it who may write in a group's room. */
export { groupRoomGate } from './group-room.js';
/** For the support module's calendar feed: the person's group meetings. */
export { groupMeetingEvents } from './groups.calendar.js';

/**
 * Peer-led groups: facilitators, membership with an ordered waitlist, recurring meetings with one-off
 * changes, RSVPs, attendance, meeting notes with a fidelity checklist, and the group's own room.
 */
export function groupsModule(ctx: PlatformContext, deps: GroupsDependencies) {
  const core = createGroupCore(ctx, deps);
  const groups = createGroupsService(ctx, deps, core);
  const membership = createMembershipService(ctx, deps, core);
  const meetings = createMeetingsService(ctx, core);
  const facilitation = createFacilitationService(ctx, core, meetings, deps);
  const finder = createFinderService(ctx, deps.countryOf ? { countryOf: deps.countryOf } : {});
  ctx.jobs.register(NEXT_MEETING_JOB, (payload: { groupId: string }, job) => core.refreshNextMeeting(job.trx, payload.groupId));
  ctx.jobs.register(MEETING_REMINDER_JOB, (payload, job) => core.reminders.remind(job.trx, payload));
  registerGroupsPersonalData(ctx.personalData, { leaveAll: membership.leaveAllOnErase });

  const routes: ModulePlugin = async (app) => {
    await app.register(finderRoutes(finder));
    await app.register(groupsRoutes(groups));
    await app.register(membershipRoutes(membership));
    await app.register(meetingsRoutes(meetings));
    await app.register(facilitationRoutes(facilitation));
  };
  return { groups, membership, meetings, facilitation, routes };
}

export type GroupsModule = ReturnType<typeof groupsModule>;
