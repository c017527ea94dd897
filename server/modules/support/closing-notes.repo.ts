import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { RelationshipClosingNotesTable } from '../../platform/db/schema.js';

export const closingNotesRepo = {
  of: (db: DbExecutor, relationshipId: string) =>
    db.selectFrom('relationship_closing_notes').selectAll().where('relationship_id', '=', relationshipId).orderBy('created_at').execute(),

  /** One note per person per relationship: false when they already wrote theirs. */
  async insert(db: DbExecutor, row: Selectable<RelationshipClosingNotesTable>): Promise<boolean> {
    const result = await db.insertInto('relationship_closing_notes').values(row)
      .onConflict((conflict) => conflict.columns(['relationship_id', 'author_id']).doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  },
};
