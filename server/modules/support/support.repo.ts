import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { SupportRelationshipsTable } from '../../platform/db/schema.js';

export type RelationshipRow = Selectable<SupportRelationshipsTable> & { member_handle: string; supporter_handle: string };

/** Relationship and supervision lookups every part of one-to-one support shares. */
export const supportRepo = {
  relationship(db: DbExecutor, id: string): Promise<RelationshipRow | undefined> {
    return db.selectFrom('support_relationships')
      .innerJoin('users as member', 'member.id', 'support_relationships.member_id')
      .innerJoin('users as supporter', 'supporter.id', 'support_relationships.supporter_id')
      .selectAll('support_relationships')
      .select(['member.handle as member_handle', 'supporter.handle as supporter_handle'])
      .where('support_relationships.id', '=', id)
      .executeTakeFirst();
  },

  /** Relationships the person is part of, newest first. */
  relationshipsOf(db: DbExecutor, userId: string) {
    return db.selectFrom('support_relationships')
      .innerJoin('users as member', 'member.id', 'support_relationships.member_id')
      .innerJoin('users as supporter', 'supporter.id', 'support_relationships.supporter_id')
      .selectAll('support_relationships')
      .select(['member.handle as member_handle', 'supporter.handle as supporter_handle'])
      .where((eb) => eb.or([eb('support_relationships.member_id', '=', userId), eb('support_relationships.supporter_id', '=', userId)]))
      .orderBy('support_relationships.started_at', 'desc')
      .execute();
  },

  async activeSupportersOf(db: DbExecutor, memberId: string): Promise<string[]> {
    const rows = await db.selectFrom('support_relationships').select('supporter_id')
      .where('member_id', '=', memberId).where('status', '=', 'active').execute();
    return rows.map((row) => row.supporter_id);
  },

  async supervisorsOf(db: DbExecutor, supporterId: string): Promise<string[]> {
    const rows = await db.selectFrom('supervision_assignments').select('supervisor_id').where('supporter_id', '=', supporterId).execute();
    return rows.map((row) => row.supervisor_id);
  },

  async supervises(db: DbExecutor, supervisorId: string, supporterId: string): Promise<boolean> {
    const row = await db.selectFrom('supervision_assignments').select('supervisor_id')
      .where('supervisor_id', '=', supervisorId).where('supporter_id', '=', supporterId).executeTakeFirst();
    return row !== undefined;
  },

  /** A person's time zone from their profile; UTC when they have not set one. */
  async timeZoneOf(db: DbExecutor, userId: string): Promise<string> {
    const row = await db.selectFrom('profiles').select('time_zone').where('user_id', '=', userId).executeTakeFirst();
    return row?.time_zone || 'UTC';
  },

  userBasics: (db: DbExecutor, userId: string) => db.selectFrom('users').select(['id', 'handle', 'locale']).where('id', '=', userId).executeTakeFirst(),
};
