import type { Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { SessionNotesTable } from '../../platform/db/schema.js';

const notesWithAuthor = (db: DbExecutor) =>
  db.selectFrom('session_notes').leftJoin('users', 'users.id', 'session_notes.author_id').selectAll('session_notes').select('users.handle as author_handle');

export type SessionNoteRow = Awaited<ReturnType<ReturnType<typeof notesWithAuthor>['executeTakeFirstOrThrow']>>;

export const notesRepo = {
  async insert(db: DbExecutor, row: Selectable<SessionNotesTable>): Promise<void> {
    await db.insertInto('session_notes').values(row).execute();
  },

  find: (db: DbExecutor, id: string) => notesWithAuthor(db).where('session_notes.id', '=', id).executeTakeFirst(),

  /** Newest first; `sharedOnly` is the member's view. */
  of(db: DbExecutor, relationshipId: string, sharedOnly: boolean) {
    let query = notesWithAuthor(db).where('session_notes.relationship_id', '=', relationshipId);
    if (sharedOnly) query = query.where('session_notes.shared_with_member', '=', 1);
    return query.orderBy('session_notes.created_at', 'desc').execute();
  },

  async update(db: DbExecutor, id: string, changes: Updateable<SessionNotesTable>): Promise<void> {
    await db.updateTable('session_notes').set(changes).where('id', '=', id).execute();
  },
};
