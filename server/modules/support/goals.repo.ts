import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { GoalStepsTable, GoalsTable, GoalUpdatesTable } from '../../platform/db/schema.js';

export type GoalRow = Selectable<GoalsTable>;
export type GoalStepRow = Selectable<GoalStepsTable> & { suggested_by_handle: string | null };
export type GoalUpdateRow = Selectable<GoalUpdatesTable> & { author_handle: string | null };

/** A goal with its steps and updates, as every reader of a goal sees it. */
export interface GoalRecord {
  goal: GoalRow;
  steps: GoalStepRow[];
  updates: GoalUpdateRow[];
}

/** Active first (newest first), then history, most recently closed first. */
const STATUS_ORDER = ['active', 'completed', 'set_aside'];

function sortGoals(goals: GoalRow[]): GoalRow[] {
  return [...goals].sort((a, b) => {
    const aActive = a.status === 'active' ? 0 : 1;
    const bActive = b.status === 'active' ? 0 : 1;
    if (aActive !== bActive) return aActive - bActive;
    const aWhen = aActive === 0 ? a.created_at : (a.closed_at ?? a.updated_at);
    const bWhen = bActive === 0 ? b.created_at : (b.closed_at ?? b.updated_at);
    if (aWhen !== bWhen) return aWhen < bWhen ? 1 : -1;
    return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.id < b.id ? 1 : -1);
  });
}

/** Every query of recovery goals. */
export const goalsRepo = {
  findGoal(db: DbExecutor, id: string): Promise<GoalRow | undefined> {
    return db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Steps and updates for the given goals, attached in one query each. */
  async withDetails(db: DbExecutor, goals: GoalRow[]): Promise<GoalRecord[]> {
    if (goals.length === 0) return [];
    const ids = goals.map((goal) => goal.id);
    const [steps, updates] = await Promise.all([
      db.selectFrom('goal_steps').leftJoin('users', 'users.id', 'goal_steps.suggested_by')
        .selectAll('goal_steps').select('users.handle as suggested_by_handle')
        .where('goal_steps.goal_id', 'in', ids).orderBy('goal_steps.position').orderBy('goal_steps.created_at').execute(),
      db.selectFrom('goal_updates').leftJoin('users', 'users.id', 'goal_updates.author_id')
        .selectAll('goal_updates').select('users.handle as author_handle')
        .where('goal_updates.goal_id', 'in', ids).orderBy('goal_updates.created_at').orderBy('goal_updates.id').execute(),
    ]);
    return sortGoals(goals).map((goal) => ({
      goal,
      steps: steps.filter((step) => step.goal_id === goal.id),
      updates: updates.filter((update) => update.goal_id === goal.id),
    }));
  },

  async record(db: DbExecutor, id: string): Promise<GoalRecord | undefined> {
    const goal = await goalsRepo.findGoal(db, id);
    return goal ? (await goalsRepo.withDetails(db, [goal]))[0] : undefined;
  },

  /** All of a member's goals, or only those they share with their supporters. */
  async goalsOf(db: DbExecutor, memberId: string, options: { sharedOnly?: boolean } = {}): Promise<GoalRecord[]> {
    let query = db.selectFrom('goals').selectAll().where('member_id', '=', memberId);
    if (options.sharedOnly) query = query.where('visibility', '=', 'shared');
    return goalsRepo.withDetails(db, await query.execute());
  },

  async insertGoal(db: DbExecutor, row: Insertable<GoalsTable>): Promise<void> {
    await db.insertInto('goals').values(row).execute();
  },

  async updateGoal(db: DbExecutor, id: string, changes: Updateable<GoalsTable>): Promise<void> {
    await db.updateTable('goals').set(changes).where('id', '=', id).execute();
  },

  async touchGoal(db: DbExecutor, id: string, at: string): Promise<void> {
    await db.updateTable('goals').set({ updated_at: at }).where('id', '=', id).execute();
  },

  async stepCount(db: DbExecutor, goalId: string): Promise<number> {
    const row = await db.selectFrom('goal_steps').select((eb) => eb.fn.countAll<string | number>().as('count')).where('goal_id', '=', goalId).executeTakeFirst();
    return Number(row?.count ?? 0);
  },

  async nextPosition(db: DbExecutor, goalId: string): Promise<number> {
    const row = await db.selectFrom('goal_steps').select((eb) => eb.fn.max('position').as('last')).where('goal_id', '=', goalId).executeTakeFirst();
    return row?.last === null || row?.last === undefined ? 1 : Number(row.last) + 1;
  },

  findStep(db: DbExecutor, goalId: string, stepId: string): Promise<Selectable<GoalStepsTable> | undefined> {
    return db.selectFrom('goal_steps').selectAll().where('goal_id', '=', goalId).where('id', '=', stepId).executeTakeFirst();
  },

  async insertSteps(db: DbExecutor, rows: Insertable<GoalStepsTable>[]): Promise<void> {
    if (rows.length > 0) await db.insertInto('goal_steps').values(rows).execute();
  },

  async updateStep(db: DbExecutor, stepId: string, changes: Updateable<GoalStepsTable>): Promise<void> {
    await db.updateTable('goal_steps').set(changes).where('id', '=', stepId).execute();
  },

  async deleteStep(db: DbExecutor, stepId: string): Promise<void> {
    await db.deleteFrom('goal_steps').where('id', '=', stepId).execute();
  },

  async insertUpdate(db: DbExecutor, row: Insertable<GoalUpdatesTable>): Promise<void> {
    await db.insertInto('goal_updates').values(row).execute();
  },

  /** What the person wrote on other members' goals: suggestions and progress notes, without those goals. */
  async contributionsBy(db: DbExecutor, userId: string) {
    const [steps, updates] = await Promise.all([
      db.selectFrom('goal_steps').innerJoin('goals', 'goals.id', 'goal_steps.goal_id')
        .select(['goal_steps.text', 'goal_steps.status', 'goal_steps.created_at'])
        .where('goal_steps.suggested_by', '=', userId).where('goals.member_id', '!=', userId).orderBy('goal_steps.created_at').execute(),
      db.selectFrom('goal_updates').innerJoin('goals', 'goals.id', 'goal_updates.goal_id')
        .select(['goal_updates.note', 'goal_updates.created_at'])
        .where('goal_updates.author_id', '=', userId).where('goals.member_id', '!=', userId).orderBy('goal_updates.created_at').execute(),
    ]);
    return { stepsSuggested: steps, updatesWritten: updates };
  },

  /**
   * The person's own goals go entirely. On other members' goals, suggestions still waiting for an answer
   * go; steps the member took on and progress notes stay in the member's history, from nobody.
   */
  async erase(db: DbExecutor, userId: string): Promise<void> {
    const own = db.selectFrom('goals').select('id').where('member_id', '=', userId);
    await db.deleteFrom('goal_updates').where('goal_id', 'in', own).execute();
    await db.deleteFrom('goal_steps').where('goal_id', 'in', own).execute();
    await db.deleteFrom('goals').where('member_id', '=', userId).execute();
    await db.deleteFrom('goal_steps').where('suggested_by', '=', userId).where('status', '=', 'suggested').execute();
    await db.updateTable('goal_steps').set({ suggested_by: null }).where('suggested_by', '=', userId).execute();
    await db.updateTable('goal_updates').set({ author_id: null }).where('author_id', '=', userId).execute();
  },
};
