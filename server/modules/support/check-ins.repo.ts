import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { CheckInFeedbackTable, CheckInPlansTable, CheckInsTable } from '../../platform/db/schema.js';

export type PlanRow = Selectable<CheckInPlansTable>;
export type CheckInRow = Selectable<CheckInsTable> & { feedback_given: number };

const checkInsWithFeedback = (db: DbExecutor) =>
  db.selectFrom('check_ins')
    .selectAll('check_ins')
    .select((eb) => eb.exists(eb.selectFrom('check_in_feedback').select('check_in_feedback.id').whereRef('check_in_feedback.check_in_id', '=', 'check_ins.id'))
      .$castTo<number>().as('feedback_given'));

export const checkInsRepo = {
  async insertPlan(db: DbExecutor, row: Insertable<CheckInPlansTable>): Promise<void> {
    await db.insertInto('check_in_plans').values(row).execute();
  },

  plan: (db: DbExecutor, id: string) => db.selectFrom('check_in_plans').selectAll().where('id', '=', id).executeTakeFirst(),

  plansOf: (db: DbExecutor, relationshipId: string, statuses: string[]) =>
    db.selectFrom('check_in_plans').selectAll().where('relationship_id', '=', relationshipId).where('status', 'in', statuses).orderBy('created_at', 'desc').execute(),

  /** A guarded move from one status to another: false when someone else moved it first. */
  async movePlan(db: DbExecutor, id: string, from: string, changes: Updateable<CheckInPlansTable>): Promise<boolean> {
    const result = await db.updateTable('check_in_plans').set(changes).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async setPlansStatus(db: DbExecutor, relationshipId: string, from: string, to: string, at: string): Promise<void> {
    await db.updateTable('check_in_plans').set({ status: to, updated_at: at }).where('relationship_id', '=', relationshipId).where('status', '=', from).execute();
  },

  /** Stores occurrences that are not stored yet; returns the ones it added. */
  async insertOccurrences(db: DbExecutor, rows: Array<Insertable<CheckInsTable>>): Promise<Array<Insertable<CheckInsTable>>> {
    const added: Array<Insertable<CheckInsTable>> = [];
    for (const row of rows) {
      const result = await db.insertInto('check_ins').values(row).onConflict((conflict) => conflict.columns(['relationship_id', 'planned_at']).doNothing()).executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) added.push(row);
    }
    return added;
  },

  /** Future meetings of a relationship's plans that nobody has marked yet, which a new rhythm replaces. */
  async deleteFuturePlanned(db: DbExecutor, relationshipId: string, after: string): Promise<string[]> {
    const doomed = await db.selectFrom('check_ins').select('id').where('relationship_id', '=', relationshipId)
      .where('plan_id', 'is not', null).where('status', '=', 'planned').where('planned_at', '>', after).execute();
    if (doomed.length > 0) await db.deleteFrom('check_ins').where('id', 'in', doomed.map((row) => row.id)).execute();
    return doomed.map((row) => row.id);
  },

  checkIn: (db: DbExecutor, id: string) => checkInsWithFeedback(db).where('check_ins.id', '=', id).executeTakeFirst(),

  upcoming: (db: DbExecutor, relationshipId: string, from: string, limit: number) =>
    checkInsWithFeedback(db).where('check_ins.relationship_id', '=', relationshipId).where('check_ins.status', '=', 'planned')
      .where('check_ins.planned_at', '>=', from).orderBy('check_ins.planned_at').limit(limit).execute(),

  history: (db: DbExecutor, relationshipId: string, before: string, limit: number) =>
    checkInsWithFeedback(db).where('check_ins.relationship_id', '=', relationshipId)
      .where((eb) => eb.or([eb('check_ins.status', '!=', 'planned'), eb('check_ins.planned_at', '<', before)]))
      .orderBy('check_ins.planned_at', 'desc').limit(limit).execute(),

  async update(db: DbExecutor, id: string, expectedStatus: string, changes: Updateable<CheckInsTable>): Promise<boolean> {
    const result = await db.updateTable('check_ins').set(changes).where('id', '=', id).where('status', '=', expectedStatus).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Every meeting the person is part of in a window, for their calendar feed. */
  forCalendar: (db: DbExecutor, userId: string, from: string, until: string) =>
    db.selectFrom('check_ins')
      .innerJoin('support_relationships', 'support_relationships.id', 'check_ins.relationship_id')
      .innerJoin('users as member', 'member.id', 'support_relationships.member_id')
      .innerJoin('users as supporter', 'supporter.id', 'support_relationships.supporter_id')
      .selectAll('check_ins')
      .select(['support_relationships.member_id', 'member.handle as member_handle', 'supporter.handle as supporter_handle'])
      .where((eb) => eb.or([eb('support_relationships.member_id', '=', userId), eb('support_relationships.supporter_id', '=', userId)]))
      .where('check_ins.planned_at', '>=', from).where('check_ins.planned_at', '<', until)
      .orderBy('check_ins.planned_at').execute(),

  async insertFeedback(db: DbExecutor, row: Selectable<CheckInFeedbackTable>): Promise<boolean> {
    const result = await db.insertInto('check_in_feedback').values(row).onConflict((conflict) => conflict.column('check_in_id').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  },

  feedbackFor: (db: DbExecutor, supporterId: string) =>
    db.selectFrom('check_in_feedback').select(['felt_heard', 'worked_on_what_i_wanted', 'way_we_talked_suited_me', 'overall', 'created_at'])
      .where('supporter_id', '=', supporterId).orderBy('created_at').execute(),
};
