import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DbExecutor } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/schema.js';
import type { BoundingBox } from '../../platform/geo/distance.js';

/** What a search narrows by, already checked by the contract. */
export interface FinderFilters {
  topic?: string;
  language?: string;
  formats?: string[];
  /** Leaves out online groups (a place search: they have no distance). */
  meetsInPerson?: boolean;
  /** 1 = Monday ... 7 = Sunday. */
  weekdays?: number[];
  /** Minutes after the group's local midnight, inclusive. */
  fromMinute?: number;
  toMinute?: number;
}

/** The few columns needed to measure and order candidates; whole rows are read for one page only. */
export interface FinderCandidate {
  id: string;
  latitude: number;
  longitude: number;
  next_meeting_at: string | null;
}

/** Only the columns a search result may show: no address, no video link, no room. */
const LISTED_COLUMNS = [
  'id', 'name', 'description', 'topics', 'language', 'format', 'place_name', 'time_zone', 'duration_minutes',
  'meeting_weekday', 'meeting_minute', 'next_meeting_at', 'capacity', 'member_count',
] as const;

export type FinderRow = {
  id: string; name: string; description: string; topics: string; language: string; format: string; place_name: string | null;
  time_zone: string; duration_minutes: number; meeting_weekday: number | null; meeting_minute: number | null;
  next_meeting_at: string | null; capacity: number; member_count: number;
};

type GroupsQuery<O> = SelectQueryBuilder<Database, 'groups', O>;

/** Topic keys may hold '_', a LIKE wildcard; it is escaped so 'grief_loss' matches only itself. */
function topicPattern(topic: string): string {
  return `% ${topic.replace(/[\\%_]/g, (c) => `\\${c}`)} %`;
}

/** Public, active groups matching every given filter. */
function listed<O>(query: GroupsQuery<O>, filters: FinderFilters): GroupsQuery<O> {
  let q = query.where('status', '=', 'active').where('listing', '=', 'public');
  if (filters.language) q = q.where('language', '=', filters.language);
  if (filters.formats?.length) q = q.where('format', 'in', filters.formats);
  if (filters.meetsInPerson) q = q.where('format', '<>', 'online');
  if (filters.topic) {
    const pattern = topicPattern(filters.topic);
    q = q.where(sql<boolean>`topics like ${pattern} escape '\\'`);
  }
  if (filters.weekdays?.length) q = q.where('meeting_weekday', 'in', filters.weekdays);
  if (filters.fromMinute !== undefined) q = q.where('meeting_minute', '>=', filters.fromMinute);
  if (filters.toMinute !== undefined) q = q.where('meeting_minute', '<=', filters.toMinute);
  return q;
}

function insideBox(box: BoundingBox) {
  return (eb: ExpressionBuilder<Database, 'groups'>) => {
    const latitude = eb.and([eb('latitude', '>=', box.minLat), eb('latitude', '<=', box.maxLat)]);
    const [first] = box.lonRanges;
    if (box.lonRanges.length === 1 && first![0] <= -180 && first![1] >= 180) return eb.and([latitude, eb('longitude', 'is not', null)]);
    return eb.and([
      latitude,
      eb.or(box.lonRanges.map(([west, east]) => eb.and([eb('longitude', '>=', west), eb('longitude', '<=', east)]))),
    ]);
  };
}

export const finderRepo = {
  /**
   * Listed groups that meet somewhere inside the box (a range on the latitude/longitude index);
   * the caller measures exact distances. Online groups have no coordinates and never match.
   */
  async candidatesWithin(db: DbExecutor, filters: FinderFilters, box: BoundingBox): Promise<FinderCandidate[]> {
    const rows = await listed(db.selectFrom('groups').select(['id', 'latitude', 'longitude', 'next_meeting_at']), filters)
      .where(insideBox(box))
      .execute();
    return rows as FinderCandidate[];
  },

  /**
   * One page of listed groups by soonest next meeting, after the cursor (next_meeting_at, id); groups
   * with no meeting planned follow, by id. Two index-ordered reads instead of one sort of every row.
   */
  async pageByNextMeeting(
    db: DbExecutor, filters: FinderFilters, after: { at: string | null; id: string } | null, take: number,
  ): Promise<FinderRow[]> {
    const rows: FinderRow[] = [];
    if (!after || after.at !== null) {
      let scheduled = listed(db.selectFrom('groups').select(LISTED_COLUMNS), filters).where('next_meeting_at', 'is not', null);
      if (after?.at) {
        const { at, id } = after;
        scheduled = scheduled.where((eb) => eb.or([eb('next_meeting_at', '>', at), eb.and([eb('next_meeting_at', '=', at), eb('id', '>', id)])]));
      }
      rows.push(...await scheduled.orderBy('next_meeting_at').orderBy('id').limit(take).execute());
    }
    if (rows.length < take) {
      let unscheduled = listed(db.selectFrom('groups').select(LISTED_COLUMNS), filters).where('next_meeting_at', 'is', null);
      if (after && after.at === null) unscheduled = unscheduled.where('id', '>', after.id);
      rows.push(...await unscheduled.orderBy('id').limit(take - rows.length).execute());
    }
    return rows;
  },

  async rowsByIds(db: DbExecutor, ids: string[]): Promise<FinderRow[]> {
    if (ids.length === 0) return [];
    return db.selectFrom('groups').select(LISTED_COLUMNS).where('id', 'in', ids).execute();
  },

  /** Which of these groups have someone waiting for a place. */
  async withWaitlist(db: DbExecutor, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.selectFrom('group_memberships').select('group_id').distinct()
      .where('group_id', 'in', ids).where('status', '=', 'waitlisted').execute();
    return new Set(rows.map((row) => row.group_id));
  },
};
