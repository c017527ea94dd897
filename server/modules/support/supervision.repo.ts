import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { SupervisionAssignmentsTable } from '../../platform/db/schema.js';

const withHandles = (db: DbExecutor) =>
  db.selectFrom('supervision_assignments')
    .innerJoin('users as supporter', 'supporter.id', 'supervision_assignments.supporter_id')
    .innerJoin('users as supervisor', 'supervisor.id', 'supervision_assignments.supervisor_id')
    .select([
      'supervision_assignments.supporter_id as supporterId', 'supporter.handle as supporterHandle',
      'supervision_assignments.supervisor_id as supervisorId', 'supervisor.handle as supervisorHandle', 'supervision_assignments.created_at as createdAt',
    ]);

export const supervisionRepo = {
  list: (db: DbExecutor) => withHandles(db).orderBy('supporter.handle').execute(),

  supportersOf: (db: DbExecutor, supervisorId: string) => withHandles(db).where('supervision_assignments.supervisor_id', '=', supervisorId).orderBy('supporter.handle').execute(),

  async rolesOf(db: DbExecutor, userId: string): Promise<string[]> {
    return (await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()).map((row) => row.role);
  },

  async insert(db: DbExecutor, row: Selectable<SupervisionAssignmentsTable>): Promise<void> {
    await db.insertInto('supervision_assignments').values(row).onConflict((conflict) => conflict.columns(['supporter_id', 'supervisor_id']).doNothing()).execute();
  },

  async remove(db: DbExecutor, supporterId: string, supervisorId: string): Promise<boolean> {
    const result = await db.deleteFrom('supervision_assignments').where('supporter_id', '=', supporterId).where('supervisor_id', '=', supervisorId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
