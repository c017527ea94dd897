import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { MatchOffersTable, SupportRelationshipsTable, SupportRequestsTable } from '../../platform/db/schema.js';

export type RequestRow = Selectable<SupportRequestsTable>;
export type OfferRow = Selectable<MatchOffersTable>;
export type RelationshipRow = Selectable<SupportRelationshipsTable>;

const offerWithHandles = (db: DbExecutor) =>
  db
    .selectFrom('match_offers')
    .innerJoin('users as member', 'member.id', 'match_offers.member_id')
    .innerJoin('users as supporter', 'supporter.id', 'match_offers.supporter_id')
    .selectAll('match_offers')
    .select(['member.handle as member_handle', 'supporter.handle as supporter_handle']);

const relationshipWithHandles = (db: DbExecutor) =>
  db
    .selectFrom('support_relationships')
    .innerJoin('users as member', 'member.id', 'support_relationships.member_id')
    .innerJoin('users as supporter', 'supporter.id', 'support_relationships.supporter_id')
    .selectAll('support_relationships')
    .select(['member.handle as member_handle', 'supporter.handle as supporter_handle']);

export type OfferView = Awaited<ReturnType<ReturnType<typeof offerWithHandles>['executeTakeFirstOrThrow']>>;
export type RelationshipView = Awaited<ReturnType<ReturnType<typeof relationshipWithHandles>['executeTakeFirstOrThrow']>>;

export const matchingRepo = {
  async insertRequest(db: DbExecutor, row: RequestRow): Promise<void> {
    await db.insertInto('support_requests').values(row).execute();
  },

  findRequest(db: DbExecutor, id: string) {
    return db.selectFrom('support_requests').selectAll().where('id', '=', id).executeTakeFirst();
  },

  openRequestOf(db: DbExecutor, memberId: string) {
    return db.selectFrom('support_requests').selectAll().where('member_id', '=', memberId).where('status', '=', 'open').executeTakeFirst();
  },

  latestRequestOf(db: DbExecutor, memberId: string) {
    return db.selectFrom('support_requests').selectAll().where('member_id', '=', memberId).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  },

  async setRequestStatus(db: DbExecutor, id: string, status: string, at: string): Promise<void> {
    await db.updateTable('support_requests').set({ status, updated_at: at }).where('id', '=', id).execute();
  },

  /** Offers and proposals whose time has run out become expired; called before any read or decision. */
  async expireOverdue(db: DbExecutor, nowIso: string): Promise<void> {
    await db.updateTable('match_offers').set({ status: 'expired' }).where('status', 'in', ['pending', 'proposed']).where('expires_at', '<=', nowIso).execute();
  },

  /** Open requests with no offer or proposal in flight: the people bulk intake can place. */
  waitingRequests(db: DbExecutor) {
    return db
      .selectFrom('support_requests')
      .selectAll()
      .where('status', '=', 'open')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('match_offers').select('match_offers.id').whereRef('match_offers.request_id', '=', 'support_requests.id').where('match_offers.status', 'in', ['pending', 'proposed']))))
      .orderBy('created_at')
      .execute();
  },

  async insertOffer(db: DbExecutor, row: OfferRow): Promise<void> {
    await db.insertInto('match_offers').values(row).execute();
  },

  findOffer(db: DbExecutor, id: string) {
    return offerWithHandles(db).where('match_offers.id', '=', id).executeTakeFirst();
  },

  offersForRequest(db: DbExecutor, requestId: string) {
    return offerWithHandles(db).where('match_offers.request_id', '=', requestId).orderBy('match_offers.created_at').execute();
  },

  offersForSupporter(db: DbExecutor, supporterId: string, statuses: string[]) {
    return offerWithHandles(db)
      .where('match_offers.supporter_id', '=', supporterId)
      .where('match_offers.status', 'in', statuses)
      .orderBy('match_offers.created_at', 'desc')
      .limit(100)
      .execute();
  },

  /** Moves an offer on only from the state the caller saw, so two racing decisions cannot both win. */
  async transitionOffer(db: DbExecutor, id: string, from: string, to: { status: string; responded_at?: string; expires_at?: string; decline_reason?: string | null }): Promise<boolean> {
    const result = await db.updateTable('match_offers').set(to).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async withdrawPendingOffers(db: DbExecutor, requestId: string): Promise<void> {
    await db.updateTable('match_offers').set({ status: 'withdrawn' }).where('request_id', '=', requestId).where('status', 'in', ['pending', 'proposed']).execute();
  },

  async triedSupporters(db: DbExecutor, requestId: string): Promise<string[]> {
    const rows = await db.selectFrom('match_offers').select('supporter_id').where('request_id', '=', requestId).execute();
    return rows.map((row) => row.supporter_id);
  },

  async insertRelationship(db: DbExecutor, row: RelationshipRow): Promise<void> {
    await db.insertInto('support_relationships').values(row).execute();
  },

  findRelationship(db: DbExecutor, id: string) {
    return relationshipWithHandles(db).where('support_relationships.id', '=', id).executeTakeFirst();
  },

  relationshipsOf(db: DbExecutor, userId: string) {
    return relationshipWithHandles(db)
      .where((eb) => eb.or([eb('support_relationships.member_id', '=', userId), eb('support_relationships.supporter_id', '=', userId)]))
      .orderBy('support_relationships.started_at', 'desc')
      .execute();
  },

  activeRelationshipsOf(db: DbExecutor, userId: string) {
    return db
      .selectFrom('support_relationships')
      .selectAll()
      .where('status', '=', 'active')
      .where((eb) => eb.or([eb('member_id', '=', userId), eb('supporter_id', '=', userId)]))
      .execute();
  },

  async activeSupportersOf(db: DbExecutor, memberId: string): Promise<string[]> {
    const rows = await db.selectFrom('support_relationships').select('supporter_id').where('member_id', '=', memberId).where('status', '=', 'active').execute();
    return rows.map((row) => row.supporter_id);
  },

  async isActivePair(db: DbExecutor, supporterId: string, memberId: string): Promise<boolean> {
    const row = await db.selectFrom('support_relationships').select('id')
      .where('supporter_id', '=', supporterId).where('member_id', '=', memberId).where('status', '=', 'active').executeTakeFirst();
    return row !== undefined;
  },

  async endRelationship(db: DbExecutor, id: string, endedBy: string | null, reason: string | null, at: string): Promise<boolean> {
    const result = await db.updateTable('support_relationships')
      .set({ status: 'ended', ended_at: at, ended_by: endedBy, end_reason: reason })
      .where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async handlesOf(db: DbExecutor, userIds: string[]): Promise<Map<string, string>> {
    const rows = await db.selectFrom('users').select(['id', 'handle']).where('id', 'in', userIds).execute();
    return new Map(rows.map((row) => [row.id, row.handle]));
  },

  async setting(db: DbExecutor, key: string): Promise<string | undefined> {
    return (await db.selectFrom('program_settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  },

  async saveSetting(db: DbExecutor, key: string, value: string, at: string, by: string): Promise<void> {
    await db.insertInto('program_settings').values({ key, value, updated_at: at, updated_by: by })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value, updated_at: at, updated_by: by })).execute();
  },
};
