import type { Selectable } from 'kysely';
import type { Role } from '../../../shared/roles.js';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { OnCallShiftsTable } from '../../platform/db/schema.js';

const shiftsWithHandles = (db: DbExecutor) =>
  db.selectFrom('on_call_shifts').innerJoin('users', 'users.id', 'on_call_shifts.user_id').selectAll('on_call_shifts').select('users.handle');

export type ShiftView = Awaited<ReturnType<ReturnType<typeof shiftsWithHandles>['executeTakeFirstOrThrow']>>;

export const onCallRepo = {
  async insert(db: DbExecutor, row: Selectable<OnCallShiftsTable>): Promise<void> {
    await db.insertInto('on_call_shifts').values(row).execute();
  },

  async remove(db: DbExecutor, id: string): Promise<boolean> {
    const result = await db.deleteFrom('on_call_shifts').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  find: (db: DbExecutor, id: string) => shiftsWithHandles(db).where('on_call_shifts.id', '=', id).executeTakeFirst(),

  /** Shifts not yet over, soonest first. */
  upcoming: (db: DbExecutor, nowIso: string) =>
    shiftsWithHandles(db).where('on_call_shifts.ends_at', '>', nowIso).orderBy('on_call_shifts.starts_at').orderBy('on_call_shifts.position').execute(),

  /** Who is on call at this moment, in the order they are tried. */
  async onCallAt(db: DbExecutor, nowIso: string): Promise<string[]> {
    const rows = await db.selectFrom('on_call_shifts').select('user_id')
      .where('starts_at', '<=', nowIso).where('ends_at', '>', nowIso)
      .orderBy('position').orderBy('starts_at').execute();
    return [...new Set(rows.map((row) => row.user_id))];
  },

  async holdersOf(db: DbExecutor, role: Role): Promise<string[]> {
    const rows = await db.selectFrom('user_roles').select('user_id').where('role', '=', role).orderBy('user_id').execute();
    return rows.map((row) => row.user_id);
  },
};
