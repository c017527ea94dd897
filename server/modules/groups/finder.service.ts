import {
  FINDER_RADIUS_DEFAULT_KM, type FinderPlaceDto, type GroupSearchDto, type GroupSearchQuery, minutesOfClockTime,
} from '../../../shared/contracts/groups-finder.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { PlatformContext } from '../../platform/context.js';
import { fieldError, HttpProblem } from '../../platform/errors.js';
import { boundingBox, haversineKm } from '../../platform/geo/distance.js';
import { type Place, resolvePlace } from '../../platform/geo/gazetteer.js';
import { type FinderFilters, finderRepo, type FinderRow } from './finder.repo.js';
import { presentSearchResult } from './finder.presenter.js';

export interface FinderDeps {
  /** The member's own country (ISO alpha-2) from their profile: among places of one name, theirs is preferred. */
  countryOf?: (userId: string) => Promise<string | null>;
}

export interface PlaceSuggestion extends FinderPlaceDto {
  /** Text that finds exactly this place when sent back as `near`. */
  label: string;
}

/** A place the gazetteer does not know: a 400 naming `near`, with close names to choose from. */
export class UnknownPlaceProblem extends HttpProblem {
  constructor(readonly text: string, readonly suggestions: PlaceSuggestion[]) {
    const message = suggestions.length > 0
      ? `We could not find “${text}”. Did you mean ${suggestions.slice(0, 3).map((s) => s.label).join(', ')}?`
      : `We could not find “${text}”. Try a nearby town or city, add its country (“Valencia, ES”), or a US ZIP code.`;
    super(400, 'place_unknown', message, [fieldError('near', 'place_unknown', message)]);
  }
}

const cursorProblem = () => new HttpProblem(400, 'validation_failed', 'Some fields need attention.', [
  fieldError('cursor', 'cursor_invalid', 'This page link no longer fits the search; start again from the first page.'),
]);

type Cursor = { sort: 'distance'; distance: number; id: string } | { sort: 'next'; at: string | null; id: string };

function encodeCursor(cursor: Cursor): string {
  const compact = cursor.sort === 'distance' ? ['d', cursor.distance, cursor.id] : ['n', cursor.at, cursor.id];
  return Buffer.from(JSON.stringify(compact)).toString('base64url');
}

function decodeCursor(text: string, sort: Cursor['sort']): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && typeof value[2] === 'string') {
      const [kind, key, id] = value as [unknown, unknown, string];
      if (sort === 'distance' && kind === 'd' && typeof key === 'number' && Number.isFinite(key)) return { sort, distance: key, id };
      if (sort === 'next' && kind === 'n' && (key === null || typeof key === 'string')) return { sort, at: key, id };
    }
  } catch {
    // Falls through to the problem below.
  }
  throw cursorProblem();
}

function placeDto(place: Place): FinderPlaceDto {
  return { name: place.name, country: place.country, countryName: place.countryName, ...(place.admin ? { admin: place.admin } : {}), kind: place.kind };
}

function labelOf(place: Place): string {
  // The part before a comma is what the gazetteer looks up ("Washington, D.C." -> "Washington").
  const name = place.kind === 'postal_code' ? place.name.split(' ')[0]! : place.name.split(',')[0]!;
  return [name, place.admin, place.country].filter(Boolean).join(', ');
}

/** Orders by soonest next meeting, then groups with none planned, then id: the same order SQL gives. */
function compareNext(a: { at: string | null; id: string }, b: { at: string | null; id: string }): number {
  if (a.at !== b.at) {
    if (a.at === null) return 1;
    if (b.at === null) return -1;
    return a.at < b.at ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function createFinderService(ctx: Pick<PlatformContext, 'db'>, deps: FinderDeps = {}) {
  const { db } = ctx;

  async function resolveNear(actor: Actor, text: string): Promise<Place> {
    const preferCountry = (await deps.countryOf?.(actor.userId)) ?? undefined;
    const resolution = resolvePlace(text, { lang: actor.locale, ...(preferCountry ? { preferCountry } : {}) });
    if (resolution.found) return resolution.found;
    throw new UnknownPlaceProblem(text, resolution.suggestions.map((place) => ({ ...placeDto(place), label: labelOf(place) })));
  }

  async function present(rows: FinderRow[], distances: Map<string, number> | null): Promise<GroupSearchDto['results']> {
    const waiting = await finderRepo.withWaitlist(db, rows.map((row) => row.id));
    return rows.map((row) => presentSearchResult(row, { distanceKm: distances?.get(row.id) ?? null, hasWaitlist: waiting.has(row.id) }));
  }

  return {
    /**
     * Public, active groups by topic, language, format, weekday and start time, optionally within a
     * radius of a place the member typed. The database narrows to a latitude/longitude box on its
     * index; exact great-circle distances are measured here on those candidates only.
     */
    async search(actor: Actor, query: GroupSearchQuery): Promise<GroupSearchDto> {
      const filters: FinderFilters = {
        ...(query.topic ? { topic: query.topic } : {}),
        ...(query.language ? { language: query.language } : {}),
        ...(query.format ? { formats: query.format.filter((format) => !query.near || format !== 'online') } : {}),
        // Groups found by place meet somewhere: online groups have no distance to measure.
        ...(query.near ? { meetsInPerson: true } : {}),
        ...(query.day ? { weekdays: query.day } : {}),
        ...(query.from ? { fromMinute: minutesOfClockTime(query.from) } : {}),
        ...(query.to ? { toMinute: minutesOfClockTime(query.to) } : {}),
      };
      const sort = query.sort ?? (query.near ? 'distance' : 'next');
      const after = query.cursor ? decodeCursor(query.cursor, sort) : null;

      if (!query.near) {
        const next = after?.sort === 'next' ? after : null;
        const rows = await finderRepo.pageByNextMeeting(db, filters, next ? { at: next.at, id: next.id } : null, query.limit + 1);
        const page = rows.slice(0, query.limit);
        const last = page.at(-1);
        return {
          results: await present(page, null),
          nextCursor: rows.length > query.limit && last ? encodeCursor({ sort: 'next', at: last.next_meeting_at, id: last.id }) : null,
          near: null,
        };
      }

      const place = await resolveNear(actor, query.near);
      const radiusKm = query.radiusKm ?? FINDER_RADIUS_DEFAULT_KM;
      const candidates = await finderRepo.candidatesWithin(db, filters, boundingBox(place.latitude, place.longitude, radiusKm));
      const measured: Array<{ id: string; at: string | null; distance: number }> = [];
      for (const candidate of candidates) {
        const distance = haversineKm(place.latitude, place.longitude, candidate.latitude, candidate.longitude);
        if (distance <= radiusKm) measured.push({ id: candidate.id, at: candidate.next_meeting_at, distance });
      }
      if (sort === 'distance') measured.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      else measured.sort(compareNext);
      let start = 0;
      if (after) {
        const isPast = after.sort === 'distance'
          ? (m: { id: string; at: string | null; distance: number }) => m.distance < after.distance || (m.distance === after.distance && m.id <= after.id)
          : (m: { id: string; at: string | null; distance: number }) => compareNext(m, after) <= 0;
        while (start < measured.length && isPast(measured[start]!)) start += 1;
      }
      const page = measured.slice(start, start + query.limit);
      const byId = new Map((await finderRepo.rowsByIds(db, page.map((m) => m.id))).map((row) => [row.id, row]));
      const rows = page.map((m) => byId.get(m.id)).filter((row): row is FinderRow => row !== undefined);
      const last = page.at(-1);
      const more = start + query.limit < measured.length && last;
      return {
        results: await present(rows, new Map(page.map((m) => [m.id, m.distance]))),
        nextCursor: more
          ? encodeCursor(sort === 'distance' ? { sort, distance: last.distance, id: last.id } : { sort, at: last.at, id: last.id })
          : null,
        near: { place: placeDto(place), radiusKm },
      };
    },
  };
}

export type FinderService = ReturnType<typeof createFinderService>;
