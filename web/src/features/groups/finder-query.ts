import { FINDER_FORMATS, FINDER_SORTS } from '../../../../shared/contracts/groups-finder.js';

export type FinderFormat = (typeof FINDER_FORMATS)[number];
export type FinderSort = (typeof FINDER_SORTS)[number];

/** The finder's filters as the form holds them: text the person typed or chose, '' for "any". */
export interface FinderFilters {
  topic: string;
  language: string;
  formats: FinderFormat[];
  /** Weekdays '1' (Monday) ... '7' (Sunday). */
  days: string[];
  from: string;
  to: string;
  /** A place the person types; never their position. */
  near: string;
  radiusKm: string;
  sort: FinderSort | '';
}

export const EMPTY_FILTERS: FinderFilters = { topic: '', language: '', formats: [], days: [], from: '', to: '', near: '', radiusKm: '', sort: '' };

const isFormat = (value: string): value is FinderFormat => FINDER_FORMATS.some((known) => known === value);
const isSort = (value: string): value is FinderSort => FINDER_SORTS.some((known) => known === value);
const isDay = (value: string) => /^[1-7]$/.test(value);

function list(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((part) => part.trim()).filter(Boolean))];
}

/**
 * The search request for these filters: empty ones left out, several formats or days comma-separated
 * (days in week order), and a radius or "nearest first" only with a place, as the API requires.
 */
export function filtersToQuery(filters: FinderFilters): Record<string, string | undefined> {
  const near = filters.near.trim();
  const formats = FINDER_FORMATS.filter((format) => filters.formats.includes(format));
  const days = [...new Set(filters.days.filter(isDay))].sort();
  const sort = filters.sort === 'distance' && !near ? undefined : filters.sort || undefined;
  const query: Record<string, string | undefined> = {
    topic: filters.topic || undefined,
    language: filters.language || undefined,
    format: formats.length > 0 ? formats.join(',') : undefined,
    day: days.length > 0 ? days.join(',') : undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    near: near || undefined,
    radiusKm: near && filters.radiusKm.trim() ? filters.radiusKm.trim() : undefined,
    sort,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** The filters a finder address holds (`/groups?near=Madrid&format=in_person`), so a search can be shared and returned to. */
export function filtersFromSearch(params: URLSearchParams): FinderFilters {
  const sort = params.get('sort') ?? '';
  return {
    topic: params.get('topic') ?? '',
    language: params.get('language') ?? '',
    formats: list(params.get('format')).filter(isFormat),
    days: list(params.get('day')).filter(isDay),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    near: params.get('near') ?? '',
    radiusKm: params.get('radiusKm') ?? '',
    sort: isSort(sort) ? sort : '',
  };
}

/** The address search part for these filters (the same fields as the request). */
export function filtersToSearch(filters: FinderFilters): URLSearchParams {
  return new URLSearchParams(Object.entries(filtersToQuery(filters)).flatMap(([key, value]) => (value ? [[key, value]] : [])));
}

/** Whether the filters ask anything at all (an empty finder lists the soonest meetings). */
export function hasFilters(filters: FinderFilters): boolean {
  return Object.keys(filtersToQuery(filters)).length > 0;
}
