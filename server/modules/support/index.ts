import type { PlatformContext } from '../../platform/context.js';
import type { ModulePlugin } from '../../platform/http.js';
import type { Notifier } from '../notifications/index.js';
import type { TextSafety } from '../safety/index.js';
import { calendarRoutes } from './calendar.routes.js';
import { type CalendarSource, checkInEvents, createCalendarService } from './calendar.service.js';
import { createCheckInSchedule, JOB_KINDS } from './check-in-schedule.js';
import { checkInsRoutes } from './check-ins.routes.js';
import { createCheckInsService } from './check-ins.service.js';
import { createFeedbackService } from './feedback.service.js';
import { goalsRoutes } from './goals.routes.js';
import { createGoalsService } from './goals.service.js';
import { notesRoutes } from './notes.routes.js';
import { createNotesService } from './notes.service.js';
import { supervisionRoutes } from './supervision.routes.js';
import { createSupervisionService } from './supervision.service.js';
import { registerSupportPersonalData } from './support.personal-data.js';
import { supportRepo } from './support.repo.js';

export type { CalendarSource } from './calendar.service.js';

/** One-to-one support over months: recovery goals, agreed check-in rhythms, session notes, feedback, calendars, supervision. */
export function supportModule(ctx: PlatformContext, deps: { notifier: Notifier; textSafety: TextSafety; calendarSources?: CalendarSource[] }) {
  const schedule = createCheckInSchedule({ clock: ctx.clock, jobs: ctx.jobs, notifier: deps.notifier });
  const checkIns = createCheckInsService(ctx, { schedule, notifier: deps.notifier, textSafety: deps.textSafety });
  const notes = createNotesService(ctx, deps);
  const feedback = createFeedbackService(ctx);
  const supervision = createSupervisionService(ctx);
  const goals = createGoalsService(ctx, { textSafety: deps.textSafety });
  const calendar = createCalendarService(ctx, [checkInEvents(ctx.config.publicUrl), ...(deps.calendarSources ?? [])]);
  ctx.jobs.register(JOB_KINDS.remind, (payload, job) => checkIns.remind(job.trx, payload));
  ctx.jobs.register(JOB_KINDS.nudgeMissed, (payload, job) => checkIns.nudgeIfUnmarked(job.trx, payload));
  ctx.jobs.register(JOB_KINDS.extend, (payload, job) => checkIns.extend(job.trx, payload));
  registerSupportPersonalData(ctx.personalData);

  const routes: ModulePlugin = async (app) => {
    await app.register(goalsRoutes(goals));
    await app.register(checkInsRoutes(checkIns));
    await app.register(notesRoutes(notes));
    await app.register(supervisionRoutes(supervision, feedback));
    await app.register(calendarRoutes(calendar));
  };
  /** Who supervises a supporter, for words a supporter writes elsewhere (a group meeting note). */
  const supervisorsOf = (supporterId: string) => supportRepo.supervisorsOf(ctx.db, supporterId);
  return { goals, checkIns, notes, calendar, supervision, supervisorsOf, routes };
}
