import type { z } from 'zod';
import type {
  CheckInDto, CheckInPlanDto, checkInOutcomeInput, checkInPlanInput, feedbackInput, oneOffCheckInInput, RelationshipSummaryDto, rescheduleCheckInInput,
} from '../../../shared/contracts/support.js';
import type { SupportCardDto } from '../../../shared/contracts/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import { firstOccurrence, occurrencesBetween, recurrenceProblems } from '../../platform/calendar/recurrence.js';
import type { PlatformContext } from '../../platform/context.js';
import type { Trx } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { EndedRelationship } from '../matching/index.js';
import type { TextSafety } from '../safety/index.js';
import { type CheckInSchedule, JOB_KINDS, type Side } from './check-in-schedule.js';
import { presentCheckIn, presentPlan } from './check-ins.presenter.js';
import { checkInsRepo, type CheckInRow, type PlanRow } from './check-ins.repo.js';
import { closingNotesRepo } from './closing-notes.repo.js';
import type { Notifier } from '../notifications/index.js';
import { writtenIn } from './written-text.js';
import { relationshipViewFor, requireActive, requireParticipant, type RelationshipView } from './support.policy.js';
import { type RelationshipRow, supportRepo } from './support.repo.js';

const PREVIEW_COUNT = 4;
const UPCOMING_SHOWN = 6;
const HISTORY_SHOWN = 30;

type Participant = RelationshipView & { role: 'member' | 'supporter' };

export function createCheckInsService(ctx: PlatformContext, deps: { schedule: CheckInSchedule; notifier: Notifier; textSafety: TextSafety }) {
  const { db, clock, jobs } = ctx;
  const { schedule, notifier, textSafety } = deps;
  const now = () => clock.now();
  const people = (relationship: RelationshipRow) => ({ memberId: relationship.member_id, supporterId: relationship.supporter_id });
  const otherOf = (view: Participant) => (view.role === 'member' ? view.relationship.supporter_id : view.relationship.member_id);
  const link = (relationshipId: string) => `/support/${relationshipId}`;

  function preview(plan: PlanRow): Date[] {
    const from = plan.status === 'agreed' ? now() : new Date(0);
    return occurrencesBetween({ rule: plan.rrule, startsLocal: plan.starts_local, timeZone: plan.time_zone }, from, new Date(now().getTime() + 400 * 24 * 3600_000), PREVIEW_COUNT);
  }

  async function participantView(actor: Actor, relationshipId: string): Promise<Participant> {
    const view = await relationshipViewFor(db, actor, relationshipId);
    requireParticipant(view);
    requireActive(view);
    return view;
  }

  async function checkInFor(actor: Actor, checkInId: string): Promise<{ view: Participant; checkIn: CheckInRow }> {
    const checkIn = await checkInsRepo.checkIn(db, checkInId);
    if (!checkIn) throw problems.notFound('check-in');
    const view = await relationshipViewFor(db, actor, checkIn.relationship_id).catch(() => {
      throw problems.notFound('check-in');
    });
    requireParticipant(view);
    return { view, checkIn };
  }

  function assertFuture(plannedAt: string, field: string): void {
    if (new Date(plannedAt).getTime() <= now().getTime()) {
      throw problems.invalidFields([fieldError(field, 'in_past', 'Choose a time that has not passed yet.')]);
    }
  }

  async function freshCheckIn(id: string, relationship: RelationshipRow): Promise<CheckInDto> {
    return presentCheckIn((await checkInsRepo.checkIn(db, id))!, relationship);
  }

  return {
    async summary(actor: Actor, relationshipId: string): Promise<RelationshipSummaryDto> {
      const view = await relationshipViewFor(db, actor, relationshipId);
      const { relationship } = view;
      const at = now().toISOString();
      const [plans, upcoming, history, closing, memberZone, supporterZone] = await Promise.all([
        checkInsRepo.plansOf(db, relationshipId, ['proposed', 'agreed']),
        checkInsRepo.upcoming(db, relationshipId, at, UPCOMING_SHOWN),
        checkInsRepo.history(db, relationshipId, at, HISTORY_SHOWN),
        closingNotesRepo.of(db, relationshipId),
        supportRepo.timeZoneOf(db, relationship.member_id),
        supportRepo.timeZoneOf(db, relationship.supporter_id),
      ]);
      const planDto = (status: string): CheckInPlanDto | null => {
        const plan = plans.find((row) => row.status === status);
        return plan ? presentPlan(plan, relationship, preview(plan)) : null;
      };
      return {
        id: relationship.id,
        status: relationship.status,
        startedAt: relationship.started_at,
        endedAt: relationship.ended_at,
        myRole: view.role,
        member: { handle: relationship.member_handle, timeZone: memberZone },
        supporter: { handle: relationship.supporter_handle, timeZone: supporterZone },
        agreedPlan: planDto('agreed'),
        proposedPlan: planDto('proposed'),
        upcoming: upcoming.map((row) => presentCheckIn(row, relationship)),
        history: history.map((row) => presentCheckIn(row, relationship)),
        closingNotes: closing.flatMap((note) => {
          const authorRole = note.author_id === relationship.member_id ? 'member' : note.author_id === relationship.supporter_id ? 'supporter' : null;
          return authorRole ? [{ authorRole, note: note.note, createdAt: note.created_at }] : [];
        }),
      };
    },

    /** One side proposes a rhythm; it takes effect when the other side agrees. */
    async proposePlan(actor: Actor, relationshipId: string, input: z.output<typeof checkInPlanInput>): Promise<CheckInPlanDto> {
      const view = await participantView(actor, relationshipId);
      const timeZone = input.timeZone ?? (await supportRepo.timeZoneOf(db, actor.userId));
      const recurrence = { rule: input.rule, startsLocal: input.startsLocal, timeZone };
      const errors = recurrenceProblems(recurrence);
      if (errors.length > 0) throw problems.invalidFields(errors);
      if (firstOccurrence(recurrence)!.getTime() <= now().getTime()) {
        throw problems.invalidFields([fieldError('startsLocal', 'in_past', 'Choose a first meeting that has not passed yet.')]);
      }
      const at = now().toISOString();
      const plan: PlanRow = {
        id: newId(), relationship_id: relationshipId, rrule: input.rule.replace(/^RRULE:/i, '').toUpperCase(), starts_local: input.startsLocal, time_zone: timeZone,
        duration_minutes: input.durationMinutes, meeting_mode: input.meetingMode, meeting_detail: input.meetingDetail ?? null,
        status: 'proposed', proposed_by: actor.userId, agreed_at: null, created_at: at, updated_at: at,
      };
      await db.transaction().execute(async (trx) => {
        await checkInsRepo.setPlansStatus(trx, relationshipId, 'proposed', 'replaced', at);
        await checkInsRepo.insertPlan(trx, plan);
        await notifier.notify(trx, { userId: otherOf(view), kind: 'check_in.plan_proposed', data: { handle: actor.handle }, link: link(relationshipId) });
      });
      return presentPlan(plan, view.relationship, preview(plan));
    },

    /** The other side agrees (meetings are stored and reminders queued) or declines. */
    async answerPlan(actor: Actor, relationshipId: string, planId: string, agree: boolean): Promise<CheckInPlanDto> {
      const view = await participantView(actor, relationshipId);
      const plan = await checkInsRepo.plan(db, planId);
      if (!plan || plan.relationship_id !== relationshipId) throw problems.notFound('plan');
      if (plan.status !== 'proposed') throw problems.stateConflict('plan_answered', 'This proposal has already been answered or replaced.');
      if (plan.proposed_by === actor.userId) throw problems.stateConflict('own_proposal', 'The other person agrees to a rhythm you proposed.');
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        if (!agree) {
          if (!(await checkInsRepo.movePlan(trx, planId, 'proposed', { status: 'declined', updated_at: at }))) throw problems.stateConflict('plan_answered', 'This proposal has already been answered.');
          return;
        }
        await checkInsRepo.setPlansStatus(trx, relationshipId, 'agreed', 'replaced', at);
        if (!(await checkInsRepo.movePlan(trx, planId, 'proposed', { status: 'agreed', agreed_at: at, updated_at: at }))) {
          throw problems.stateConflict('plan_answered', 'This proposal has already been answered.');
        }
        await schedule.clearFuture(trx, relationshipId);
        await schedule.materialise(trx, { ...plan, status: 'agreed', agreed_at: at }, people(view.relationship), now());
        if (plan.proposed_by) {
          await notifier.notify(trx, { userId: plan.proposed_by, kind: 'check_in.plan_agreed', data: { handle: actor.handle }, link: link(relationshipId) });
        }
      });
      const answered = (await checkInsRepo.plan(db, planId))!;
      return presentPlan(answered, view.relationship, preview(answered));
    },

    /** Either side stops the regular rhythm; meetings already marked stay in history. */
    async endPlan(actor: Actor, relationshipId: string): Promise<void> {
      const view = await participantView(actor, relationshipId);
      const at = now().toISOString();
      await db.transaction().execute(async (trx) => {
        await checkInsRepo.setPlansStatus(trx, relationshipId, 'agreed', 'ended', at);
        await schedule.clearFuture(trx, relationshipId);
        await notifier.notify(trx, { userId: otherOf(view), kind: 'check_in.changed', data: { handle: actor.handle }, link: link(relationshipId) });
      });
    },

    async addOneOff(actor: Actor, relationshipId: string, input: z.output<typeof oneOffCheckInInput>): Promise<CheckInDto> {
      const view = await participantView(actor, relationshipId);
      assertFuture(input.plannedAt, 'plannedAt');
      const at = now().toISOString();
      const plannedAt = new Date(input.plannedAt).toISOString();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        const [added] = await checkInsRepo.insertOccurrences(trx, [{
          id, relationship_id: relationshipId, plan_id: null, planned_at: plannedAt, duration_minutes: input.durationMinutes, meeting_mode: input.meetingMode,
          meeting_detail: input.meetingDetail ?? null, status: 'planned', marked_by: null, marked_at: null, mood: null, mood_words: null, talked_about: null,
          created_at: at, updated_at: at,
        }]);
        if (!added) throw problems.invalidFields([fieldError('plannedAt', 'slot_taken', 'There is already a check-in at that time.')]);
        await schedule.queueFor(trx, { id, planned_at: plannedAt, duration_minutes: input.durationMinutes }, people(view.relationship));
        await notifier.notify(trx, { userId: otherOf(view), kind: 'check_in.changed', data: { handle: actor.handle, plannedAt }, link: link(relationshipId) });
      });
      return freshCheckIn(id, view.relationship);
    },

    /** A one-off change to one meeting: a new time, a different way to meet, or cancelling it. */
    async change(actor: Actor, checkInId: string, input: z.output<typeof rescheduleCheckInInput>): Promise<CheckInDto> {
      const { view, checkIn } = await checkInFor(actor, checkInId);
      requireActive(view);
      if (checkIn.status !== 'planned') throw problems.stateConflict('check_in_closed', 'This check-in has already been marked.');
      if (input.plannedAt) assertFuture(input.plannedAt, 'plannedAt');
      else if (new Date(checkIn.planned_at).getTime() <= now().getTime() && !input.cancel) throw problems.stateConflict('check_in_started', 'This check-in has already started.');
      const at = now().toISOString();
      const plannedAt = input.plannedAt ? new Date(input.plannedAt).toISOString() : checkIn.planned_at;
      await db.transaction().execute(async (trx) => {
        const changes = input.cancel
          ? { status: 'cancelled', marked_by: actor.userId, marked_at: at, updated_at: at }
          : { planned_at: plannedAt, meeting_mode: input.meetingMode ?? checkIn.meeting_mode, meeting_detail: input.meetingDetail === undefined ? checkIn.meeting_detail : input.meetingDetail, updated_at: at };
        const moved = await checkInsRepo.update(trx, checkInId, 'planned', changes).catch(() => {
          throw problems.invalidFields([fieldError('plannedAt', 'slot_taken', 'There is already a check-in at that time.')]);
        });
        if (!moved) throw problems.stateConflict('check_in_closed', 'This check-in has already been marked.');
        await schedule.unqueue(trx, checkInId);
        if (!input.cancel) await schedule.queueFor(trx, { id: checkInId, planned_at: plannedAt, duration_minutes: checkIn.duration_minutes }, people(view.relationship));
        await notifier.notify(trx, { userId: otherOf(view), kind: 'check_in.changed', data: { handle: actor.handle, plannedAt }, link: link(view.relationship.id) });
      });
      return freshCheckIn(checkInId, view.relationship);
    },

    /** Happened or missed, marked by either side; the mood check is the member's own. */
    async recordOutcome(actor: Actor, checkInId: string, input: z.output<typeof checkInOutcomeInput>): Promise<{ checkIn: CheckInDto; supportCard: SupportCardDto | null }> {
      const { view, checkIn } = await checkInFor(actor, checkInId);
      if (view.role !== 'member' && (input.mood != null || input.moodWords)) {
        throw problems.invalidFields([fieldError(input.mood != null ? 'mood' : 'moodWords', 'member_only', 'Only the member records their mood.')]);
      }
      if (input.mood == null && input.moodWords) throw problems.invalidFields([fieldError('mood', 'required', 'Choose a mood from 1 to 5 to go with the words.')]);
      if (!input.happened && (input.mood != null || input.talkedAbout)) {
        throw problems.invalidFields([fieldError(input.mood != null ? 'mood' : 'talkedAbout', 'not_for_missed', 'A missed check-in has no mood or notes.')]);
      }
      if (checkIn.status === 'cancelled') throw problems.stateConflict('check_in_cancelled', 'This check-in was cancelled.');
      if (new Date(checkIn.planned_at).getTime() > now().getTime()) throw problems.stateConflict('check_in_not_started', 'A check-in can be marked once its time has come.');
      const at = now().toISOString();
      const fromStatus = checkIn.status;
      await db.transaction().execute(async (trx) => {
        const kept = input.happened && view.role !== 'member' ? { mood: checkIn.mood, mood_words: checkIn.mood_words } : { mood: input.mood ?? null, mood_words: input.moodWords ?? null };
        const moved = await checkInsRepo.update(trx, checkInId, fromStatus, {
          status: input.happened ? 'happened' : 'missed', marked_by: actor.userId, marked_at: at, updated_at: at, ...kept,
          talked_about: input.talkedAbout === undefined ? checkIn.talked_about : input.talkedAbout,
        });
        if (!moved) throw problems.stateConflict('check_in_changed', 'Someone else marked this check-in just now. Reload to see it.');
        await jobs.cancel(trx, `${JOB_KINDS.nudgeMissed}:${checkInId}:*`);
        if (input.happened && fromStatus !== 'happened' && !(Boolean(checkIn.feedback_given))) {
          await notifier.notify(trx, { userId: view.relationship.member_id, kind: 'feedback.requested', data: { handle: view.relationship.supporter_handle }, link: link(view.relationship.id) });
        }
      });
      const words = [input.moodWords, input.talkedAbout].filter((text): text is string => Boolean(text)).join('\n');
      const screened = words ? await textSafety.screen(await writtenIn(db, actor, view.relationship, 'check_in', checkInId, words)) : null;
      return { checkIn: await freshCheckIn(checkInId, view.relationship), supportCard: screened?.supportCard ?? null };
    },

    /** The member's view of one check-in that happened, once. */
    async giveFeedback(actor: Actor, checkInId: string, input: z.output<typeof feedbackInput>): Promise<void> {
      const { view, checkIn } = await checkInFor(actor, checkInId);
      if (view.role !== 'member') throw problems.forbidden();
      if (checkIn.status !== 'happened') throw problems.stateConflict('check_in_not_happened', 'Feedback is for a check-in that happened.');
      const stored = await checkInsRepo.insertFeedback(db, {
        id: newId(), check_in_id: checkInId, relationship_id: view.relationship.id, supporter_id: view.relationship.supporter_id,
        felt_heard: input.feltHeard, worked_on_what_i_wanted: input.workedOnWhatIWanted, way_we_talked_suited_me: input.wayWeTalkedSuitedMe, overall: input.overall,
        created_at: now().toISOString(),
      });
      if (!stored) throw problems.stateConflict('feedback_given', 'You have already given feedback on this check-in.');
    },

    /** Runs a due reminder: only for a meeting still planned at the time it was queued for. */
    async remind(trx: Trx, payload: { checkInId: string; side: Side; plannedAt: string }): Promise<void> {
      const checkIn = await checkInsRepo.checkIn(trx, payload.checkInId);
      if (!checkIn || checkIn.status !== 'planned' || checkIn.planned_at !== payload.plannedAt) return;
      const relationship = await supportRepo.relationship(trx, checkIn.relationship_id);
      if (!relationship || relationship.status !== 'active') return;
      const [userId, otherHandle] = payload.side === 'member' ? [relationship.member_id, relationship.supporter_handle] : [relationship.supporter_id, relationship.member_handle];
      await notifier.notify(trx, { userId, kind: 'check_in.reminder', data: { handle: otherHandle, plannedAt: checkIn.planned_at, meetingMode: checkIn.meeting_mode }, link: link(relationship.id) });
    },

    /** After a meeting's end: if nobody marked it, ask both whether it happened. */
    async nudgeIfUnmarked(trx: Trx, payload: { checkInId: string; plannedAt: string }): Promise<void> {
      const checkIn = await checkInsRepo.checkIn(trx, payload.checkInId);
      if (!checkIn || checkIn.status !== 'planned' || checkIn.planned_at !== payload.plannedAt) return;
      const relationship = await supportRepo.relationship(trx, checkIn.relationship_id);
      if (!relationship || relationship.status !== 'active') return;
      for (const [userId, handle] of [[relationship.member_id, relationship.supporter_handle], [relationship.supporter_id, relationship.member_handle]] as const) {
        await notifier.notify(trx, { userId, kind: 'check_in.missed', data: { handle, plannedAt: checkIn.planned_at }, link: link(relationship.id) });
      }
    },

    /** When either side ends the relationship: no more meetings or reminders, and the other person is told. */
    async relationshipEnded(trx: Trx, ended: EndedRelationship): Promise<void> {
      await checkInsRepo.setPlansStatus(trx, ended.id, 'agreed', 'ended', now().toISOString());
      await checkInsRepo.setPlansStatus(trx, ended.id, 'proposed', 'replaced', now().toISOString());
      await schedule.clearFuture(trx, ended.id);
      const other = ended.endedBy === ended.memberId ? ended.supporterId : ended.memberId;
      await notifier.notify(trx, { userId: other, kind: 'relationship.ended', data: { handle: ended.endedByHandle }, link: link(ended.id) });
    },

    /** Stores the next stretch of an agreed plan's meetings. */
    async extend(trx: Trx, payload: { planId: string; from: string }): Promise<void> {
      const plan = await checkInsRepo.plan(trx, payload.planId);
      if (!plan || plan.status !== 'agreed') return;
      const relationship = await supportRepo.relationship(trx, plan.relationship_id);
      if (!relationship || relationship.status !== 'active') return;
      await schedule.materialise(trx, plan, people(relationship), new Date(payload.from));
    },
  };
}

export type CheckInsService = ReturnType<typeof createCheckInsService>;
