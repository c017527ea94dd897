import type {
  AddGoalUpdateInput,
  AddStepInput,
  CreateGoalInput,
  GoalChangeDto,
  GoalDto,
  GoalListDto,
  RelationshipGoalsDto,
  UpdateGoalInput,
  UpdateStepInput,
} from '../../../shared/contracts/goals.js';
import { GOAL_STEPS_MAX } from '../../../shared/contracts/goals.js';
import type { SupportCardDto } from '../../../shared/contracts/safety.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit.js';
import type { PlatformContext } from '../../platform/context.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import { fieldError, problems } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { TextSafety } from '../safety/index.js';
import { registerGoalsPersonalData } from './goals.personal-data.js';
import { acceptsWork, can, type GoalAction, goalRoleFor, type GoalRole, seesSharedGoals } from './goals.policy.js';
import { presentGoal } from './goals.presenter.js';
import { type GoalRow, goalsRepo } from './goals.repo.js';
import { relationshipViewFor } from './support.policy.js';
import { supportRepo } from './support.repo.js';

export type GoalsService = ReturnType<typeof createGoalsService>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last calendar day that is already over everywhere on Earth (the day before today at UTC-12).
 * A target date is refused only when it is in the past for everyone, so nobody is refused their own
 * "today" because the server's clock is in another time zone.
 */
export function lastDayOverEverywhere(now: Date): string {
  return new Date(now.getTime() - 12 * 60 * 60 * 1000 - DAY_MS).toISOString().slice(0, 10);
}

/** Words written in one request, screened together; the text sent to carers is exactly this and no more. */
interface Written {
  goal: Pick<GoalRow, 'id' | 'member_id'>;
  sourceId: string;
  pieces: Array<string | null | undefined>;
}

/**
 * Recovery goals: the member's own, with small steps, a supporter's suggestions and progress updates.
 * Creating the service registers the goals section of "Download my data" and "Delete my account", so
 * wiring `goalsRoutes(createGoalsService(...))` in is all a module needs to do.
 */
export function createGoalsService(ctx: PlatformContext, deps: { textSafety: TextSafety }) {
  const { db, clock } = ctx;
  registerGoalsPersonalData(ctx.personalData);

  function assertNotPast(targetDate: string | null | undefined): void {
    if (targetDate && targetDate <= lastDayOverEverywhere(clock.now())) {
      throw problems.invalidFields([fieldError('targetDate', 'date_in_past', 'Choose today or a later date.')]);
    }
  }

  async function present(executor: DbExecutor, goalId: string): Promise<GoalDto> {
    const record = await goalsRepo.record(executor, goalId);
    if (!record) throw problems.notFound('goal');
    return presentGoal(record);
  }

  /** The goal and how the actor stands to it; a 404 for anyone without access, so existence stays private. */
  async function goalFor(executor: DbExecutor, actor: Actor, goalId: string): Promise<{ goal: GoalRow; role: GoalRole }> {
    const goal = await goalsRepo.findGoal(executor, goalId);
    if (!goal) throw problems.notFound('goal');
    const supporters = goal.member_id === actor.userId ? [] : await supportRepo.activeSupportersOf(executor, goal.member_id);
    const role = goalRoleFor(actor, goal, supporters);
    if (!role) throw problems.notFound('goal');
    return { goal, role };
  }

  /** For changes to work on a goal: someone who can see the goal but not do this gets a 403, and history is read-only. */
  async function workableGoal(executor: DbExecutor, actor: Actor, goalId: string, action: GoalAction) {
    const found = await goalFor(executor, actor, goalId);
    if (action !== 'delete_step' && !can(actor, found.role, action)) throw problems.forbidden();
    if (!acceptsWork(found.goal)) {
      throw problems.stateConflict('goal_closed', 'This goal is in history. Make it active again to change its steps or add updates.');
    }
    return found;
  }

  async function ownGoal(executor: DbExecutor, actor: Actor, goalId: string): Promise<GoalRow> {
    const goal = await goalsRepo.findGoal(executor, goalId);
    if (!goal || goal.member_id !== actor.userId) throw problems.notFound('goal');
    return goal;
  }

  /**
   * After the write commits, like chat: words of concern reach the member's active supporters (for private
   * goals too: safety outranks privacy here, and the notice holds only the words just written), and a
   * supporter's own supervisors when the words are theirs. The support card is for a member writing about
   * themselves.
   */
  async function screen(actor: Actor, written: Written): Promise<SupportCardDto | null> {
    const text = written.pieces.map((piece) => piece?.trim() ?? '').filter((piece) => piece.length > 0).join('\n');
    if (!text) return null;
    const carers = new Set(await supportRepo.activeSupportersOf(db, written.goal.member_id));
    if (actor.userId !== written.goal.member_id) for (const supervisor of await supportRepo.supervisorsOf(db, actor.userId)) carers.add(supervisor);
    const result = await deps.textSafety.screen({
      authorId: actor.userId, memberId: written.goal.member_id, source: 'goal', sourceId: written.sourceId, text, locale: actor.locale, carers: [...carers],
    });
    return result.supportCard;
  }

  async function changed(actor: Actor, goalId: string, written: Written | null): Promise<GoalChangeDto> {
    const supportCard = written ? await screen(actor, written) : null;
    return { goal: await present(db, goalId), supportCard };
  }

  return {
    async mine(actor: Actor): Promise<GoalListDto> {
      return { goals: (await goalsRepo.goalsOf(db, actor.userId)).map(presentGoal) };
    },

    async create(actor: Actor, input: CreateGoalInput): Promise<GoalChangeDto> {
      assertNotPast(input.targetDate);
      const at = clock.now().toISOString();
      const goal = { id: newId(), member_id: actor.userId };
      await db.transaction().execute(async (trx) => {
        await goalsRepo.insertGoal(trx, {
          ...goal, title: input.title, why: input.why, target_date: input.targetDate, visibility: input.visibility, status: 'active',
          created_at: at, updated_at: at, closed_at: null,
        });
        // The member's own steps record them as who wrote them, as a supporter's suggestion records the supporter.
        await goalsRepo.insertSteps(trx, input.steps.map((text, index) => ({
          id: newId(), goal_id: goal.id, text, status: 'open', suggested_by: actor.userId, position: index + 1, created_at: at, done_at: null,
        })));
      });
      return changed(actor, goal.id, { goal, sourceId: goal.id, pieces: [input.title, input.why, ...input.steps] });
    },

    /** Completing or setting aside keeps the goal in history with the time it closed; reopening clears it. */
    async update(actor: Actor, goalId: string, input: UpdateGoalInput): Promise<GoalChangeDto> {
      const goal = await db.transaction().execute(async (trx) => {
        const current = await ownGoal(trx, actor, goalId);
        if (input.targetDate !== undefined && input.targetDate !== current.target_date) assertNotPast(input.targetDate);
        const at = clock.now().toISOString();
        const statusChanges = input.status !== undefined && input.status !== current.status;
        await goalsRepo.updateGoal(trx, goalId, {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.why !== undefined ? { why: input.why } : {}),
          ...(input.targetDate !== undefined ? { target_date: input.targetDate } : {}),
          ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
          ...(statusChanges ? { status: input.status, closed_at: input.status === 'active' ? null : at } : {}),
          updated_at: at,
        });
        return current;
      });
      const pieces = [input.title !== goal.title ? input.title : null, input.why !== goal.why ? input.why : null];
      return changed(actor, goalId, { goal, sourceId: goalId, pieces });
    },

    /** The member adds a step to work on; their supporter adds a suggestion that waits for the member. */
    async addStep(actor: Actor, goalId: string, input: AddStepInput): Promise<GoalChangeDto> {
      const stepId = newId();
      const { goal } = await db.transaction().execute(async (trx) => {
        const found = await workableGoal(trx, actor, goalId, 'add_step');
        if ((await goalsRepo.stepCount(trx, goalId)) >= GOAL_STEPS_MAX) throw problems.invalidFields([fieldError('text', 'too_many', `A goal keeps at most ${GOAL_STEPS_MAX} steps.`)]);
        const at = clock.now().toISOString();
        await goalsRepo.insertSteps(trx, [{
          id: stepId, goal_id: goalId, text: input.text, status: found.role === 'member' ? 'open' : 'suggested', suggested_by: actor.userId,
          position: await goalsRepo.nextPosition(trx, goalId), created_at: at, done_at: null,
        }]);
        await goalsRepo.touchGoal(trx, goalId, at);
        return found;
      });
      return changed(actor, goalId, { goal, sourceId: stepId, pieces: [input.text] });
    },

    /** The member's alone: take on a suggestion ('open'), tick a step off ('done') or back, reword it. */
    async updateStep(actor: Actor, goalId: string, stepId: string, input: UpdateStepInput): Promise<GoalChangeDto> {
      const { goal, step } = await db.transaction().execute(async (trx) => {
        const found = await workableGoal(trx, actor, goalId, 'change_step');
        const current = await goalsRepo.findStep(trx, goalId, stepId);
        if (!current) throw problems.notFound('step');
        const at = clock.now().toISOString();
        await goalsRepo.updateStep(trx, stepId, {
          ...(input.text !== undefined ? { text: input.text } : {}),
          ...(input.status !== undefined && input.status !== current.status
            ? { status: input.status, done_at: input.status === 'done' ? at : null }
            : {}),
        });
        await goalsRepo.touchGoal(trx, goalId, at);
        return { goal: found.goal, step: current };
      });
      return changed(actor, goalId, { goal, sourceId: stepId, pieces: [input.text !== step.text ? input.text : null] });
    },

    /** The member removes any step (declining a suggestion too); a supporter withdraws a suggestion still waiting. */
    async deleteStep(actor: Actor, goalId: string, stepId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const { role } = await workableGoal(trx, actor, goalId, 'delete_step');
        const step = await goalsRepo.findStep(trx, goalId, stepId);
        if (!step) throw problems.notFound('step');
        if (!can(actor, role, 'delete_step', step)) throw problems.forbidden();
        await goalsRepo.deleteStep(trx, stepId);
        await goalsRepo.touchGoal(trx, goalId, clock.now().toISOString());
      });
    },

    /** Progress, in the words of the member or their supporter. */
    async addUpdate(actor: Actor, goalId: string, input: AddGoalUpdateInput): Promise<GoalChangeDto> {
      const updateId = newId();
      const { goal } = await db.transaction().execute(async (trx) => {
        const found = await workableGoal(trx, actor, goalId, 'add_update');
        const at = clock.now().toISOString();
        await goalsRepo.insertUpdate(trx, { id: updateId, goal_id: goalId, author_id: actor.userId, note: input.note, created_at: at });
        await goalsRepo.touchGoal(trx, goalId, at);
        return found;
      });
      return changed(actor, goalId, { goal, sourceId: updateId, pieces: [input.note] });
    },

    /**
     * The member's shared goals on a relationship's page. A supervisor's read is staff access to a member's
     * words, so it is audited in the same transaction as the read.
     */
    async forRelationship(actor: Actor, relationshipId: string, ip: string): Promise<RelationshipGoalsDto> {
      return db.transaction().execute(async (trx) => {
        const view = await relationshipViewFor(trx, actor, relationshipId);
        const { relationship } = view;
        const visible = seesSharedGoals(view);
        const goals = visible ? await goalsRepo.goalsOf(trx, relationship.member_id, { sharedOnly: true }) : [];
        if (view.role === 'supervisor' && visible) {
          await recordAudit(trx, {
            action: 'goals.viewed', at: clock.now(), actorId: actor.userId, subjectType: 'user', subjectId: relationship.member_id, ip,
            details: { relationshipId, goals: goals.length },
          });
        }
        return {
          relationship: {
            id: relationship.id, status: relationship.status, memberHandle: relationship.member_handle, supporterHandle: relationship.supporter_handle, myRole: view.role,
          },
          goals: goals.map(presentGoal),
        };
      });
    },
  };
}
